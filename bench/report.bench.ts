/**
 * Time and size of the PDF report of the default questionnaire for a few answer sets (targets:
 * under 60 ms median, under 120 KB), beside a bare pdfkit reference measured in the same run: six A4 pages of text
 * in one embedded, subset TrueType font (DESIGN.md puts it at about 40 ms on the reference
 * machine).
 * Run: npm run bench, or after `npx tsc -p tsconfig.bench.json`: node dist/bench/report.bench.js
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PDFDocument from 'pdfkit';
import {
  parseQuestionnaire,
  scoreResponse,
  type Answers,
  type Questionnaire,
} from '../src/domain/index.js';
import { renderResponseReport } from '../src/report/render-response-report.js';
import { buildResponseReport } from '../src/usecases/responses/build-response-report.js';
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

/** Pages as a reader counts them (the report's page objects sit in compressed object streams). */
async function pageCount(pdf: Uint8Array): Promise<number> {
  const document = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise;
  const count = document.numPages;
  await document.destroy();
  return count;
}

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
  JSON.parse(readFileSync('questionnaires/asso-numerique/1.1.0.json', 'utf8')),
);
if (!parsed.ok) throw new Error('asso-numerique 1.1.0 does not parse');
const questionnaire: Questionnaire = parsed.questionnaire;

const reference = await barePdfkit();
const referenceMs = await medianMs(barePdfkit);
console.log(
  `bare pdfkit, ${await pageCount(reference)} pages of text, one subset font: median ${referenceMs.toFixed(1)} ms, ${(reference.byteLength / 1024).toFixed(0)} KB`,
);

/** Every question answered with its lowest, a middling, or its best scoring option. */
function answersAt(level: 'lowest' | 'mixed' | 'best'): Answers {
  const answers: Answers = {};
  for (const question of questionnaire.contextQuestions)
    answers[question.id] = question.options[0]!.id;
  for (const [i, question] of questionnaire.questions.entries()) {
    if (question.type === 'scale') {
      const span = question.max - question.min;
      const share = level === 'lowest' ? 0 : level === 'best' ? 1 : (i % 3) / 2;
      answers[question.id] =
        question.min + Math.round((span * share) / question.step) * question.step;
      continue;
    }
    const scored = question.options
      .filter((o) => 'points' in o && !('exclusive' in o && o.exclusive))
      .sort((a, b) => ('points' in a ? a.points : 0) - ('points' in b ? b.points : 0));
    const pick = level === 'lowest' ? 0 : level === 'best' ? scored.length - 1 : i % scored.length;
    if (question.type === 'single') answers[question.id] = scored[pick]!.id;
    else
      answers[question.id] =
        level === 'lowest' ? [scored[0]!.id] : scored.slice(pick).map((o) => o.id);
  }
  return answers;
}

const sets: Array<[string, Answers]> = [
  ['every answer the lowest', answersAt('lowest')],
  ['mixed answers', answersAt('mixed')],
  ['every answer the best', answersAt('best')],
  ['random answers (seed 1)', completeAnswers(questionnaire, 1)],
];
for (const [label, answers] of sets) {
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
  console.log(
    `asso-numerique report, ${label} (overall ${report.overall.score ?? '-'}, ${report.plan.length} recommendations): median ${ms.toFixed(1)} ms (${(ms / referenceMs).toFixed(2)}x the reference), ${(pdf.byteLength / 1024).toFixed(0)} KB, ${await pageCount(pdf)} pages`,
  );
}
