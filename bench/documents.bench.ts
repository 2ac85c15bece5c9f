/**
 * Other users while documents render (DESIGN.md, "Targets"): `/api/health` p50 and p99, each
 * probe on a fresh connection, while 8, 32 and 64 clients download PDFs in a loop (the blank
 * questionnaire of asso-numerique 1.1.0, and the report of a response each client created,
 * sending back its ETag every other time). Once with the document cache (the default), once
 * without it (DOCUMENT_CACHE_MB=0: every request renders, the worst case). Then the same probes,
 * and a read of the questionnaire and of a response, while the zip of a workshop's 300
 * participants' reports is built and streamed. Targets: health p99 under 50 ms at 32 clients;
 * every PDF request answered 200, 304 or 503 with Retry-After, none unanswered; other requests'
 * p99 under 50 ms during the zip. Loopback only, bounded in time.
 *
 * Run: npm run bench:documents. BENCH_SECONDS (default 8): each load; BENCH_CLIENTS (default
 * "8,32,64"); BENCH_PARTICIPANTS (default 300). The servers take DOCUMENT_WORKERS,
 * DOCUMENT_QUEUE_SIZE, DOCUMENT_PREPARATIONS ... from the environment, as the app does.
 */
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { startServer, stopServer } from './support/bench-server.js';
import { completeAnswers } from './support/complete-answers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '8,32,64').split(',').map(Number);
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 300);
/** A request not answered within this is counted unanswered (the issue saw none within 20 s). */
const UNANSWERED_MS = 20_000;
const PROBE_PAUSE_MS = 10;
const P99_LIMIT_MS = 50;
const PAPER = '/api/questionnaires/asso-numerique/versions/1.1.0/paper.pdf';

const questionnaire = (await loadCatalog(resolve('questionnaires'))).find(
  'asso-numerique',
)!.questionnaire;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  ms: number;
  /** Milliseconds to the response's headers. */
  firstByteMs: number;
}

