/**
 * Time to score one 60-question response (target: under 10 microseconds), and what else a GET
 * of a submitted response computes on the event loop: its action plan and its guidance (first
 * actions, per-area texts, next-level steps), on the shipped questionnaire.
 * Run: npm run bench, or after `npx tsc -p tsconfig.bench.json`: node dist/bench/score-response.bench.js
 */
import {
  parseQuestionnaire,
  scoreResponse,
  buildActionPlan,
  resultsGuidance,
  type Questionnaire,
} from '../src/domain/index.js';
import { readFileSync } from 'node:fs';
import { completeAnswers } from './support/complete-answers.js';
import { syntheticQuestionnaire } from './support/synthetic-questionnaire.js';

function measure(label: string, run: () => unknown, iterations = 200_000) {
  for (let i = 0; i < iterations / 10; i += 1) run();
  const samples: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i += 1) run();
    samples.push(Number(process.hrtime.bigint() - start) / iterations / 1000);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label}: median ${samples[2]!.toFixed(2)} µs per call (best ${samples[0]!.toFixed(2)} µs, ${iterations} calls x 5 rounds)`,
  );
}

const synthetic = syntheticQuestionnaire(10, 6);
const answers = completeAnswers(synthetic);
console.log(
  `synthetic questionnaire: ${synthetic.questions.length} questions, ${synthetic.areas.length} areas`,
);
measure('scoreResponse, 60 questions', () => scoreResponse(synthetic, answers));

const parsed = parseQuestionnaire(
  JSON.parse(readFileSync('questionnaires/asso-numerique/1.1.0.json', 'utf8')),
);
if (parsed.ok) {
  const q: Questionnaire = parsed.questionnaire;
  const a = completeAnswers(q);
  console.log(`asso-numerique 1.1.0: ${q.questions.length} questions, ${q.areas.length} areas`);
  measure('scoreResponse, asso-numerique', () => scoreResponse(q, a));
  const profile = scoreResponse(q, a);
  measure('buildActionPlan, asso-numerique', () => buildActionPlan(q, a, profile, 'fr'), 50_000);
}

// The guidance, on the latest shipped version (it carries the per-area level texts), for an
// association with a mixed profile (answers picked at random, seeded), many findings to word.
const latest = parseQuestionnaire(
  JSON.parse(readFileSync('questionnaires/asso-numerique/1.2.0.json', 'utf8')),
);
if (latest.ok) {
  const q = latest.questionnaire;
  const a = completeAnswers(q, 7);
  const profile = scoreResponse(q, a);
  const plan = buildActionPlan(q, a, profile, 'fr');
  console.log(`asso-numerique 1.2.0: ${plan.items.length} proposals in the plan`);
  measure(
    'resultsGuidance, asso-numerique 1.2.0',
    () => resultsGuidance(q, a, profile, plan, 'fr'),
    2_000,
  );
}
