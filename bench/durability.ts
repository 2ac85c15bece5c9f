/**
 * Durability under a crash: for SQLite (a temporary file) and PostgreSQL (a fresh schema on
 * DURABILITY_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), starts the real
 * server, runs complete respondent journeys (start, save the answers in three steps, submit)
 * from several clients at once, kills the server with SIGKILL in the middle of the load,
 * restarts it on the same database and reads every journey back through the API with its
 * token. Every start answered 201, every save and every submit answered 200 must be there and
 * intact: status, answers exactly as sent, and for a submission the profile and action plan
 * the submit returned. Exits 1 if any acknowledged write is lost.
 * Run: npm run bench:durability (or npx tsx bench/durability.ts). DURABILITY_SECONDS sets how
 * long the load runs before the kill (default 3).
 *
 * Why it holds:
 * - The app settles a request only after its transaction has committed: group commit
 *   (src/store/group-commit.ts) answers the requests of a batch once COMMIT has returned, never
 *   before, and a failed batch answers none of them with success.
 * - SQLite runs in WAL mode with synchronous=NORMAL (src/store/open-database.ts): COMMIT returns
 *   once the transaction is written to the -wal file, in the operating system's cache. A killed
 *   process loses nothing the kernel holds; the next open replays the WAL. The last commits can
 *   be lost to a power cut or a kernel crash, which this does not simulate (synchronous=FULL
 *   would fsync each commit: the price of surviving those too).
 * - PostgreSQL keeps its defaults, fsync=on and synchronous_commit=on: COMMIT returns once the
 *   WAL record is flushed to disk. That survives a crash of the app, and of the database server.
 *   The script prints both settings as the server reports them.
 */
import { statSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import type { Answers } from '../src/domain/index.js';
import { completeAnswers } from './support/complete-answers.js';
import {
  freePort,
  freshPostgresSchema,
  freshSqliteDatabase,
  startAppProcess,
  type AppProcess,
  type DurabilityDatabase,
} from './support/durability-setup.js';

const LOAD_MS = Number(process.env.DURABILITY_SECONDS ?? 3) * 1000;
const CLIENTS = 24;
const READ_BACK_CONCURRENCY = 16;
const POSTGRES_URL =
  process.env.DURABILITY_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const QUESTIONNAIRE_ID = 'asso-numerique';
const ANSWER_SETS = 50;

type Step = 'start' | 'save' | 'submit';

const METHOD: Record<Step, string> = { start: 'POST', save: 'PATCH', submit: 'POST' };
const SUCCESS: Record<Step, number> = { start: 201, save: 200, submit: 200 };

/** One respondent's journey as the client saw it: what the server acknowledged, and what not. */
interface Journey {
  patches: Answers[];
  id?: string;
  token?: string;
  /** Saves answered 200, in order. */
  savesAcknowledged: number;
  /** What the submit answered 200 with. */
  submitted?: { profile: unknown; actionPlan: unknown; submittedAt: unknown };
  /** The request sent and not (fully) answered when the server died. */
  unanswered?: Step;
}

interface LoadOutcome {
  journeys: Journey[];
  inFlightAtKill: number;
  /** Answers other than the expected 201/200 before the kill: none is expected. */
  unexpected: Map<string, number>;
}

/** The three saves of a journey: the answers cut in thirds, in the questionnaire's order. */
function inThirds(answers: Answers): Answers[] {
  const entries = Object.entries(answers);
  const size = Math.ceil(entries.length / 3);
  return [0, 1, 2].map((part) => Object.fromEntries(entries.slice(part * size, (part + 1) * size)));
}

/** The answers once the first `count` patches are saved. */
function merged(patches: Answers[], count: number): Answers {
  return Object.assign({}, ...patches.slice(0, count)) as Answers;
}

/**
 * CLIENTS clients, each running journeys one after another until `stopping` is set; each has
 * one request in flight at a time. A request that fails for want of a server ends its client.
 */
function runLoad(app: AppProcess, answerSets: Answers[]) {
  const journeys: Journey[] = [];
  const unexpected = new Map<string, number>();
  let inFlight = 0;
  let stopping = false;

  async function call(journey: Journey, step: Step, path: string, body?: object) {
    journey.unanswered = step;
    inFlight += 1;
    try {
      const response = await fetch(`${app.url}${path}`, {
        method: METHOD[step],
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(journey.token ? { authorization: `Bearer ${journey.token}` } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      // The whole answer is in: acknowledged if its status says so.
      journey.unanswered = undefined;
      if (response.status !== SUCCESS[step]) {
        const key = `${step} ${response.status}`;
        unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
        return undefined;
      }
      return JSON.parse(text) as Record<string, unknown>;
    } finally {
      inFlight -= 1;
    }
  }

  async function client() {
    while (!stopping) {
      const journey: Journey = {
        patches: inThirds(answerSets[journeys.length % answerSets.length]!),
        savesAcknowledged: 0,
      };
      journeys.push(journey);
      try {
        const body = { questionnaireId: QUESTIONNAIRE_ID };
        const started = await call(journey, 'start', '/api/responses', body);
        if (!started) continue;
        journey.id = started.id as string;
        journey.token = started.token as string;
        const path = `/api/responses/${journey.id}`;
        for (const answers of journey.patches) {
          if (stopping) return;
          if (!(await call(journey, 'save', `${path}/answers`, { answers }))) break;
          journey.savesAcknowledged += 1;
        }
        if (stopping || journey.savesAcknowledged < 3) continue;
        const submitted = await call(journey, 'submit', `${path}/submit`);
        if (submitted) {
          const { profile, actionPlan, submittedAt } = submitted;
          journey.submitted = { profile, actionPlan, submittedAt };
        }
      } catch {
        // The server is gone: this client's request stays unanswered.
        return;
      }
    }
  }

  const clients = Promise.all(Array.from({ length: CLIENTS }, () => client()));
  return {
    /** Stops the clients, counts the requests in flight, and kills the server. */
    async killNow(): Promise<LoadOutcome> {
      stopping = true;
      const inFlightAtKill = inFlight;
      app.child.kill('SIGKILL');
      await clients;
      return { journeys, inFlightAtKill, unexpected };
    },
  };
}

interface Verdict {
  lostStarts: number;
  lostSaves: number;
  lostSubmissions: number;
  /** Writes in flight at the kill that were found committed anyway (never acknowledged). */
  committedUnanswered: number;
}

/** Reads every acknowledged journey back through the restarted server's API. */
async function verify(app: AppProcess, journeys: Journey[]): Promise<Verdict> {
  const verdict: Verdict = {
    lostStarts: 0,
    lostSaves: 0,
    lostSubmissions: 0,
    committedUnanswered: 0,
  };
  const acknowledged = journeys.filter((journey) => journey.id !== undefined);
  let next = 0;
  async function reader() {
    while (next < acknowledged.length) {
      const journey = acknowledged[next++]!;
      const response = await fetch(`${app.url}/api/responses/${journey.id}`, {
        headers: { authorization: `Bearer ${journey.token}` },
      });
      const stored =
        response.status === 200 ? ((await response.json()) as Record<string, unknown>) : undefined;
      judge(journey, stored, verdict);
    }
  }
  await Promise.all(Array.from({ length: READ_BACK_CONCURRENCY }, () => reader()));
  return verdict;
}

function judge(journey: Journey, stored: Record<string, unknown> | undefined, verdict: Verdict) {
  if (!stored) {
    verdict.lostStarts += 1;
    console.error(`  LOST: response ${journey.id} (start answered 201) is not there`);
    return;
  }
  const acked = journey.savesAcknowledged;
  if (journey.submitted) {
    const intact =
      stored.status === 'submitted' &&
      isDeepStrictEqual(stored.answers, merged(journey.patches, 3)) &&
      isDeepStrictEqual(stored.profile, journey.submitted.profile) &&
      isDeepStrictEqual(stored.actionPlan, journey.submitted.actionPlan) &&
      stored.submittedAt === journey.submitted.submittedAt;
    if (!intact) {
      verdict.lostSubmissions += 1;
      console.error(`  LOST: submission ${journey.id} (answered 200) is not there as returned`);
    }
    return;
  }
  // Not acknowledged as submitted: the acknowledged saves are there; a save or a submit in
  // flight at the kill may have committed or not, but nothing else.
  const possible = [merged(journey.patches, acked)];
  if (journey.unanswered === 'save') possible.push(merged(journey.patches, acked + 1));
  const statusOk =
    stored.status === 'draft' || (journey.unanswered === 'submit' && stored.status === 'submitted');
  if (!statusOk || !possible.some((answers) => isDeepStrictEqual(stored.answers, answers))) {
    verdict.lostSaves += 1;
    console.error(
      `  LOST: response ${journey.id} is not as its ${acked} saves answered 200 left it`,
    );
    return;
  }
  if (journey.unanswered === 'save' || journey.unanswered === 'submit') {
    const landed =
      journey.unanswered === 'submit'
        ? stored.status === 'submitted'
        : isDeepStrictEqual(stored.answers, possible[1]);
    if (landed) verdict.committedUnanswered += 1;
  }
}

async function postgresSettings(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      `select name, setting from pg_settings where name in ('fsync', 'synchronous_commit')`,
    );
    return rows.map((row) => `${row.name}=${row.setting}`).join(', ');
  } finally {
    await client.end();
  }
}

/** One dialect's run; true when no acknowledged write was lost. */
async function run(database: DurabilityDatabase, answerSets: Answers[]): Promise<boolean> {
  const settings =
    database.dialect === 'sqlite'
      ? 'journal_mode=WAL, synchronous=NORMAL'
      : await postgresSettings(POSTGRES_URL);
  console.log(`${database.dialect} (${settings})`);
  const port = await freePort();
  const first = await startAppProcess(database, port);
  const load = runLoad(first, answerSets);
  await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
  const outcome = await load.killNow();
  const killedWith = await first.exited;
  const walBytes =
    database.walFile && existsSync(database.walFile) ? statSync(database.walFile).size : 0;

  const restartedAt = Date.now();
  const second = await startAppProcess(database, port);
  const restartMs = Date.now() - restartedAt;
  let verdict: Verdict;
  try {
    verdict = await verify(second, outcome.journeys);
  } catch (error) {
    second.child.kill('SIGKILL');
    throw error;
  }
  second.child.kill('SIGTERM');
  const stoppedWith = await second.exited;

  const { journeys } = outcome;
  const starts = journeys.filter((journey) => journey.id !== undefined).length;
  const saves = journeys.reduce((sum, journey) => sum + journey.savesAcknowledged, 0);
  const submissions = journeys.filter((journey) => journey.submitted).length;
  const unanswered = journeys.filter((journey) => journey.unanswered);
  const byStep = (step: Step) => unanswered.filter((journey) => journey.unanswered === step).length;
  const lost = verdict.lostStarts + verdict.lostSaves + verdict.lostSubmissions;
  const seconds = (LOAD_MS / 1000).toFixed(1);
  console.log(`  load: ${CLIENTS} clients for ${seconds} s, then SIGKILL (exit: ${killedWith})`);
  console.log(
    `  acknowledged: ${submissions} journeys submitted (200); ${starts} starts (201), ${saves} saves (200)`,
  );
  console.log(
    `  in flight at the kill: ${outcome.inFlightAtKill} requests awaiting their answer; ` +
      `${outcome.inFlightAtKill - unanswered.length} got it all the same (written before the kill), ` +
      `${unanswered.length} never (start ${byStep('start')}, save ${byStep('save')}, ` +
      `submit ${byStep('submit')}); of those saves and submits, ${verdict.committedUnanswered} ` +
      `had committed`,
  );
  if (database.walFile) console.log(`  WAL left by the kill: ${(walBytes / 1024).toFixed(0)} KB`);
  console.log(
    `  restart: healthy after ${restartMs} ms; stopped by SIGTERM with exit ${stoppedWith}`,
  );
  for (const [answer, count] of outcome.unexpected) {
    console.log(`  unexpected answers before the kill: ${answer} x${count}`);
  }
  console.log(
    `  lost acknowledged writes: ${lost} (starts ${verdict.lostStarts}, saves ${verdict.lostSaves}, ` +
      `submissions ${verdict.lostSubmissions})`,
  );
  return lost === 0 && outcome.unexpected.size === 0 && submissions > 0 && stoppedWith === 0;
}

const catalog = await loadCatalog(fileURLToPath(new URL('../questionnaires', import.meta.url)));
const questionnaire = catalog.find(QUESTIONNAIRE_ID)!.questionnaire;
const answerSets = Array.from({ length: ANSWER_SETS }, (_, seed) =>
  completeAnswers(questionnaire, seed + 1),
);

let allKept = true;
for (const open of [() => freshSqliteDatabase(), () => freshPostgresSchema(POSTGRES_URL)]) {
  const database = await open();
  try {
    allKept = (await run(database, answerSets)) && allKept;
  } finally {
    await database.remove();
  }
}
console.log(allKept ? 'every acknowledged write survived' : 'FAILED: see above');
process.exitCode = allKept ? 0 : 1;
