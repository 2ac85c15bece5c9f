import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { freePort } from '../support/free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PASSWORD = 'un mot de passe assez long';

/** The shell lines of the first ```sh block under a README heading, comments left out. */
function commandsUnder(heading: string): string[] {
  const section = README.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error(`README.md has no sh block under "## ${heading}"`);
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Runs a README line through the shell, in the project folder, as a newcomer types it. */
function shell(command: string, env: Record<string, string>): ChildProcess {
  return spawn('sh', ['-c', command], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // A group of its own: stopping it stops npm and the server under the shell too.
    detached: true,
  });
}

function output(child: ChildProcess): () => string {
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

async function healthy(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return true;
    } catch {
      // Not listening yet (or still building).
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve(); // The group had already gone.
    }
  });
}

/**
 * The README's quick start, run as written: `npm start`, then the first facilitator's command,
 * then signing in with that account. `npm install` itself is what the test run was installed
 * with (CI's `npm ci`): it is checked to be the line's first half, not run again.
 */
describe("the README's quick start", { timeout: 180_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'assoradar-quick-start-'));
  const started: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(started.map(stop));
    rmSync(folder, { recursive: true, force: true });
  });

  test('when a newcomer runs its commands, then the server starts (without building again the second time), the first facilitator is created, and they can sign in', async () => {
    const [install, testCommand] = commandsUnder('Quick start');
    expect(install).toBe('npm install && npm start');
    expect(testCommand).toBe('npm test');
    const [addFacilitator] = commandsUnder('The first facilitator');
    const account = /^npx assoradar facilitator add (\S+) --name "([^"]+)"$/.exec(addFacilitator!);
    expect(account, addFacilitator).not.toBeNull();
    const [, email, centreName] = account!;
    const start = install!.split(' && ')[1]!;

    const env = { DATABASE_URL: join(folder, 'assoradar.sqlite'), LOG_LEVEL: 'warn' };
    const url = async () => {
      const port = await freePort();
      return { port, url: `http://127.0.0.1:${port}` };
    };
    // The first start builds whatever is older than its sources (here, on a clean clone, the
    // server: the e2e setup built the front end); the second serves the build as it is.
    for (const round of ['first', 'second']) {
      const { port, url: address } = await url();
      const server = shell(start, { ...env, PORT: String(port) });
      started.push(server);
      const said = output(server);
      expect(await healthy(address, server, 120_000), `${round} start:\n${said()}`).toBe(true);
      if (round === 'second') expect(said()).not.toMatch(/building/i);
      if (round === 'first') {
        const add = shell(addFacilitator!, env);
        const added = output(add);
        add.stdin!.end(`${PASSWORD}\n`);
        const code = await new Promise<number | null>((resolve) => add.once('exit', resolve));
        expect(code, added()).toBe(0);
        expect(added()).toContain('created');
      }
      const signIn = await fetch(`${address}/api/facilitator/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      expect(signIn.status).toBe(200);
      expect(await signIn.json()).toMatchObject({ email, centreName });
      await stop(server);
    }
  });
});
