import { describe, expect, it } from 'vitest';
import {
  parseQuestionnaire,
  questionnaireWarnings,
  type Questionnaire,
} from '../../../src/domain/index.js';
import { miniDocument, type JsonDocument } from '../../support/questionnaire-folder.js';

/** Parses a purpose-made document that must be valid: warnings are for valid files only. */
function warningsOf(document: JsonDocument) {
  const parsed = parseQuestionnaire(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return questionnaireWarnings(parsed.questionnaire as Questionnaire);
}

const t = (fr: string, en: string) => ({ fr, en });
const choice = (id: string, area: string, points: number[]) => ({
  id,
  area,
  type: 'single',
  title: t(`Question ${id} ?`, `Question ${id}?`),
  options: points.map((p, i) => ({
    id: `o${i}`,
    label: t(`Choix ${i}`, `Choice ${i}`),
    points: p,
  })),
});

describe('questionnaireWarnings', () => {
  it('when the file is the mini fixture, then there is no warning', () => {
    expect(warningsOf(miniDocument())).toEqual([]);
  });

  it('when every option of a choice question scores the same, then it warns that the question scores the same whatever is answered', () => {
    const doc = miniDocument();
    doc.questions[1].options.forEach((o: JsonDocument) => (o.points = 2)); // site-updates
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/questions/1/options',
        message:
          'every option of question "site-updates" scores 2 points: whatever is answered, it scores the same',
      },
    ]);
  });

  it('when the boxes of a multiple choice all score the same, then there is no warning: ticking more boxes scores more', () => {
    // channels, scored over 1 + 1 + 1 = 3: one box 1/3, two 2/3, all three 1.
    const doc = miniDocument();
    doc.questions[2].options = [
      { id: 'email', label: t('Courriel', 'E-mail'), points: 1 },
      { id: 'newsletter', label: t('Lettre', 'Newsletter'), points: 1 },
      { id: 'social', label: t('Réseaux', 'Social networks'), points: 1 },
    ];
    expect(warningsOf(doc)).toEqual([]);
  });

  it('when no answer to a multiple choice can score differently, then it warns that it scores the same however many boxes are ticked', () => {
    // One box of 1 point and an exclusive box of 1 point, scored over max(1, 1) = 1: either
    // answer scores 1/1.
    const doc = miniDocument();
    doc.questions[2].options = [
      { id: 'email', label: t('Courriel', 'E-mail'), points: 1 },
      { id: 'none', label: t('Aucun', 'None'), points: 1, exclusive: true },
    ];
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/questions/2/options',
        message:
          'every answer to question "channels" scores 1 point, however many boxes are ticked: whatever is answered, it scores the same',
      },
    ]);
  });

  it('when the only points of a multiple choice sit on an exclusive box, then it warns that ticking that box alone scores the most', () => {
    const doc = miniDocument();
    const channels = doc.questions[2];
    channels.options = [
      { id: 'email', label: t('Courriel', 'E-mail'), points: 0 },
      { id: 'none', label: t('Aucun', 'None'), points: 1, exclusive: true },
    ];
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/questions/2/options',
        message:
          'question "channels" gives points only to its exclusive box "none": ticking it alone scores the most, any other box scores 0; are the points on the wrong box?',
      },
    ]);
  });

  it('when a scale trigger range lies outside the scale, then it warns that the recommendation can never fire', () => {
    const doc = miniDocument();
    doc.recommendations[2].trigger = { answer: { question: 'gdpr', min: 5 } }; // gdpr runs 0..4
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/recommendations/2/trigger/answer',
        message:
          'recommendation "gdpr-register" can never fire: no answer to "gdpr" (0 to 4) lies in the range 5 to …',
      },
    ]);
  });

  it('when an answer trigger names only the best option, then it warns that the advice fires on the best answer', () => {
    const doc = miniDocument();
    doc.recommendations[0].trigger = { answer: { question: 'site', anyOf: ['yes'] } };
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/recommendations/0/trigger/answer',
        message:
          'recommendation "create-site" fires only on the best answer of "site" (2 points): should it name the weaker options?',
      },
    ]);
  });

  it('when an area-score range ends below the lowest score the area can get, then it warns that no profile can reach it', () => {
    // Both questions score at least 2 of 3: the area never falls under 66.7, so [0, 50) is out of reach.
    const doc = miniDocument();
    doc.areas.push({ id: 'extra', title: t('En plus', 'Extra'), description: t('Plus.', 'More.') });
    doc.questions.push(choice('x1', 'extra', [2, 3]), choice('x2', 'extra', [2, 3]));
    doc.recommendations.push({
      id: 'never',
      area: 'extra',
      title: t('Jamais', 'Never'),
      text: t('Jamais atteint.', 'Never reached.'),
      effort: 'low',
      impact: 'low',
      trigger: { areaScore: { min: 0, max: 50 } },
    });
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/recommendations/4/trigger/areaScore',
        message:
          'recommendation "never" can never fire: area "extra" never scores below 66.7, and the range ends at 50',
      },
    ]);
  });

  it('when a text is copied unchanged into the second locale, then it warns that it is not translated yet', () => {
    const doc = miniDocument();
    doc.questions[0].title.en = doc.questions[0].title.fr;
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/questions/0/title/en',
        message: 'the "en" text is the same as the "fr" one: not translated yet?',
      },
    ]);
  });

  it('when a short name is the same in both locales, then it is not taken for an untranslated text', () => {
    const doc = miniDocument();
    doc.recommendations[2].resources[0].title = t('CNIL', 'CNIL');
    expect(warningsOf(doc)).toEqual([]);
  });

  it('when an area has a single question, then it warns about that area', () => {
    const doc = miniDocument();
    doc.questions = doc.questions.filter((q: JsonDocument) => q.id !== 'payroll');
    doc.recommendations = doc.recommendations.filter(
      (r: JsonDocument) => r.id !== 'payroll-access',
    );
    expect(warningsOf(doc)).toEqual([
      {
        pointer: '/areas/1',
        message: expect.stringContaining('area "data" has a single question') as string,
      },
    ]);
  });
});

