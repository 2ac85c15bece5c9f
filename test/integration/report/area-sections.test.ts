import { beforeAll, describe, expect, test } from 'vitest';
import {
  nextLevelSteps,
  scoreResponse,
  validateAnswers,
  type Answers,
  type Questionnaire,
} from '../../../src/domain/index.js';
import { renderResponseReport } from '../../../src/report/render-response-report.js';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import { buildResponseReport } from '../../../src/usecases/responses/build-response-report.js';
import {
  area,
  buildQuestionnaire,
  notApplicable,
  option,
  singleQuestion,
  text,
} from '../../support/build-questionnaire.js';
import { clubOnLatest } from '../../support/club-on-latest.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { REPORT_DATE, renderReport } from '../../support/render-report.js';

/**
 * Each area's own section, as a reader searches it: from its heading (with what it covers) to
 * the next area's, the last one up to the plan. Keyed by area id.
 */
async function areaSections(
  report: ResponseReport,
  bytes: Uint8Array,
  planHeading: string,
): Promise<Map<string, string>> {
  const body = searchable((await readPdf(bytes)).body);
  const starts = report.areas.map((a) => {
    const at = body.indexOf(searchable(`${a.title} ${a.description}`));
    if (at < 0) throw new Error(`no section for ${a.id}`);
    return at;
  });
  const end = body.indexOf(planHeading, starts.at(-1));
  return new Map(report.areas.map((a, i) => [a.id, body.slice(starts[i], starts[i + 1] ?? end)]));
}

/** Thirteen questions of one point each in "tools": each best answer adds 100 / 13 = 7.7. */
const TOOLS = Array.from({ length: 13 }, (_, i) => `t${i + 1}`);

/**
 * comms has its own text for each level; data and tools have none. The answers, by hand:
 * - comms: site yes 2/2, news partly 1/2 -> 75, expert, the top level: nothing to reach.
 * - data: gdpr no 0, backup partly 1/2, register yes 1 -> 50, advanced. Expert needs 75, 25
 *   points more: gdpr "yes" gives (1 + 1/2 + 1) / 3 = 83.3, +33.3, more than backup's +16.7, and
 *   reaches it alone.
 * - tools: every question "no" -> 0, beginner. Developing needs 25: three answers of 7.7 points
 *   each (t1, t2, t3 on ties) make 23.1, not enough.
 * - pay: "not applicable" -> no score, nothing to reach.
 */
function fixture(): { questionnaire: Questionnaire; answers: Answers } {
  const questionnaire = buildQuestionnaire({
    areas: [
      {
        ...area('comms'),
        levelTexts: {
          beginner: text('Comms are just starting'),
          developing: text('Comms are growing'),
          advanced: text('Comms are nearly there'),
          expert: text('Comms are at their best'),
        },
      },
      area('data'),
      area('tools'),
      area('pay'),
    ],
    questions: [
      singleQuestion('site'),
      singleQuestion('news'),
      singleQuestion('gdpr', { area: 'data' }),
      singleQuestion('backup', { area: 'data' }),
      singleQuestion('register', { area: 'data' }),
      ...TOOLS.map((id) => singleQuestion(id, { area: 'tools' })),
      singleQuestion('payroll', { area: 'pay', options: [option('yes', 1), notApplicable()] }),
    ],
  });
  const answers: Answers = {
    site: 'yes',
    news: 'partly',
    gdpr: 'no',
    backup: 'partly',
    register: 'yes',
    ...Object.fromEntries(TOOLS.map((id) => [id, 'no'])),
    payroll: 'na',
  };
  return { questionnaire, answers };
}

