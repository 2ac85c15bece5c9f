/**
 * The real app (buildApp) on a fresh SQLite file, with drafts seeded through the use cases so
 * the load measures saving and submitting, not setting up. Prints "READY <port> <seed file>".
 * Usage: tsx bench/servers/app-server.ts <drafts to seed>
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/build-app.js';
import { openAppServices } from '../../src/open-app-services.js';
import { completeAnswers } from '../support/complete-answers.js';

const drafts = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'assoradar-bench-'));
const config = loadConfig({ ...process.env, DATABASE_URL: join(dir, 'bench.sqlite'), LOG_LEVEL: 'warn' });
const services = await openAppServices(config);
const questionnaire = services.useCases.getQuestionnaire({ id: 'asso-numerique' });
const seeded: Array<{ id: string; token: string }> = [];
for (let i = 0; i < drafts; i += 1) {
  const { id, token } = await services.useCases.startResponse({ questionnaireId: questionnaire.id });
  await services.useCases.saveAnswers({ id, token, answers: completeAnswers(questionnaire, i + 1) });
  seeded.push({ id, token });
}
const seedFile = join(dir, 'drafts.json');
writeFileSync(seedFile, JSON.stringify(seeded));
const app = await buildApp({ config, services, logger: false });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`READY ${new URL(address).port} ${seedFile}`);
