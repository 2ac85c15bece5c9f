import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/domain/index.js';
import { miniDocument, type JsonDocument } from '../../support/questionnaire-folder.js';

/** The errors and warnings of a document that must not parse: both in one call. */
function problemsOf(document: unknown) {
  const parsed = parseQuestionnaire(document);
  if (parsed.ok) throw new Error('expected the document to fail');
  return { issues: parsed.issues, warnings: parsed.warnings };
}

const pointers = (issues: Array<{ pointer: string }>) => issues.map((issue) => issue.pointer);

describe('parseQuestionnaire, in one pass', () => {
  it('when a document has schema errors, whole-document problems and likely mistakes, then all of them come at once, schema errors first', () => {
    const doc = miniDocument();
    doc.areas[0].weight = 'heavy'; // schema
    doc.questions[4].id = 'Payroll'; // schema: an id, read as written for the rules
    doc.questions[1].showIf = { question: 'nowhere', anyOf: ['yes'] }; // rule
    doc.levels[2].min = 55; // rule: nothing covers 50 to 55
    doc.questions[0].title.en = doc.questions[0].title.fr; // warning

    expect(problemsOf(doc)).toEqual({
      issues: [
        {
          pointer: '/areas/0/weight',
          message: 'expected a number (without quotes), found "heavy"',
        },
        {
          pointer: '/questions/4/id',
          message:
            '"Payroll" is not a valid id (1 to 64 lower-case letters a-z, digits, "-" or "_", starting with a letter or a digit): write it "payroll", for example',
        },
        { pointer: '/questions/1/showIf/question', message: 'there is no question "nowhere"' },
        { pointer: '/levels/2/min', message: 'no level covers scores from 50 to 55' },
      ],
      warnings: [
        {
          pointer: '/questions/0/title/en',
          message: 'the "en" text is the same as the "fr" one: not translated yet?',
        },
      ],
    });
  });

  it('when every question id breaks the rule, then each says its own value, and duplicates and references are still checked', () => {
    const doc = miniDocument();
    doc.questions[0].id = 'SME.Q1.R1';
    doc.questions[1].id = 'SME.Q1.R1';
    doc.questions[1].showIf = { question: 'SME.Q1.R1', anyOf: ['maybe'] };

    const { issues } = problemsOf(doc);

    expect(issues.map((issue) => `${issue.pointer}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^\/questions\/0\/id: "SME\.Q1\.R1" is not a valid id .*"sme-q1-r1"/),
      expect.stringMatching(/^\/questions\/1\/id: "SME\.Q1\.R1" is not a valid id/),
      expect.stringMatching(/^\/questions\/1\/showIf\/question: "SME\.Q1\.R1" is not a valid id/),
      '/questions/1/id: the question id "SME.Q1.R1" is used more than once',
      // The condition reads the first "SME.Q1.R1", which has no option "maybe"; the
      // recommendation on "site" now names a question that is not there.
      '/questions/1/showIf/anyOf/0: "maybe" is not an option of question "SME.Q1.R1"',
      '/recommendations/0/trigger/answer/question: there is no question "site"',
    ]);
  });

  it('when a number is written in quotes, then the rules read the number it spells', () => {
    const doc = miniDocument();
    doc.levels[2].min = '55';

    expect(problemsOf(doc).issues).toEqual([
      { pointer: '/levels/2/min', message: 'expected a number (without quotes), found "55"' },
      { pointer: '/levels/2/min', message: 'no level covers scores from 50 to 55' },
    ]);
  });

  it('when an element has a misspelt field or an effort outside its list, then the rest of it is still checked', () => {
    const doc = miniDocument();
    doc.recommendations[0].effort = 'hight';
    doc.recommendations[0].trigger = { answer: { question: 'website', anyOf: ['no'] } };
    doc.questions[1].wieght = 2;
    doc.questions[1].showIf = { question: 'site', anyOf: ['maybe'] };

    expect(problemsOf(doc).issues).toEqual([
      {
        pointer: '/questions/1',
        message: 'unknown field "wieght": check the spelling, or remove it',
      },
      {
        pointer: '/recommendations/0/effort',
        message: '"hight" is not one of "low", "medium", "high"',
      },
      {
        pointer: '/questions/1/showIf/anyOf/0',
        message: '"maybe" is not an option of question "site"',
      },
      {
        pointer: '/recommendations/0/trigger/answer/question',
        message: 'there is no question "website"',
      },
    ]);
  });

  it('when a question is broken beyond its ids, then the conditions and warnings that read it wait for it, and nothing is said about them', () => {
    const doc = miniDocument();
    doc.questions[0].options = 'yes'; // site: read by site-updates and create-site
    doc.recommendations[0].trigger = { answer: { question: 'site', anyOf: ['yes'] } };

    expect(problemsOf(doc)).toEqual({
      issues: [{ pointer: '/questions/0/options', message: 'expected a list [ … ], found "yes"' }],
      warnings: [],
    });
  });

  it('when a question has no id to read, then no reference is called unknown (it might be that question)', () => {
    const doc = miniDocument();
    delete doc.questions[0].id;

    expect(problemsOf(doc).issues).toEqual([
      {
        pointer: '/questions/0/id',
        message: 'the field "id" is missing: expected a text in quotes',
      },
    ]);
  });

  it('when a level is broken, then how the levels cover 0-100 waits for it', () => {
    const doc = miniDocument();
    doc.levels[1].min = 'twenty-five';
    doc.levels[3].max = 10; // still checked on its own: max below min

    expect(problemsOf(doc).issues).toEqual([
      {
        pointer: '/levels/1/min',
        message: 'expected a number (without quotes), found "twenty-five"',
      },
      { pointer: '/levels/3/max', message: '"max" must be greater than "min"' },
    ]);
  });

  it('when one carry-over declaration is broken, then the others are still checked at their own pointers', () => {
    const doc = miniDocument();
    doc.version = '1.2.0';
    doc.carryOver = [
      { from: 1 },
      { from: '1.0.0', questions: { site: { to: 'website' } } },
      { from: '1.1.0', drop: ['gdpr'], questions: { gdpr: {} } },
    ];

    expect(problemsOf(doc).issues).toEqual([
      { pointer: '/carryOver/0/from', message: 'expected a text in quotes, found 1' },
      {
        pointer: '/carryOver/1/questions/site/to',
        message: 'there is no question "website" in this version',
      },
      {
        pointer: '/carryOver/2/drop/0',
        message: '"gdpr" cannot be both carried over and dropped',
      },
    ]);
  });

  it('when the schema holds but a rule fails, then the warnings come with the errors', () => {
    const doc = miniDocument();
    doc.areas.push({ id: 'empty', title: doc.areas[1].title, description: doc.areas[1].title });
    doc.questions[0].title.en = doc.questions[0].title.fr;

    const parsed = parseQuestionnaire(doc);

    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ pointer: '/areas/2', message: 'no question scores in area "empty"' }],
      warnings: [{ pointer: '/questions/0/title/en' }],
      identity: { id: 'mini', version: '1.0.0' },
    });
  });

  it('when any part of a sound document is replaced by any JSON value, then parsing never throws, and every message is words, not "undefined" or "[object Object]"', () => {
    const paths = pathsOf(miniDocument());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const doc = miniDocument();
        setAt(doc, path, value);
        const parsed = parseQuestionnaire(doc);
        const messages = [...(parsed.ok ? [] : parsed.issues), ...parsed.warnings].map(
          (issue) => issue.message,
        );
        for (const message of messages) {
          expect(message).not.toMatch(/undefined|\[object Object\]|NaN|Invalid input/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('when the document is no questionnaire at all, then it says so without a crash', () => {
    for (const document of [null, [], 'questionnaire', 12, { areas: 'x', questions: [null, 1] }]) {
      expect(pointers(problemsOf(document).issues).length).toBeGreaterThan(0);
    }
  });
});

/** Every path to a value in a JSON document, the document's own root aside. */
function pathsOf(
  document: unknown,
  base: Array<string | number> = [],
): Array<Array<string | number>> {
  if (typeof document !== 'object' || document === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(document)
    ? document.map((value, i) => [i, value])
    : Object.entries(document);
  return entries.flatMap(([key, value]) => [[...base, key], ...pathsOf(value, [...base, key])]);
}

function setAt(document: JsonDocument, path: Array<string | number>, value: unknown) {
  const parent = path.slice(0, -1).reduce<JsonDocument>((at, key) => at[key], document);
  parent[path.at(-1)!] = value;
}
