/**
 * The mixed respondent journey over HTTP, with autocannon, against the real app (the built code,
 * in a process of its own) on SQLite and on PostgreSQL: create a draft, save its answers in three
 * patches, submit, fetch the results page's data (GET /api/responses/:id; the PDF is
 * report.bench.ts's). Six requests a journey, chained on each connection by the id and token of
 * its own create. For each dialect it prints the figures at 1,000 requests per second offered,
 * then searches the highest offered rate that holds: p99 under 50 ms, at least 95 % of the
 * offered rate served, no error and every response 2xx (up 1,000 at a time, then halving the
 * gap it broke in, down to 125 req/s).
 *
 * Run: npm run bench:journey (npm run bench runs it with the others).
 * BENCH_SECONDS (default 10): the load at 1,000 req/s; each step of the search lasts half of it
 * (at least 3 s). BENCH_DIALECTS (default "sqlite,postgres"), BENCH_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/test: a schema of its own, dropped at the end),
 * BENCH_CONNECTIONS (default 20), BENCH_MAX_RATE (default 10000): where the search stops.
 */
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { benchDialects, createBenchDatabase, type BenchDialect } from './support/bench-database.js';
import { startServer, stopServer } from './support/bench-server.js';
import { completeAnswers } from './support/complete-answers.js';
import { respondentJourney, type JourneyLoad } from './support/respondent-journey.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STEP_SECONDS = Math.max(3, Math.round(SECONDS / 2));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const MAX_RATE = Number(process.env.BENCH_MAX_RATE ?? 10_000);
const FIXED_RATE = 1000;
const RATE_STEP = 1000;
const RESOLUTION = 125;
const P99_LIMIT_MS = 50;
const SERVED_FRACTION = 0.95;

const questionnaire = (await loadCatalog(resolve('questionnaires'))).find(
  'asso-numerique',
)!.questionnaire;
const answerSets = Array.from({ length: 200 }, (_, i) => completeAnswers(questionnaire, i + 1));

interface Run {
  rate: number;
  served: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  journey: JourneyLoad;
}

/**
 * `rate` requests a second for `seconds`, from CONNECTIONS connections of one autocannon each,
 * started evenly over the first second. autocannon's offered rate is a quota per connection and
 * second, reset on a timer set when the connection opens: in one autocannon every connection
 * sends its first requests of each second at the same instant, a burst of CONNECTIONS requests
 * that measures the queue it makes rather than the app. Staggered, the requests arrive spread
 * over the second, as from respondents who do not act in step.
 */
async function load(port: string, rate: number, seconds: number): Promise<Run> {
  const journey = respondentJourney(answerSets);
  // Each connection's share of the rate; none is left at 0, which autocannon reads as unlimited.
  const connections = Math.min(CONNECTIONS, rate);
  const results = await Promise.all(
    Array.from({ length: connections }, async (_, i) => {
      await sleep((i * 1000) / connections);
      return autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: 1,
        overallRate: Math.floor(rate / connections) + (i < rate % connections ? 1 : 0),
        duration: seconds,
        requests: journey.requests,
      });
    }),
  );
  const sum = (pick: (result: autocannon.Result) => number) =>
    results.reduce((total, result) => total + pick(result), 0);
  return {
    rate,
    served: sum((result) => result.requests.total / result.duration),
    errors: sum((result) => result.errors),
    timeouts: sum((result) => result.timeouts),
    non2xx: sum((result) => result.non2xx),
    resets: sum((result) => result.resets),
    journey,
  };
}

function holds(run: Run): boolean {
  return (
    run.journey.overall().p99 < P99_LIMIT_MS &&
    run.served >= SERVED_FRACTION * run.rate &&
    run.errors === 0 &&
    run.timeouts === 0 &&
    run.non2xx === 0
  );
}

function print(label: string, run: Run, details: boolean) {
  const { count, p50, p99 } = run.journey.overall();
  console.log(
    `  ${label} ${run.rate} req/s offered: ${Math.round(run.served)} req/s served, ` +
      `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, errors ${run.errors}, ` +
      `timeouts ${run.timeouts}, non-2xx ${run.non2xx}, resets ${run.resets}, requests ${count}, ` +
      `journeys completed ${run.journey.completed()}${holds(run) ? '' : ' (does not hold)'}`,
  );
  if (!details) return;
  for (const step of run.journey.steps()) {
    const failed = Object.entries(step.failures).map(([status, n]) => `${n}x ${status}`);
    console.log(
      `    ${step.step.padEnd(34)} ${String(step.count).padStart(6)} requests, ` +
        `p50 ${step.p50.toFixed(1)} ms, p99 ${step.p99.toFixed(1)} ms` +
        (failed.length > 0 ? `, failed: ${failed.join(', ')}` : ''),
    );
  }
}

/**
 * From the run at 1,000 req/s: up 1,000 at a time while the rate holds, then halving the gap
 * between the highest rate that held (or 0) and the lowest that did not, down to RESOLUTION.
 */
async function highestRateThatHolds(port: string, fixed: Run): Promise<Run | undefined> {
  let best = holds(fixed) ? fixed : undefined;
  let broke = best ? undefined : FIXED_RATE;
  for (let rate = FIXED_RATE + RATE_STEP; broke === undefined && rate <= MAX_RATE;) {
    const run = await load(port, rate, STEP_SECONDS);
    print('step', run, false);
    if (holds(run)) best = run;
    else broke = rate;
    rate += RATE_STEP;
  }
  while (broke !== undefined && broke - (best?.rate ?? 0) > RESOLUTION) {
    const rate = Math.round(((best?.rate ?? 0) + broke) / 2);
    const run = await load(port, rate, STEP_SECONDS);
    print('step', run, false);
    if (holds(run)) best = run;
    else broke = rate;
  }
  return best;
}

async function measure(dialect: BenchDialect) {
  const database = await createBenchDatabase(dialect);
  // Server, load generator (and PostgreSQL) share this machine: a busy machine lowers every figure.
  console.log(
    `journey on ${database.label} (${CONNECTIONS} connections, ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores):`,
  );
  try {
    const server = await startServer('dist/bench/servers/app-server.js', ['0'], {
      BENCH_DATABASE_URL: database.url,
    });
    try {
      const port = server.words[0]!;
      await load(port, FIXED_RATE / 2, 2); // warm-up: JIT, connections, first version record
      const fixed = await load(port, FIXED_RATE, SECONDS);
      print('at', fixed, true);
      const best = await highestRateThatHolds(port, fixed);
      if (best)
        print(`${dialect}: highest rate that holds (p99 < ${P99_LIMIT_MS} ms):`, best, true);
      else console.log(`  ${dialect}: no offered rate down to ${RESOLUTION} req/s holds`);
    } finally {
      await stopServer(server.child);
    }
  } finally {
    await database.remove();
  }
}

const started = Date.now();
for (const dialect of benchDialects()) await measure(dialect);
console.log(`journey bench: ${Math.round((Date.now() - started) / 1000)} s`);
