import { z } from 'zod';
import type { Config } from '../config.js';
import { CentreName } from '../domain/index.js';
import { openAppServices } from '../open-app-services.js';
import type { CommandOutput } from './command-output.js';

const Email = z.email();
const MIN_PASSWORD = 10;

/**
 * `facilitator add <email> [--name ...]`: creates a facilitator account, with the centre's name
 * associations see before sharing with it. The password comes from standard input (typed, or
 * piped), never from the command line, where shell history and process lists would keep it.
 */
export async function facilitatorAddCommand(
  email: string,
  readPassword: () => Promise<string>,
  config: Config,
  out: CommandOutput,
  name?: string,
): Promise<number> {
  if (!Email.safeParse(email.trim()).success) {
    out.error(`"${email}" is not an e-mail address.`);
    return 1;
  }
  const displayName = CentreName.optional().safeParse(name);
  if (!displayName.success) {
    out.error(`--name: ${displayName.error.issues[0]?.message ?? 'not a centre name'}.`);
    return 1;
  }
  const password = (await readPassword()).replace(/\r?\n$/, '');
  if (password.length < MIN_PASSWORD) {
    out.error(`The password must have at least ${MIN_PASSWORD} characters.`);
    return 1;
  }
  const services = await openAppServices(config);
  try {
    const added = await services.useCases.addFacilitator({
      email,
      password,
      displayName: displayName.data,
    });
    out.log(
      added.displayName
        ? `Facilitator ${added.email} (${added.displayName}) created.`
        : `Facilitator ${added.email} created.`,
    );
    return 0;
  } finally {
    await services.close();
  }
}

/** The first line of standard input (prompting when it is a terminal). */
export async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0] ?? '';
}
