import { existsSync } from 'node:fs';
import { Agent, request, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, test, type TestContext } from 'vitest';
import type { Answers } from '../../../src/domain/index.js';
import { startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../support/test-database.js';

/** Every required question of the mini fixture answered (see submit-response.test.ts). */
const COMPLETE: Answers = {
  employees: 'some',
  site: 'no',
  channels: ['none'],
  gdpr: 0,
  payroll: 'yes',
};
const REPORTS_IN_FLIGHT = 24;
/** src/server.ts gives up on a close that takes longer than SHUTDOWN_TIMEOUT_SECONDS, 10 s unless told. */
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;
/** The shutdown timeout of the test that waits it out: short, so that the suite does not wait. */
const SHORT_SHUTDOWN_TIMEOUT_MS = 2_000;

async function json(
  base: string,
  method: string,
  path: string,
  options: { body?: object; token?: string } = {},
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function startedResponse(base: string) {
  const started = await json(base, 'POST', '/api/responses', { body: { questionnaireId: 'mini' } });
  if (started.status !== 201) throw new Error(`Start answered ${started.status}`);
  return started.body as { id: string; token: string };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lines the server logged since `from` (an offset in its output) with every given text. */
function loggedSince(server: ServerProcess, from: number, ...texts: string[]): string[] {
  return server
    .output()
    .slice(from)
    .split('\n')
    .filter((line) => texts.every((text) => line.includes(text)));
}

/**
 * A save whose headers are sent and whose body is held back until `finish()`: the server has
 * begun the request (routed, logged) and waits for the rest, so it is in flight for as long as
 * the test likes. `response` also reports whether the server closed the connection afterwards.
 */
function heldSave(base: string, id: string, token: string, answers: Answers) {
  const body = JSON.stringify({ answers });
  const cut = Math.floor(body.length / 2);
  const save: ClientRequest = request(`${base}/api/responses/${id}/answers`, {
    method: 'PATCH',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: `Bearer ${token}`,
    },
    // A connection of its own, kept alive as a browser's or a proxy's would be.
    agent: new Agent({ keepAlive: true, maxSockets: 1 }),
  });
  save.write(body.slice(0, cut));
  const response = new Promise<{ status: number; body: string; socketClosed: Promise<void> }>(
    (resolve, reject) => {
      save.on('error', reject);
      save.on('response', (answer: IncomingMessage) => {
        const socketClosed = new Promise<void>((closed) => answer.socket.once('close', closed));
        let text = '';
        answer.on('data', (chunk: Buffer) => (text += chunk.toString()));
        answer.on('end', () => resolve({ status: answer.statusCode!, body: text, socketClosed }));
      });
    },
  );
  return { finish: () => save.end(body.slice(cut)), response };
}

/** 'refused' when nothing listens on the server's port any more, 'accepted' otherwise. */
function tryConnect(base: string): Promise<'refused' | 'accepted'> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve('accepted');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve('refused');
      else reject(error);
    });
  });
}

async function report(base: string, id: string, token: string) {
  const response = await fetch(`${base}/api/responses/${id}/report.pdf`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, length: response.headers.get('content-length'), bytes };
}

interface StoredResponse {
  id: string;
  status: string;
  answers: string;
}

/** pg reads `application_name` from the URL and PostgreSQL shows it in pg_stat_activity. */
function withApplicationName(url: string, applicationName: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', applicationName);
  return parsed.toString();
}

/** The app's connections to PostgreSQL, recognised by the application_name in its URL. */
async function appConnections(database: TestDatabase, applicationName: string): Promise<number> {
  const [row] = await database.rows(
    sql<{ count: number | string }>`select count(*) as count from pg_stat_activity
      where application_name = ${applicationName}`,
  );
  return Number(row!.count);
}

/** The real server on a database of its own, both gone when the test ends. */
async function serve(
  onTestFinished: TestContext['onTestFinished'],
  env: Record<string, string> = {},
): Promise<{
  server: ServerProcess;
  database: TestDatabase;
  applicationName: string;
}> {
  const database = await createTestDatabase();
  onTestFinished(() => database.remove());
  const applicationName = `assoradar-shutdown-${randomBytes(4).toString('hex')}`;
  const server = await startServerProcess({
    DATABASE_URL: onPostgres ? withApplicationName(database.url, applicationName) : database.url,
    // Every request logged: the test waits for the server to have begun them.
    LOG_LEVEL: 'info',
    WRITES_PER_MINUTE: '1000000',
    ...env,
  });
  // Registered last, run first: the process is gone before its database is removed.
  onTestFinished(async () => void (await server.stop('SIGKILL')));
  return { server, database, applicationName };
}

/** The real server with a save in flight that never finishes (the test ends its process). */
async function serveWithSaveHeld(
  onTestFinished: TestContext['onTestFinished'],
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const { server } = await serve(onTestFinished, env);
  const draft = await startedResponse(server.url);
  const mark = server.output().length;
  const save = heldSave(server.url, draft.id, draft.token, COMPLETE);
  save.response.catch(() => undefined);
  await until(
    () => loggedSince(server, mark, 'incoming request', '/answers').length === 1,
    'the save to reach the server',
  );
  return server;
}

