/**
 * The real app (buildApp, the built code) on a fresh SQLite file for bench/documents.bench.ts,
 * with a facilitator and a workshop of `participants` submitted responses seeded through the use
 * cases. The document settings come from the environment (DOCUMENT_WORKERS, DOCUMENT_CACHE_MB
 * ...), as for the server. Prints "READY <port> <seed file>"; the seed file holds the
 * facilitator's e-mail and password and the workshop's id.
 * Usage: node dist/bench/servers/documents-server.js <participants>
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/build-app.js';
import { openAppServices } from '../../src/open-app-services.js';
import { completeAnswers } from '../support/complete-answers.js';

const participants = Number(process.argv[2] ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'assoradar-bench-documents-'));
const config = loadConfig({
  ...process.env,
  DATABASE_URL: join(dir, 'bench.sqlite'),
  LOG_LEVEL: 'warn',
  // Every client of the load is 127.0.0.1: the per-address write limit would refuse the
  // clients' own responses. The benchmark measures documents, not the limiter.
  WRITES_PER_MINUTE: '100000000',
  CODE_LOOKUPS_PER_MINUTE: '100000000',
  DOCUMENTS_PER_MINUTE: '100000000',
});
const services = await openAppServices(config);
const { useCases } = services;
const email = 'bench@crib.example';
const password = 'un mot de passe de banc';
const facilitator = await useCases.addFacilitator({ email, password });
const workshop = await useCases.createWorkshop({
  facilitatorId: facilitator.id,
  title: 'Atelier du banc',
  date: '2026-12-03',
  questionnaireId: 'asso-numerique',
});
const questionnaire = useCases.getQuestionnaire({ id: 'asso-numerique' });
for (let n = 1; n <= participants; n += 1) {
  const { id, token } = await useCases.joinWorkshop({
    code: workshop.joinCode,
    associationName: `Association ${n}`,
    shareAnswers: n % 2 === 0,
  });
  await useCases.saveAnswers({ id, token, answers: completeAnswers(questionnaire, n) });
  await useCases.submitResponse({ id, token });
}
const seedFile = join(dir, 'seed.json');
writeFileSync(seedFile, JSON.stringify({ email, password, workshopId: workshop.id }));
const app = await buildApp({ config, services, logger: false });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`READY ${new URL(address).port} ${seedFile}`);
process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await services.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  })();
});