/** One request; rejects when it is not answered within UNANSWERED_MS. */
function call(
  port: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; agent?: Agent | false } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: options.agent ?? false,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (incoming) => {
        const firstByteMs = performance.now() - started;
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
            ms: performance.now() - started,
            firstByteMs,
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.setTimeout(UNANSWERED_MS, () => outgoing.destroy(new Error('unanswered')));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function latencies(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** GETs `path` on a fresh connection each time, one after another, until `until`. */
async function probe(port: string, path: string, until: number, headers = {}) {
  const samples: number[] = [];
  let failures = 0;
  while (performance.now() < until) {
    try {
      const answer = await call(port, 'GET', path, { headers });
      samples.push(answer.ms);
      if (answer.status !== 200) failures += 1;
    } catch {
      samples.push(UNANSWERED_MS);
      failures += 1;
    }
    await sleep(PROBE_PAUSE_MS);
  }
  return { ...latencies(samples), failures };
}

interface Tally {
  ok: number;
  notModified: number;
  busyWithRetryAfter: number;
  busyWithoutRetryAfter: number;
  other: number;
  unanswered: number;
  pdfMs: number[];
}

function count(tally: Tally, answer: Answer | undefined) {
  if (!answer) tally.unanswered += 1;
  else if (answer.status === 200) tally.ok += 1;
  else if (answer.status === 304) tally.notModified += 1;
  else if (answer.status === 503 && /^\d+$/.test(String(answer.headers['retry-after'])))
    tally.busyWithRetryAfter += 1;
  else if (answer.status === 503) tally.busyWithoutRetryAfter += 1;
  else tally.other += 1;
  if (answer?.status === 200) tally.pdfMs.push(answer.ms);
}

/** A response of the client's own, submitted; its report is what the client downloads. */
async function ownResponse(port: string, agent: Agent, n: number) {
  const started = await call(port, 'POST', '/api/responses', {
    agent,
    body: { questionnaireId: 'asso-numerique', associationName: `Client ${n}` },
  });
  if (started.status !== 201) throw new Error(`POST /api/responses: ${started.status}`);
  const { id, token } = JSON.parse(started.body.toString()) as { id: string; token: string };
  const authorization = `Bearer ${token}`;
  const saved = await call(port, 'PATCH', `/api/responses/${id}/answers`, {
    agent,
    headers: { authorization },
    body: { answers: completeAnswers(questionnaire, n) },
  });
  if (saved.status !== 200) throw new Error(`PATCH answers: ${saved.status}`);
  const submitted = await call(port, 'POST', `/api/responses/${id}/submit`, {
    agent,
    headers: { authorization },
  });
  if (submitted.status !== 200) throw new Error(`POST submit: ${submitted.status}`);
  return { id, authorization };
}

/**
 * A client that downloads the paper form and its report in a loop, without pause but for the
 * `Retry-After` of a 503, as HTTP asks (one that ignores it is for the rate limits to slow).
 */
async function pdfClient(
  port: string,
  n: number,
  own: { id: string; authorization: string },
  until: number,
  tally: Tally,
  agent: Agent,
) {
  let etag: string | undefined;
  const lang = n % 2 === 0 ? 'fr' : 'en';
  const waitIfBusy = async (answer: Answer | undefined) => {
    count(tally, answer);
    if (answer?.status !== 503) return;
    const seconds = Number(answer.headers['retry-after']);
    await sleep(Math.max(0, Math.min(seconds * 1000, until - performance.now())));
  };
  for (let round = 0; performance.now() < until; round += 1) {
    await waitIfBusy(
      await call(port, 'GET', `${PAPER}?lang=${lang}`, { agent }).catch(() => undefined),
    );
    if (performance.now() >= until) break;
    const revalidate: Record<string, string> =
      round % 2 === 1 && etag ? { 'if-none-match': etag } : {};
    const report = await call(port, 'GET', `/api/responses/${own.id}/report.pdf`, {
      agent,
      headers: { authorization: own.authorization, ...revalidate },
    }).catch(() => undefined);
    if (report?.status === 200) etag = String(report.headers.etag);
    await waitIfBusy(report);
  }
}

async function documentsLoad(port: string, clients: number) {
  const tally: Tally = {
    ok: 0,
    notModified: 0,
    busyWithRetryAfter: 0,
    busyWithoutRetryAfter: 0,
    other: 0,
    unanswered: 0,
    pdfMs: [],
  };
  const agents = Array.from(
    { length: clients },
    () => new Agent({ keepAlive: true, maxSockets: 1 }),
  );
  // The clients' own responses are made before the clock starts.
  const owns = await Promise.all(agents.map((agent, i) => ownResponse(port, agent, i + 1)));
  const until = performance.now() + SECONDS * 1000;
  const [health] = await Promise.all([
    probe(port, '/api/health', until),
    ...owns.map((own, i) => pdfClient(port, i + 1, own, until, tally, agents[i]!)),
  ]);
  agents.forEach((agent) => agent.destroy());
  return { health, tally };
}

function printLoad(clients: number, { health, tally }: Awaited<ReturnType<typeof documentsLoad>>) {
  const pdf = latencies(tally.pdfMs);
  const answered =
    tally.ok + tally.notModified + tally.busyWithRetryAfter + tally.busyWithoutRetryAfter;
  const clean = tally.unanswered === 0 && tally.other === 0 && tally.busyWithoutRetryAfter === 0;
  console.log(
    `  ${String(clients).padStart(2)} clients: health p50 ${health.p50.toFixed(1)} ms, ` +
      `p99 ${health.p99.toFixed(1)} ms (${health.count} probes, ${health.failures} failed); ` +
      `PDF requests ${answered + tally.unanswered + tally.other}: ${tally.ok} x 200, ` +
      `${tally.notModified} x 304, ${tally.busyWithRetryAfter} x 503 with Retry-After, ` +
      `${tally.busyWithoutRetryAfter} x 503 without, ${tally.other} other, ` +
      `${tally.unanswered} unanswered; 200s p50 ${pdf.p50.toFixed(0)} ms, p99 ${pdf.p99.toFixed(0)} ms` +
      (clients === 32
        ? ` [health p99 < ${P99_LIMIT_MS} ms: ${verdict(health.p99 < P99_LIMIT_MS)}; ` +
          `answers: ${verdict(clean)}]`
        : ` [answers: ${verdict(clean)}]`),
  );
}

/** The zip of every participant's report, with probes of health and two reads meanwhile. */
async function zipLoad(
  port: string,
  seed: { email: string; password: string; workshopId: string },
) {
  const session = await call(port, 'POST', '/api/facilitator/session', {
    body: { email: seed.email, password: seed.password },
  });
  if (session.status !== 200) throw new Error(`sign-in: ${session.status}`);
  const cookie = [session.headers['set-cookie']]
    .flat()
    .map((line) => String(line).split(';')[0] ?? '')
    .find((pair) => pair.startsWith('assoradar_session='))!;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const own = await ownResponse(port, agent, 1);
  agent.destroy();

  let done = false;
  const zip = call(port, 'GET', `/api/workshops/${seed.workshopId}/reports.zip`, {
    headers: { cookie },
  }).finally(() => {
    done = true;
  });
  const until = () => (done ? 0 : Infinity);
  const probeWhile = async (path: string, headers = {}) => {
    const samples: number[] = [];
    let failures = 0;
    while (performance.now() < until()) {
      const answer = await call(port, 'GET', path, { headers }).catch(() => undefined);
      samples.push(answer?.ms ?? UNANSWERED_MS);
      if (answer?.status !== 200) failures += 1;
      await sleep(PROBE_PAUSE_MS);
    }
    return { ...latencies(samples), failures, samples };
  };
  const [answer, health, definition, response] = await Promise.all([
    zip,
    probeWhile('/api/health'),
    probeWhile('/api/questionnaires/asso-numerique'),
    probeWhile(`/api/responses/${own.id}`, { authorization: own.authorization }),
  ]);
  const others = latencies([...health.samples, ...definition.samples, ...response.samples]);
  console.log(
    `  zip of ${PARTICIPANTS} participants: ${answer.status}, first byte after ` +
      `${answer.firstByteMs.toFixed(0)} ms, whole zip ${(answer.ms / 1000).toFixed(1)} s ` +
      `(${(answer.ms / PARTICIPANTS).toFixed(0)} ms a report), ${(answer.body.byteLength / 1024 / 1024).toFixed(1)} MB, ` +
      `transfer-encoding ${answer.headers['transfer-encoding'] ?? 'none'}`,
  );
  for (const [label, figures] of [
    ['health', health],
    ['GET questionnaire', definition],
    ['GET response', response],
  ] as const) {
    console.log(
      `    ${label.padEnd(18)} p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms ` +
        `(${figures.count} requests, ${figures.failures} failed)`,
    );
  }
  console.log(
    `    all other requests p99 ${others.p99.toFixed(1)} ms ` +
      `[< ${P99_LIMIT_MS} ms: ${verdict(others.p99 < P99_LIMIT_MS)}]`,
  );
}

const verdict = (holds: boolean) => (holds ? 'holds' : 'DOES NOT HOLD');

console.log(
  `documents benchmark: ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}, ${SECONDS} s a load, DOCUMENT_WORKERS=${process.env.DOCUMENT_WORKERS ?? 'default'}, ` +
    `DOCUMENT_PREPARATIONS=${process.env.DOCUMENT_PREPARATIONS ?? 'default'}`,
);

for (const [label, env, participants] of [
  ['with the document cache (default)', {}, PARTICIPANTS],
  ['without the cache (DOCUMENT_CACHE_MB=0: every request renders)', { DOCUMENT_CACHE_MB: '0' }, 0],
] as const) {
  const server = await startServer(
    'dist/bench/servers/documents-server.js',
    [String(participants)],
    env,
  );
  const [port, seedFile] = server.words as [string, string];
  try {
    const idle = await probe(port, '/api/health', performance.now() + 2000);
    console.log(`${label}:`);
    console.log(
      `  idle: health p50 ${idle.p50.toFixed(1)} ms, p99 ${idle.p99.toFixed(1)} ms (${idle.count} probes)`,
    );
    for (const clients of CLIENTS) printLoad(clients, await documentsLoad(port, clients));
    if (participants > 0) {
      await zipLoad(port, JSON.parse(readFileSync(seedFile, 'utf8')) as never);
    }
  } finally {
    await stopServer(server.child);
  }
}
