import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { CommandOutput } from '../../src/cli/command-output.js';
import { passwordProblem, readNewPassword } from '../../src/cli/new-password.js';
import { runCli as runCliInProcess } from '../../src/cli/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process, as `assoradar <args>` would in its own (src/cli.ts calls the
 * same runCli), with the given variables on top of this process's environment, and answers what
 * it wrote, a line each as the terminal would show it. `stdin`: what a pipe would give
 * `facilitator add` as its password. Costs milliseconds where a `tsx` process costs a second.
 */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const output: CommandOutput = {
    log: (line) => (stdout += `${line}\n`),
    error: (line) => (stderr += `${line}\n`),
  };
  const code = await runCliInProcess(args, {
    output,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    // A pipe is not a terminal: readNewPassword takes its first line, as from a real pipe.
    readPassword: () =>
      readNewPassword({
        input: Readable.from([stdin ?? '']),
        output: process.stderr,
        problemOf: passwordProblem,
      }),
  });
  return { code, stdout, stderr };
}

/**
 * Runs `tsx src/cli.ts <args>` from the project root in a process of its own, as `npm run
 * validate` does (node with the tsx loader: one process instead of npx's three). About a second
 * a run: kept for the few tests of the real entry (exit code, output streams).
 */
export async function runCliProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
