/**
 * Save-answers and submit over HTTP against a running server, beside a bare Fastify JSON route
 * measured in the same run. Targets (DESIGN.md): save-answers at least half the bare route's
 * requests per second; submit p99 under 10 ms at 5,000 requests per second, no error.
 * Run: npm run bench (compiles to dist/ first: the servers run the built code, as in production).
 * BENCH_SECONDS sets the length of each load (default 10).
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startServer, stopServer } from './support/bench-server.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SUBMIT_RATE = 5000;

function report(label: string, result: autocannon.Result) {
  const { requests, latency, errors, timeouts, non2xx } = result;
  console.log(
    `${label}: ${Math.round(requests.average)} req/s, latency p50 ${latency.p50} ms, p99 ${latency.p99} ms, ` +
      `errors ${errors}, timeouts ${timeouts}, non-2xx ${non2xx}, requests ${result.requests.total}`,
  );
  return requests.average;
}

const bare = await startServer('dist/bench/servers/bare-server.js');
const bareRps = report(
  'bare Fastify JSON route',
  await autocannon({
    url: `http://127.0.0.1:${bare.words[0]}/bare`,
    connections: 10,
    duration: DURATION,
  }),
);
await stopServer(bare.child);

const SUBMIT_RATES = [SUBMIT_RATE, 2000, 1000, 500];
const SUBMIT_SECONDS = Math.max(2, Math.round(DURATION / 2));
const saveDrafts = 1000;
const submitDrafts = SUBMIT_RATES.reduce((sum, rate) => sum + rate * SUBMIT_SECONDS, 0);
console.log(`seeding ${saveDrafts + submitDrafts} drafts...`);
const app = await startServer('dist/bench/servers/app-server.js', [
  String(saveDrafts + submitDrafts),
]);
const [port, seedFile] = app.words as [string, string];
const drafts = JSON.parse(readFileSync(seedFile, 'utf8')) as Array<{
  id: string;
  token: string;
}>;
const forSave = drafts.slice(0, saveDrafts);
const forSubmit = drafts.slice(saveDrafts);

let saveIndex = 0;
const patchBodies = ['1-5', 'none', '6-plus'].map((employees) =>
  JSON.stringify({ answers: { employees } }),
);
const saveRps = report(
  'save answers (PATCH /api/responses/:id/answers)',
  await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration: DURATION,
    requests: [
      {
        method: 'PATCH',
        setupRequest: (request) => {
          const draft = forSave[saveIndex % forSave.length]!;
          const body = patchBodies[saveIndex % patchBodies.length]!;
          saveIndex += 1;
          return {
            ...request,
            path: `/api/responses/${draft.id}/answers`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${draft.token}` },
            body,
          };
        },
      },
    ],
  }),
);
console.log(`save answers / bare route: ${(saveRps / bareRps).toFixed(2)} (target: at least 0.50)`);

// Each draft is submitted once; from the target rate down, until p99 holds under 10 ms.
let submitIndex = 0;
for (const rate of SUBMIT_RATES) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    overallRate: rate,
    amount: rate * SUBMIT_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const draft = forSubmit[submitIndex]!;
          submitIndex += 1;
          return {
            ...request,
            path: `/api/responses/${draft.id}/submit`,
            headers: { authorization: `Bearer ${draft.token}` },
          };
        },
      },
    ],
  });
  report(`submit at ${rate} req/s offered (POST /api/responses/:id/submit)`, result);
  const held = result.latency.p99 < 10 && result.errors === 0 && result.non2xx === 0;
  if (held) {
    console.log(`submit holds p99 under 10 ms with no error at ${rate} req/s offered`);
    break;
  }
}
console.log(`target: p99 under 10 ms at ${SUBMIT_RATE} req/s, no error, every request 2xx`);
await stopServer(app.child);
