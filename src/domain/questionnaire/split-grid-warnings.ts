import { shortValue, type DocumentIssue } from './document-issue.js';
import { isSpecialOption } from './is-special-option.js';
import type { ScoredQuestion } from './question-schema.js';
import { wellFormed, type QuestionnaireParts, type QuestionPart } from './questionnaire-parts.js';

/** Fewer rows than this are as likely two related questions as a grid. */
const MIN_ROWS = 3;
/** A shared opening of fewer words ("Avez-vous un ...") is how many questions start anyway. */
const MIN_STEM_WORDS = 3;
/** Rows that together weigh less than this many of the area's questions were weighed on purpose. */
const MIN_QUESTIONS_WEIGHED = 2;
/** The text before a dash or a colon is a stem from this many words. */
const MIN_HEAD_WORDS = 2;
/** "Stem - row", "Stem – row", "Stem — row", "Stem: row", "Stem : row". */
const SEPARATOR = /\s+[-–—]\s+|\s*:\s+/;

interface Row {
  question: ScoredQuestion;
  index: number;
  title: string;
}

/**
 * Consecutive questions of one area with the same options (or the same scale) and titles that
 * share a stem ("Outils utilisés : courriel", "Outils utilisés : agenda" ...) look like one grid
 * of the instrument, encoded a row a question. Weighted each as a whole question, the grid then
 * counts as many questions as it has rows, which an instrument rarely means. Warned only with at
 * least three such rows weighing together at least twice one of the area's other questions (their
 * median weight), so that an author who shared the grid's weight among its rows hears nothing.
 *
 * @example splitGridWarnings(partsOf(q)) // [{ pointer: '/questions/3', message: 'questions "tools-email" to ... look like the rows of one grid ...' }]
 */
export function splitGridWarnings(q: QuestionnaireParts): DocumentIssue[] {
  const locale = q.defaultLocale ?? q.locales?.[0];
  if (!q.questions || locale === undefined) return [];
  return gridRuns(q.questions, locale).flatMap((run) => warningFor(q, run));
}

function gridRuns(questions: ReadonlyArray<QuestionPart>, locale: string): Row[][] {
  const runs: Row[][] = [];
  let run: Row[] = [];
  const close = () => {
    if (run.length >= MIN_ROWS) runs.push(run);
    run = [];
  };
  questions.forEach((part, index) => {
    const title = part.value?.title[locale];
    const row =
      part.value && title !== undefined ? { question: part.value, index, title } : undefined;
    const first = run[0];
    const fits =
      row !== undefined &&
      first !== undefined &&
      row.question.area === first.question.area &&
      optionsOf(row.question) === optionsOf(first.question) &&
      gridStem([...run, row].map((r) => r.title)) !== undefined;
    if (fits) {
      run.push(row);
      return;
    }
    close();
    if (row) run = [row];
  });
  close();
  return runs;
}

/** What an answer can be: the same for every row of a grid. */
function optionsOf(question: ScoredQuestion): string {
  const options = question.options
    .map((o) => {
      if (isSpecialOption(o)) return `${o.id}=${o.kind}`;
      return `${o.id}=${o.points}${'exclusive' in o && o.exclusive ? '!' : ''}`;
    })
    .join(' ');
  if (question.type !== 'scale') return `${question.type} ${options}`;
  return `scale ${question.min}..${question.max}/${question.step} ${options}`;
}

/**
 * The stem the titles share, as the author would read it; undefined when they share none: the
 * same text before a dash or a colon, or the same first words (at least three, and at least half
 * of each title), each title keeping words of its own.
 */
function gridStem(titles: string[]): string | undefined {
  const heads = titles.map((title) => {
    const match = SEPARATOR.exec(title);
    if (!match || match.index === 0) return undefined;
    const rest = title.slice(match.index + match[0].length).trim();
    return rest === '' ? undefined : title.slice(0, match.index).trim();
  });
  const [head] = heads;
  // One word before a colon ("Note:", "Q1:") is too little to tell a grid by.
  const long = head !== undefined && head.split(/\s+/).length >= MIN_HEAD_WORDS;
  if (long && heads.every((h) => h !== undefined && same(h, head))) return head;

  const words = titles.map((title) => title.trim().split(/\s+/));
  const [firstWords] = words;
  if (!firstWords) return undefined;
  let shared = 0;
  while (words.every((w) => shared < w.length - 1 && same(w[shared]!, firstWords[shared]!))) {
    shared += 1;
  }
  if (shared < MIN_STEM_WORDS || words.some((w) => shared * 2 < w.length)) return undefined;
  return `${firstWords.slice(0, shared).join(' ')} …`;
}

function same(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function warningFor(q: QuestionnaireParts, run: Row[]): DocumentIssue[] {
  const { area } = run[0]!.question;
  const rows = new Set(run.map((row) => row.index));
  const others = wellFormed(q.questions)
    .filter(([question, i]) => question.area === area && !rows.has(i))
    .map(([question]) => question.weight);
  // Alone in its area, a grid's rows share the area between them whatever their weights.
  if (others.length === 0) return [];
  const one = median(others);
  const total = run.reduce((sum, row) => sum + row.question.weight, 0);
  if (total < MIN_QUESTIONS_WEIGHED * one) return [];
  const first = run[0]!;
  const last = run.at(-1)!;
  const stem = gridStem(run.map((row) => row.title))!;
  const each = others.every((weight) => weight === one)
    ? `each other question of area "${area}" weighs ${round(one)}`
    : `the other questions of area "${area}" weigh ${round(one)} (median)`;
  const share = Math.max(0.01, Math.round((one / run.length) * 100) / 100);
  return [
    {
      pointer: `/questions/${first.index}`,
      message:
        `questions "${first.question.id}" to "${last.question.id}" (/questions/${first.index} to /questions/${last.index}) look like the ${run.length} rows of one grid, ${shortValue(stem)}: same options, titles starting the same. ` +
        `Together they weigh ${round(total)}, where ${each}: the grid counts as ${round(total / one)} questions. ` +
        `If the instrument asks it as one question, give each row the weight ${share}, so that together they count as one (or, once the format has grid questions, make it one)`,
    },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
