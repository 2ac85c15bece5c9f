/**
 * Time and size of the PDF report of the default questionnaire (targets: under 60 ms median,
 * under 120 KB), beside a bare pdfkit reference measured in the same run: six A4 pages of text
 * in one embedded, subset TrueType font (DESIGN.md puts it at about 40 ms on the reference
 * machine).
 * Run: npm run bench, or after `npx tsc -p tsconfig.bench.json`: node dist/bench/report.bench.js
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { parseQuestionnaire, scoreResponse, type Questionnaire } from '../src/domain/index.js';
import { renderResponseReport } from '../src/report/render-response-report.js';
import { buildResponseReport } from '../src/usecases/build-response-report.js';
import { completeAnswers } from './support/complete-answers.js';

const ROUNDS = 25;

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(ROUNDS / 2)]!;
}

const pageCount = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;

function barePdfkit(): Promise<Uint8Array> {
  const font = readFileSync(
    join(
      dirname(createRequire(import.meta.url).resolve('source-sans/package.json')),
      'TTF',
      'SourceSans3-Regular.ttf',
    ),
  );
  const paragraph =
    'Les associations s’appuient sur le numérique pour communiquer, collecter des dons et ' +
    'accueillir leurs bénévoles : un site à jour, des adhésions en ligne à 10 €, des outils ' +
    'partagés et des données protégées font gagner du temps à toute l’équipe. ';
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.registerFont('body', font).font('body').fontSize(10.5);
    for (let page = 0; page < 6; page += 1) {
      if (page > 0) doc.addPage();
      doc.text(paragraph.repeat(18), { width: 480 });
    }
    doc.end();
  });
}

const parsed = parseQuestionnaire(
  JSON.parse(readFileSync('questionnaires/asso-numerique/1.0.0.json', 'utf8')),
);
if (!parsed.ok) throw new Error('asso-numerique 1.0.0 does not parse');
const questionnaire: Questionnaire = parsed.questionnaire;

const reference = await barePdfkit();
const referenceMs = await medianMs(barePdfkit);
console.log(
  `bare pdfkit, ${pageCount(reference)} pages of text, one subset font: median ${referenceMs.toFixed(1)} ms, ${(reference.byteLength / 1024).toFixed(0)} KB`,
);

const medians: number[] = [];
for (const seed of [1, 2, 3, 4, 5]) {
  const answers = completeAnswers(questionnaire, seed);
  const report = buildResponseReport({
    questionnaire,
    answers,
    profile: scoreResponse(questionnaire, answers),
    associationName: 'Les Amis du Vélo d’Été',
    date: '2026-11-26T10:00:00.000Z',
    locale: 'fr',
  });
  const pdf = await renderResponseReport(report);
  const ms = await medianMs(() => renderResponseReport(report));
  medians.push(ms);
  console.log(
    `asso-numerique report, answers #${seed} (overall ${report.overall.score ?? '-'}, ${report.plan.length} recommendations): median ${ms.toFixed(1)} ms, ${(pdf.byteLength / 1024).toFixed(0)} KB, ${pageCount(pdf)} pages`,
  );
}
medians.sort((a, b) => a - b);
console.log(
  `report median over the five: ${medians[2]!.toFixed(1)} ms (${(medians[2]! / referenceMs).toFixed(2)}x the bare reference; target 60 ms, 1.5x the reference's 40 ms)`,
);
