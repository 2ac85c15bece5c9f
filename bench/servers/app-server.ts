/**
 * The real app (buildApp) on a fresh SQLite file, or on the database of BENCH_DATABASE_URL (a
 * PostgreSQL schema the benchmark made), with drafts seeded through the use cases so the load
 * measures saving and submitting, not setting up. Prints "READY <port> <seed file>".
 * Usage: node dist/bench/servers/app-server.js <drafts to seed>
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/build-app.js';
import { openAppServices } from '../../src/open-app-services.js';
import { completeAnswers } from '../support/complete-answers.js';

const drafts = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'assoradar-bench-'));
const config = loadConfig({
  ...process.env,
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? join(dir, 'bench.sqlite'),
  LOG_LEVEL: 'warn',
  // Every request of a load comes from 127.0.0.1: the per-address write limit would answer 429
  // to nearly all of them. The benchmarks measure the app's work, not the limiter's refusals.
  WRITES_PER_MINUTE: '100000000',
  CODE_LOOKUPS_PER_MINUTE: '100000000',
  DOCUMENTS_PER_MINUTE: '100000000',
});
const services = await openAppServices(config);
const questionnaire = services.useCases.getQuestionnaire({ id: 'asso-numerique' });
const seeded: Array<{ id: string; token: string }> = [];
for (let i = 0; i < drafts; i += 1) {
  const { id, token } = await services.useCases.startResponse({
    questionnaireId: questionnaire.id,
  });
  await services.useCases.saveAnswers({
    id,
    token,
    answers: completeAnswers(questionnaire, i + 1),
  });
  seeded.push({ id, token });
}
const seedFile = join(dir, 'drafts.json');
writeFileSync(seedFile, JSON.stringify(seeded));
const app = await buildApp({ config, services, logger: false });
// BENCH_PROFILE=<file>: a CPU profile of the load alone, written on SIGTERM.
const profiler = process.env.BENCH_PROFILE
  ? await startProfiler(process.env.BENCH_PROFILE)
  : undefined;
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`READY ${new URL(address).port} ${seedFile}`);
process.once('SIGTERM', () => {
  void (async () => {
    await profiler?.();
    await app.close();
    await services.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  })();
});

async function startProfiler(file: string) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
  };
}
