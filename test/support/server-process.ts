import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIXTURE_QUESTIONNAIRES } from './test-config.js';
import { freePort } from './free-port.js';

const SERVER = fileURLToPath(new URL('../../src/server.ts', import.meta.url));
const NO_WEB = fileURLToPath(new URL('../fixtures/no-web', import.meta.url));
// Generous: on a busy 2-core runner tsx compiles the whole server before it listens.
const START_TIMEOUT_MS = 60_000;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote on stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process ends. */
  exited: Promise<number | string>;
  /** Sends the signal (SIGTERM unless told) and waits for the end. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * The real server (src/server.ts through tsx) in a process of its own, as an operator starts
 * it, over the fixture questionnaires; resolves once /api/health answers 200.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES,
      WEB_DIR: NO_WEB,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const server: ServerProcess = {
    url,
    child,
    output: () => output,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  let ended = false;
  void exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop('SIGKILL');
  throw new Error(`The server did not start on ${url}:\n${output}`);
}
