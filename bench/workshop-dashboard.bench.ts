/**
 * The workshop dashboard over many submitted responses in one workshop (targets: under 20 ms over
 * 10,000, under 200 ms over 100,000), and the size and time of the workshop's CSV export, on
 * SQLite and on PostgreSQL. Responses are written through the real store, in transactions of
 * many, on a temporary SQLite file or a fresh PostgreSQL schema, each with its own answers,
 * profile and plan, as submissions leave them; one workshop grows to each size in turn. On
 * PostgreSQL the dashboard is timed right after the load, then after VACUUM ANALYZE (what
 * autovacuum does in time; the server here may have it off): it plans on statistics and reads
 * running totals that every submission rewrites.
 * Run: npm run bench, or after `npx tsc -p tsconfig.bench.json`: node dist/bench/workshop-dashboard.bench.js
 * BENCH_DASHBOARD_SIZES (default "10000,100000") sets the workshop sizes; BENCH_DIALECTS
 * (default "sqlite,postgres") and BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test)
 * the databases.
 */
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { loadConfig } from '../src/config.js';
import {
  buildActionPlan,
  scoreResponse,
  summarizeProfile,
  type Questionnaire,
  type QuestionnaireResponse,
} from '../src/domain/index.js';
import { openAppServices } from '../src/open-app-services.js';
import { createStore } from '../src/store/create-store.js';
import type { UseCases } from '../src/usecases/create-use-cases.js';
import type { Repositories, Store } from '../src/usecases/ports.js';
import {
  benchDialects,
  createBenchDatabase,
  vacuumAnalyze,
  type BenchDatabase,
  type BenchDialect,
} from './support/bench-database.js';
import { completeAnswers } from './support/complete-answers.js';

const SIZES = (process.env.BENCH_DASHBOARD_SIZES ?? '10000,100000')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
/**
 * Responses written a transaction. Smaller on PostgreSQL: each submission adds to the same
 * running totals (workshop-stats.ts, peer-group-stats.ts), and PostgreSQL keeps every version of
 * a row updated within one transaction until it ends, so each update walks a longer chain:
 * 2,000 a transaction cost four times as much a row as 250 here.
 */
const BATCH: Record<BenchDialect, number> = { sqlite: 2000, postgres: 250 };

async function measure(dialect: BenchDialect): Promise<void> {
  const database = await createBenchDatabase(dialect);
  console.log(`dashboard on ${database.label}:`);
  try {
    await measureOn(database, BATCH[dialect]);
  } finally {
    await database.remove();
  }
}

/** One workshop grown to each size in turn, the figures measured at each. */
async function measureOn(database: BenchDatabase, batch: number): Promise<void> {
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
  const services = await openAppServices(config);
  try {
    const { useCases } = services;
    const facilitator = await useCases.addFacilitator({
      email: 'bench@crib.fr',
      password: 'bench password',
    });
    const workshop = await useCases.createWorkshop({
      facilitatorId: facilitator.id,
      title: 'Baromètre',
      date: '2026-11-26',
      questionnaireId: 'asso-numerique',
    });
    const questionnaire = (await loadCatalog(config.questionnairesDir)).find(
      'asso-numerique',
    )!.questionnaire;
    const store = createStore(services.db, config.database.dialect);
    let written = 0;
    for (const size of SIZES) {
      const started = Date.now();
      for (let first = written; first < size; first += batch) {
        await store.transaction(async (repositories) => {
          for (let i = first; i < Math.min(size, first + batch); i++) {
            await writeSubmitted(repositories, questionnaire, workshop, i);
          }
        });
      }
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `${size} submitted responses: ${size - written} written in ${seconds.toFixed(1)} s ` +
          `through the store (${Math.round((size - written) / seconds)} a second, ${batch} a transaction)`,
      );
      written = size;
      const dashboard = () => dashboardTimes(services.useCases, facilitator.id, workshop.id, size);
      if (database.dialect === 'postgres') {
        console.log(`dashboard over ${size}, right after the load: ${await dashboard()}`);
        const started = Date.now();
        const autovacuum = await vacuumAnalyze(database.url);
        console.log(
          `VACUUM ANALYZE in ${((Date.now() - started) / 1000).toFixed(1)} s (autovacuum ${autovacuum} on this server)`,
        );
      }
      console.log(
        `dashboard over ${size}: ${await dashboard()}; target ${size > 10_000 ? 200 : 20} ms`,
      );
      await measureFigures(services.useCases, store, facilitator.id, workshop.id, size);
    }
  } finally {
    await services.close();
  }
}

/** Response number `i`, with its own answers, profile and plan, as a submission leaves it. */
async function writeSubmitted(
  repositories: Repositories,
  questionnaire: Questionnaire,
  workshop: { id: string; version: string },
  i: number,
): Promise<void> {
  const answers = completeAnswers(questionnaire, i + 1);
  const profile = scoreResponse(questionnaire, answers);
  const plan = buildActionPlan(questionnaire, answers, profile, 'fr');
  const at = new Date(Date.UTC(2026, 10, 26, 9, 0, i % 3600)).toISOString();
  const response: QuestionnaireResponse = {
    id: `r${i}`,
    questionnaireId: 'asso-numerique',
    version: workshop.version,
    locale: 'fr',
    status: 'draft',
    tokenHash: `h${i}`,
    associationName: `Association ${i}`,
    chainId: `r${i}`,
    previousResponseId: null,
    workshopId: workshop.id,
    shareAnswers: i % 2 === 0,
    answers,
    profile: null,
    createdAt: at,
    updatedAt: at,
    submittedAt: null,
  };
  await repositories.responses.insert(response);
  await repositories.responses.markSubmitted(response.id, summarizeProfile(profile), at, {
    recommendationIds: plan.items.map((item) => item.id),
    peerGroup: typeof answers.budget === 'string' ? answers.budget : null,
    workshopId: workshop.id,
  });
}

/** The median and best of 11 dashboards, as printed. */
async function dashboardTimes(
  useCases: UseCases,
  facilitatorId: string,
  workshopId: string,
  size: number,
): Promise<string> {
  const times: number[] = [];
  for (let round = 0; round < 11; round++) {
    const start = process.hrtime.bigint();
    const dashboard = await useCases.getWorkshopDashboard({ facilitatorId, workshopId });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (round === 0 && dashboard.counts.submitted !== size)
      throw new Error('not every response counted');
  }
  times.sort((a, b) => a - b);
  return `median ${times[5]!.toFixed(1)} ms (best ${times[0]!.toFixed(1)} ms, 11 runs)`;
}

/** The peer comparison and the CSV export over the workshop. */
async function measureFigures(
  useCases: UseCases,
  store: Store,
  facilitatorId: string,
  workshopId: string,
  size: number,
): Promise<void> {
  // The peer comparison every submitted response's page and PDF read: the largest budget group.
  const peers: number[] = [];
  for (let round = 0; round < 11; round++) {
    const start = process.hrtime.bigint();
    const averages = await store.statistics.peerAverages('asso-numerique', 'under-10k');
    peers.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (round === 0) console.log(`peer group "under-10k": ${averages.groupSize} responses`);
  }
  peers.sort((a, b) => a - b);
  console.log(`peer averages over that group: median ${peers[5]!.toFixed(1)} ms`);
  const start = process.hrtime.bigint();
  const { csv } = await useCases.exportWorkshopCsv({ facilitatorId, workshopId });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `CSV export of ${size}: ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB in ${ms.toFixed(0)} ms`,
  );
}

for (const dialect of benchDialects()) await measure(dialect);