describe('parseQuestionnaire messages', () => {
  const messagesOf = (document: JsonDocument) => {
    const parsed = parseQuestionnaire(document);
    return parsed.ok ? [] : parsed.issues;
  };

  const brokenFiles: Array<[string, (doc: JsonDocument) => void, string, string]> = [
    [
      'a required field is missing',
      (doc) => delete doc.title,
      '/title',
      'the field "title" is missing: expected a text in each locale, such as { "fr": "…", "en": "…" }',
    ],
    [
      'a number is written in quotes',
      (doc) => (doc.areas[0].weight = '2'),
      '/areas/0/weight',
      'expected a number (without quotes), found "2"',
    ],
    [
      'a field is misspelt',
      (doc) => (doc.areas[0].wieght = 2),
      '/areas/0',
      'unknown field "wieght": check the spelling, or remove it',
    ],
    [
      'a question type is unknown',
      (doc) => (doc.questions[0].type = 'choice'),
      '/questions/0/type',
      '"choice" is not one of "single", "multiple", "scale"',
    ],
    [
      'an option of a union has a wrong value (the likeliest form is the one reported)',
      (doc) => (doc.questions[1].options[0].points = '2'),
      '/questions/1/options/0/points',
      'expected a number (without quotes), found "2"',
    ],
    [
      'a value is outside its list',
      (doc) => (doc.recommendations[0].effort = 'tiny'),
      '/recommendations/0/effort',
      '"tiny" is not one of "low", "medium", "high"',
    ],
    [
      'a trigger is neither form',
      (doc) => (doc.recommendations[0].trigger = {}),
      '/recommendations/0/trigger',
      'expected one of these forms: { "answer": … } or { "areaScore": … }, found {}',
    ],
  ];

  it.each(brokenFiles)(
    'when %s, then the problem is said in plain words at its pointer',
    (_, breakIt, pointer, message) => {
      const doc = miniDocument();
      breakIt(doc);
      expect(messagesOf(doc)).toEqual([{ pointer, message }]);
    },
  );

  it('when a file has several problems, then each is reported, all at once', () => {
    const doc = miniDocument();
    brokenFiles.forEach(([, breakIt]) => breakIt(doc));
    expect(
      messagesOf(doc)
        .map((issue) => issue.pointer)
        .sort(),
    ).toEqual(brokenFiles.map(([, , pointer]) => pointer).sort());
  });

  it('when no message says "Invalid input", then the author is never left with zod\'s words', () => {
    const doc = miniDocument();
    doc.recommendations[0].trigger = { answer: { question: 'site', anyOf: 'no' } };
    doc.questions[0].options[0] = { id: 'no', label: t('Non', 'No') };
    const messages = messagesOf(doc).map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).not.toContain('Invalid input');
  });
});
