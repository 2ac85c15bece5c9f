import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SERVER = fileURLToPath(new URL('../../src/server.ts', import.meta.url));
const QUESTIONNAIRES = fileURLToPath(new URL('../../questionnaires', import.meta.url));
const START_TIMEOUT_MS = 30_000;

export interface DurabilityDatabase {
  dialect: 'sqlite' | 'postgres';
  /** What DATABASE_URL says to reach it. */
  url: string;
  /** SQLite only: the write-ahead log beside the file. */
  walFile?: string;
  /** A folder for the server's other paths (no front end is built there). */
  scratchDir: string;
  remove(): Promise<void>;
}

/** A fresh SQLite file in a temporary folder. */
export function freshSqliteDatabase(): DurabilityDatabase {
  const scratchDir = mkdtempSync(join(tmpdir(), 'assoradar-durability-'));
  const file = join(scratchDir, 'durability.sqlite');
  return {
    dialect: 'sqlite',
    url: file,
    walFile: `${file}-wal`,
    scratchDir,
    remove: async () => rmSync(scratchDir, { recursive: true, force: true }),
  };
}

/**
 * A fresh schema on the PostgreSQL of `baseUrl`, reached through `options=-c search_path=...`
 * in the URL (pg sends it at connection start-up); dropped with everything in it by remove().
 */
export async function freshPostgresSchema(baseUrl: string): Promise<DurabilityDatabase> {
  const schema = `durability_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(baseUrl, (client) => client.query(`create schema ${schema}`));
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const scratchDir = mkdtempSync(join(tmpdir(), 'assoradar-durability-'));
  return {
    dialect: 'postgres',
    url: url.toString(),
    scratchDir,
    remove: async () => {
      await withClient(baseUrl, (client) => client.query(`drop schema ${schema} cascade`));
      rmSync(scratchDir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code, or the signal's name, once the process ends. */
  exited: Promise<number | string>;
  output(): string;
}

/** A port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server (src/server.ts through tsx), as an operator starts it, on the default
 * questionnaire; resolves once GET /api/health answers 200. The write rate limit is lifted:
 * the load comes from one address.
 */
export async function startAppProcess(database: DurabilityDatabase, port: number) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      QUESTIONNAIRES_DIR: QUESTIONNAIRES,
      WEB_DIR: join(database.scratchDir, 'no-web'),
      LOG_LEVEL: 'warn',
      WRITES_PER_MINUTE: '1000000',
      CODE_LOOKUPS_PER_MINUTE: '1000000',
      DOCUMENTS_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const app: AppProcess = { url, child, exited, output: () => output };
  let ended = false;
  void exited.then(() => (ended = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && !ended) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return app;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not start on ${url}:\n${output}`);
}
