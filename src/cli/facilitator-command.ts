import { z } from 'zod';
import type { Config } from '../config.js';
import { CentreName } from '../domain/index.js';
import { openAppServices } from '../open-app-services.js';
import type { CommandOutput } from './command-output.js';
import { PasswordEntryError, passwordProblem, readNewPassword } from './new-password.js';

const Email = z.email();

/**
 * `facilitator add <email> [--name ...]`: creates a facilitator account, with the centre's name
 * associations see before sharing with it. The password comes from standard input (typed twice
 * without echo at a terminal, or the first line of a pipe), never from the command line, where
 * shell history and process lists would keep it.
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
  let password: string;
  try {
    password = (await readPassword()).replace(/\r?\n$/, '');
  } catch (error) {
    if (!(error instanceof PasswordEntryError)) throw error;
    out.error(error.message);
    return 1;
  }
  const problem = passwordProblem(password);
  if (problem) {
    out.error(problem);
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

/**
 * The password from standard input: asked twice without echo at a terminal (a first entry
 * already refused is not asked again), the first line otherwise.
 */
export function passwordFromStdin(): Promise<string> {
  return readNewPassword({
    input: process.stdin,
    output: process.stderr,
    problemOf: passwordProblem,
  });
}
