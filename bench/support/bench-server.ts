import { spawn, type ChildProcess } from 'node:child_process';

export interface BenchServer {
  child: ChildProcess;
  /** The words the server printed after "READY" (its port first). */
  words: string[];
}

/**
 * Runs a built server script in a process of its own (the load generator keeps this one) and
 * waits for its "READY ..." line. `env` is added to this process's environment.
 */
export function startServer(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('READY '));
      if (line) resolve({ child, words: line.trim().split(' ').slice(1) });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** SIGTERM, then waits for the process to end (the app closes its database first). */
export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