// The real server in a process of its own, stopped as systemd or a container runtime stops it.
// On SQLite the three run at once (the last one waits for the whole shutdown timeout). On
// PostgreSQL one at a time: three servers and a database server at once overload a 2-core
// runner, and the timings these tests assert on stop being the server's own.
const together = onPostgres ? describe.sequential : describe.concurrent;

together('graceful shutdown on SIGTERM', () => {
  test('when SIGTERM comes with requests in flight, then they all finish, new connections are refused, the database is closed and the process exits 0', async ({
    expect,
    onTestFinished,
  }) => {
    // Long enough for 24 reports while other test files load the cores too: the close ends
    // with the last response, so a longer timeout costs nothing when it does.
    const { server, database, applicationName } = await serve(onTestFinished, {
      SHUTDOWN_TIMEOUT_SECONDS: '60',
    });
    const submitted = await startedResponse(server.url);
    const completed = await json(server.url, 'PATCH', `/api/responses/${submitted.id}/answers`, {
      token: submitted.token,
      body: { answers: COMPLETE },
    });
    expect(completed.status).toBe(200);
    const submit = `/api/responses/${submitted.id}/submit`;
    expect((await json(server.url, 'POST', submit, { token: submitted.token })).status).toBe(200);
    const draft = await startedResponse(server.url);
    if (onPostgres) expect(await appConnections(database, applicationName)).toBeGreaterThan(0);

    // A save the server has begun (it waits for the end of the body) ...
    let mark = server.output().length;
    const save = heldSave(server.url, draft.id, draft.token, COMPLETE);
    await until(
      () =>
        loggedSince(server, mark, 'incoming request', `/api/responses/${draft.id}/answers`)
          .length === 1,
      'the save to reach the server',
    );
    // ... and a burst of PDF reports (tens of milliseconds of work each), all received.
    mark = server.output().length;
    const reports = Array.from({ length: REPORTS_IN_FLIGHT }, () =>
      report(server.url, submitted.id, submitted.token),
    );
    await until(
      () =>
        loggedSince(server, mark, 'incoming request', 'report.pdf').length === REPORTS_IN_FLIGHT,
      'the reports to reach the server',
    );

    server.child.kill('SIGTERM');

    // The port closes at once, while the save is still held open: nothing new comes in.
    await until(async () => (await tryConnect(server.url)) === 'refused', 'the port to close');
    expect(server.child.exitCode).toBeNull();

    save.finish();
    const saved = await save.response;
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ id: draft.id, status: 'draft' });
    // The server does not keep the finished request's connection alive: close would wait on it.
    await saved.socketClosed;

    for (const answer of await Promise.all(reports)) {
      expect(answer.status).toBe(200);
      expect(Number(answer.length)).toBe(answer.bytes.byteLength);
      expect(answer.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(answer.bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    }

    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('shut down: requests finished, database closed');

    if (onPostgres) {
      // No connection of the app is left (exit code 0 above: the pool was ended, not dropped).
      await until(
        async () => (await appConnections(database, applicationName)) === 0,
        'no connection',
        5_000,
      );
    } else {
      // better-sqlite3's close checkpointed the WAL into the file and removed it: a process
      // that died without closing would have left it.
      expect(existsSync(`${database.url}-wal`)).toBe(false);
    }
    const rows = await database.rows(
      sql<StoredResponse>`select id, status, answers from responses`,
    );
    expect(rows.map((row) => [row.id, row.status])).toEqual(
      expect.arrayContaining([
        [submitted.id, 'submitted'],
        [draft.id, 'draft'],
      ]),
    );
    expect(JSON.parse(rows.find((row) => row.id === draft.id)!.answers)).toEqual(COMPLETE);
  }, 90_000);

  test('when a second signal comes while requests are in flight, then the process exits 1 at once', async ({
    expect,
    onTestFinished,
  }) => {
    const server = await serveWithSaveHeld(onTestFinished);

    server.child.kill('SIGTERM');
    await until(() => server.output().includes('shutting down'), 'the first signal to be handled');
    const second = Date.now();
    server.child.kill('SIGINT');

    expect(await server.exited).toBe(1);
    expect(Date.now() - second).toBeLessThan(DEFAULT_SHUTDOWN_TIMEOUT_MS / 2);
    expect(server.output()).toContain('second signal while shutting down: exiting now');
  }, 30_000);

  test('when a request never ends, then the shutdown gives up after its timeout and exits 1', async ({
    expect,
    onTestFinished,
  }) => {
    const server = await serveWithSaveHeld(onTestFinished, {
      SHUTDOWN_TIMEOUT_SECONDS: String(SHORT_SHUTDOWN_TIMEOUT_MS / 1000),
    });

    const signalled = Date.now();
    server.child.kill('SIGTERM');

    expect(await server.exited).toBe(1);
    const waited = Date.now() - signalled;
    expect(waited).toBeGreaterThanOrEqual(SHORT_SHUTDOWN_TIMEOUT_MS - 500);
    // Its own timeout, not the default one.
    expect(waited).toBeLessThan(DEFAULT_SHUTDOWN_TIMEOUT_MS - 500);
    expect(server.output()).toContain('shutdown timed out');
  }, 30_000);
});