describe('the area sections of the PDF report', { timeout: 60_000 }, () => {
  let questionnaire: Questionnaire;
  let answers: Answers;
  let french: Map<string, string>;
  let english: Map<string, string>;
  beforeAll(async () => {
    ({ questionnaire, answers } = fixture());
    const fr = await renderReport({ questionnaire, answers });
    const en = await renderReport({ questionnaire, answers, locale: 'en' });
    expect((await qpdfCheck(keepPdf('area-sections-fr', fr.pdf))).code).toBe(0);
    expect(fr.report.areas.map((a) => [a.id, a.score, a.level?.id ?? null])).toEqual([
      ['comms', 75, 'expert'],
      ['data', 50, 'advanced'],
      ['tools', 0, 'beginner'],
      ['pay', null, null],
    ]);
    french = await areaSections(fr.report, fr.pdf, 'Plan d’action');
    english = await areaSections(en.report, en.pdf, 'Action plan');
  });

  test('when an area has its own text for its level, then its section prints it; else the level’s description', () => {
    expect(french.get('comms')).toContain(
      'Score : 75 / 100 · Niveau : fr: Level expert fr: Comms are at their best',
    );
    expect(french.get('comms')).not.toContain('fr: About expert');
    expect(french.get('data')).toContain('Niveau : fr: Level advanced fr: About advanced');
  });

  test('when an area can reach the next level with one answer, then its section gives that answer, its points, and says it is enough', () => {
    expect(french.get('data')).toContain(
      'Pour passer au niveau « fr: Level expert » (+25 points) fr: Question gdpr — répondre « fr: yes » (+33,3 points) Cette réponse suffit pour atteindre ce niveau.',
    );
    expect(english.get('data')).toContain(
      'To reach the “Level expert” level (+25 points) Question gdpr — answer “yes” (+33.3 points) This answer is enough to reach that level.',
    );
  });

  test('when three answers bring an area closer without reaching the next level, then its section lists them and says so', () => {
    expect(french.get('tools')).toContain(
      'Pour passer au niveau « fr: Level developing » (+25 points) fr: Question t1 — répondre « fr: yes » (+7,7 points) fr: Question t2 — répondre « fr: yes » (+7,7 points) fr: Question t3 — répondre « fr: yes » (+7,7 points) Ces réponses rapprochent du niveau suivant sans l’atteindre à elles seules.',
    );
    expect(english.get('tools')).toContain(
      'These answers bring the area closer to the next level without reaching it on their own.',
    );
    expect(french.get('tools')).not.toContain('Question t4 — répondre');
  });

  test('when an area is at the top level or has no score, then its section has no next level to reach', () => {
    expect(french.get('comms')).not.toContain('Pour passer au niveau');
    expect(french.get('pay')).toContain(
      'Aucune question de ce domaine ne concerne votre association.',
    );
    expect(french.get('pay')).not.toContain('Pour passer au niveau');
    expect(english.get('comms')).not.toContain('To reach the');
  });

  test('when the facilitator reads a participant who did not share its answers, then the level texts stay and no answer to give is printed', async () => {
    const hidden = buildResponseReport({
      questionnaire,
      answers,
      profile: scoreResponse(questionnaire, answers),
      associationName: null,
      date: REPORT_DATE,
      locale: 'fr',
      answersShown: false,
    });
    const sections = await areaSections(
      hidden,
      await renderResponseReport(hidden),
      'Plan d’action',
    );

    expect(hidden.areas.map((a) => a.nextLevel)).toEqual([null, null, null, null]);
    expect(sections.get('comms')).toContain('fr: Comms are at their best');
    expect([...sections.values()].join(' ')).not.toContain('Pour passer au niveau');
    expect([...sections.values()].join(' ')).not.toContain('fr: Question gdpr');
  });
});

describe('the area sections of the shipped questionnaire’s report', { timeout: 60_000 }, () => {
  let questionnaire: Questionnaire;
  let answers: Answers;
  let report: ResponseReport;
  let sections: Map<string, string>;
  beforeAll(async () => {
    ({ questionnaire, answers } = await clubOnLatest());
    expect(validateAnswers(questionnaire, answers)).toEqual([]);
    const rendered = await renderReport({ questionnaire, answers });
    report = rendered.report;
    sections = await areaSections(report, rendered.pdf, 'Plan d’action');
  });

  test('when two areas are at the same level, then each prints its own text for that level, and neither the level’s general description', () => {
    const level = questionnaire.levels.find((l) => l.id === 'en-progression')!;
    const atLevel = report.areas.filter((a) => a.level?.id === level.id);
    expect(atLevel.length).toBeGreaterThanOrEqual(2);
    const written = atLevel.map(
      (a) => questionnaire.areas.find((d) => d.id === a.id)!.levelTexts![level.id]!.fr!,
    );
    expect(new Set(written).size).toBe(written.length);
    atLevel.forEach((a, i) => {
      const section = sections.get(a.id)!;
      expect(section, a.id).toContain(searchable(written[i]!));
      expect(section, a.id).not.toContain(searchable(level.description.fr!));
      for (const other of written.filter((_, j) => j !== i)) {
        expect(section, a.id).not.toContain(searchable(other));
      }
    });
  });

  test('when the domain finds answers that would raise an area, then they are printed in that area’s section and no other', () => {
    for (const a of report.areas) {
      const next = nextLevelSteps(questionnaire, answers, a.id, 'fr');
      if (!next || next.steps.length === 0) continue;
      const section = sections.get(a.id)!;
      expect(section, a.id).toContain(`Pour passer au niveau « ${next.title} »`);
      for (const step of next.steps) {
        const line = searchable(`${step.question} — répondre « ${step.answer} »`);
        expect(section, a.id).toContain(line);
        const elsewhere = report.areas.filter(
          (o) => o.id !== a.id && sections.get(o.id)!.includes(line),
        );
        expect(elsewhere, line).toEqual([]);
      }
    }
    expect(report.areas.filter((a) => a.nextLevel).length).toBeGreaterThan(5);
  });
});
