import { describe, expect, it } from 'vitest';
import {
  checkQuestionnaire,
  Questionnaire,
  type QuestionnaireInput,
} from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaireInput,
  contextQuestion,
  dontKnow,
  level,
  multipleQuestion,
  notApplicable,
  option,
  recommendation,
  scaleQuestion,
  singleQuestion,
  text,
} from '../../support/build-questionnaire.js';

/** The pointers of the whole-document issues of a schema-valid document. */
function pointers(overrides: Partial<QuestionnaireInput>): string[] {
  // parse throws on a schema error, so each test is sure to exercise a whole-document rule
  return checkQuestionnaire(Questionnaire.parse(buildQuestionnaireInput(overrides))).map(
    (i) => i.pointer,
  );
}

describe('checkQuestionnaire', () => {
  it('when the document is sound, then there is no issue', () => {
    expect(
      pointers({
        areas: [area('comms'), area('data', 2)],
        contextQuestions: [contextQuestion('size')],
        questions: [
          singleQuestion('site', {
            options: [option('yes', 1), option('no', 0), notApplicable(), dontKnow()],
          }),
          multipleQuestion('tools', {
            area: 'data',
            showIf: { question: 'size', anyOf: ['large'] },
          }),
          scaleQuestion('team', { area: 'data', min: 1, max: 9, step: 2 }),
          singleQuestion('plan', { area: 'data', showIf: { question: 'team', min: 3, max: 7 } }),
        ],
        recommendations: [
          recommendation('r1', { contexts: [{ question: 'size', anyOf: ['small'] }] }),
          recommendation('r2', { area: 'data', trigger: { areaScore: { min: 0, max: 50 } } }),
        ],
      }),
    ).toEqual([]);
  });

  describe('unique ids', () => {
    it('when two areas share an id, then the second id is reported', () => {
      expect(pointers({ areas: [area('comms'), area('comms')] })).toEqual(['/areas/1/id']);
    });

    it('when a scored question reuses a context question id, then the scored one is reported', () => {
      expect(pointers({ contextQuestions: [contextQuestion('site')] })).toEqual([
        '/questions/0/id',
      ]);
    });

    it('when two scored questions share an id, then the second is reported', () => {
      expect(pointers({ questions: [singleQuestion('site'), singleQuestion('site')] })).toEqual([
        '/questions/1/id',
      ]);
    });

    it('when two options of a scored question share an id, then the second is reported', () => {
      expect(
        pointers({
          questions: [singleQuestion('site', { options: [option('yes', 2), option('yes', 1)] })],
        }),
      ).toEqual(['/questions/0/options/1/id']);
    });

    it('when two options of a context question share an id, then the second is reported', () => {
      expect(pointers({ contextQuestions: [contextQuestion('size', ['small', 'small'])] })).toEqual(
        ['/contextQuestions/0/options/1/id'],
      );
    });

    it('when two levels share an id, then the second is reported', () => {
      expect(pointers({ levels: [level('only', 0, 50), level('only', 50, 100)] })).toEqual([
        '/levels/1/id',
      ]);
    });

    it('when two recommendations share an id, then the second is reported', () => {
      expect(pointers({ recommendations: [recommendation('r'), recommendation('r')] })).toEqual([
        '/recommendations/1/id',
      ]);
    });

    it('when a question has two "I don\'t know" options, then its options are reported', () => {
      expect(
        pointers({
          questions: [
            singleQuestion('site', {
              options: [option('yes', 1), dontKnow('dk1'), dontKnow('dk2')],
            }),
          ],
        }),
      ).toEqual(['/questions/0/options']);
    });
  });

  describe('references to areas', () => {
    it('when a question names an unknown area, then its area is reported', () => {
      expect(
        pointers({ questions: [singleQuestion('site'), singleQuestion('x', { area: 'ghost' })] }),
      ).toEqual(['/questions/1/area']);
    });

    it('when a recommendation names an unknown area, then its area is reported', () => {
      expect(pointers({ recommendations: [recommendation('r', { area: 'ghost' })] })).toEqual([
        '/recommendations/0/area',
      ]);
    });

    it('when an area has no question, then the area is reported', () => {
      expect(pointers({ areas: [area('comms'), area('data')] })).toEqual(['/areas/1']);
    });
  });

  describe('conditions', () => {
    it('when a condition reads a later question, then its question is reported', () => {
      expect(
        pointers({
          questions: [
            singleQuestion('first', { showIf: { question: 'site', anyOf: ['yes'] } }),
            singleQuestion('site'),
          ],
        }),
      ).toEqual(['/questions/0/showIf/question']);
    });

    it('when a condition reads its own question, then its question is reported', () => {
      expect(
        pointers({
          questions: [singleQuestion('site', { showIf: { question: 'site', anyOf: ['yes'] } })],
        }),
      ).toEqual(['/questions/0/showIf/question']);
    });

    it('when a condition reads an unknown question, then its question is reported', () => {
      expect(
        pointers({
          questions: [
            singleQuestion('site'),
            singleQuestion('x', { showIf: { question: 'ghost', anyOf: ['yes'] } }),
          ],
        }),
      ).toEqual(['/questions/1/showIf/question']);
    });

    it('when a condition names an option the question lacks, then that entry of anyOf is reported', () => {
      expect(
        pointers({
          questions: [
            singleQuestion('site'),
            singleQuestion('x', { showIf: { question: 'site', anyOf: ['yes', 'maybe'] } }),
          ],
        }),
      ).toEqual(['/questions/1/showIf/anyOf/1']);
    });

    it('when a range condition reads a question that is not a scale, then the condition is reported', () => {
      expect(
        pointers({
          questions: [
            singleQuestion('site'),
            singleQuestion('x', { showIf: { question: 'site', min: 1 } }),
          ],
        }),
      ).toEqual(['/questions/1/showIf']);
    });

    it('when a range condition on a scale has max below min, then its max is reported', () => {
      expect(
        pointers({
          questions: [
            scaleQuestion('team'),
            singleQuestion('x', { showIf: { question: 'team', min: 3, max: 1 } }),
          ],
        }),
      ).toEqual(['/questions/1/showIf/max']);
    });
  });

  describe('recommendations', () => {
    it('when a recommendation is limited by a question that is not a context question, then it is reported', () => {
      expect(
        pointers({
          recommendations: [
            recommendation('r', { contexts: [{ question: 'site', anyOf: ['yes'] }] }),
          ],
        }),
      ).toEqual(['/recommendations/0/contexts/0/question']);
    });

    it('when a context limit names an option the context question lacks, then that entry is reported', () => {
      expect(
        pointers({
          contextQuestions: [contextQuestion('size')],
          recommendations: [
            recommendation('r', { contexts: [{ question: 'size', anyOf: ['huge'] }] }),
          ],
        }),
      ).toEqual(['/recommendations/0/contexts/0/anyOf/0']);
    });

    it('when an answer trigger reads a context question, then its question is reported', () => {
      expect(
        pointers({
          contextQuestions: [contextQuestion('size')],
          recommendations: [
            recommendation('r', { trigger: { answer: { question: 'size', anyOf: ['small'] } } }),
          ],
        }),
      ).toEqual(['/recommendations/0/trigger/answer/question']);
    });

    it('when an answer trigger reads an unknown question, then its question is reported', () => {
      expect(
        pointers({
          recommendations: [
            recommendation('r', { trigger: { answer: { question: 'ghost', anyOf: ['a'] } } }),
          ],
        }),
      ).toEqual(['/recommendations/0/trigger/answer/question']);
    });

    it('when a score band has max not above min, then its max is reported', () => {
      expect(
        pointers({
          recommendations: [recommendation('r', { trigger: { areaScore: { min: 50, max: 50 } } })],
        }),
      ).toEqual(['/recommendations/0/trigger/areaScore/max']);
    });
  });

  describe('levels', () => {
    it("when two levels leave a gap, then the later level's min is reported", () => {
      expect(pointers({ levels: [level('a', 0, 25), level('b', 30, 100)] })).toEqual([
        '/levels/1/min',
      ]);
    });

    it("when two levels overlap, then the later level's min is reported", () => {
      expect(pointers({ levels: [level('a', 0, 30), level('b', 25, 100)] })).toEqual([
        '/levels/1/min',
      ]);
    });

    it('when the levels stop before 100, then the levels are reported', () => {
      expect(pointers({ levels: [level('a', 0, 25), level('b', 25, 90)] })).toEqual(['/levels']);
    });

    it("when the levels do not start at 0, then the first level's min is reported", () => {
      expect(pointers({ levels: [level('a', 10, 50), level('b', 50, 100)] })).toEqual([
        '/levels/0/min',
      ]);
    });

    it('when a level has max not above min, then its max is reported', () => {
      expect(
        pointers({ levels: [level('a', 0, 50), level('b', 50, 50), level('c', 50, 100)] }),
      ).toEqual(['/levels/1/max']);
    });

    it('when the levels are not listed from lowest to highest, then the levels are reported', () => {
      expect(pointers({ levels: [level('b', 25, 100), level('a', 0, 25)] })).toEqual(['/levels']);
    });
  });

  describe('locales', () => {
    it('when a text lacks a declared locale, then that text is reported', () => {
      expect(pointers({ areas: [{ ...area('comms'), title: { fr: 'Communication' } }] })).toEqual([
        '/areas/0/title',
      ]);
    });

    it('when an option label lacks a declared locale, then that label is reported', () => {
      expect(
        pointers({
          questions: [
            singleQuestion('site', {
              options: [option('yes', 1), { id: 'no', label: { en: 'No' }, points: 0 }],
            }),
          ],
        }),
      ).toEqual(['/questions/0/options/1/label']);
    });

    it('when a resource title lacks a declared locale, then that title is reported', () => {
      expect(
        pointers({
          recommendations: [
            recommendation('r', {
              resources: [{ title: { fr: 'Guide' }, url: 'https://www.cnil.fr/' }],
            }),
          ],
        }),
      ).toEqual(['/recommendations/0/resources/0/title']);
    });

    it('when a text holds a locale the questionnaire does not declare, then that key is reported', () => {
      expect(
        pointers({
          areas: [{ ...area('comms'), title: { ...text('Comms'), de: 'Kommunikation' } }],
        }),
      ).toEqual(['/areas/0/title/de']);
    });

    it('when the default locale is not declared, then it is reported', () => {
      expect(pointers({ defaultLocale: 'de' })).toEqual(['/defaultLocale']);
    });

    it('when a locale is listed twice, then the locales are reported', () => {
      expect(pointers({ locales: ['fr', 'en', 'fr'] })).toEqual(['/locales']);
    });
  });

  describe('scoring', () => {
    it('when every option of a single-choice question scores 0, then its options are reported', () => {
      expect(
        pointers({
          questions: [
            singleQuestion('site', { options: [option('a', 0), option('b', 0), notApplicable()] }),
          ],
        }),
      ).toEqual(['/questions/0/options']);
    });

    it('when every box of a multiple-choice question scores 0, then its options are reported', () => {
      expect(
        pointers({
          questions: [multipleQuestion('site', { options: [option('a', 0), option('b', 0)] })],
        }),
      ).toEqual(['/questions/0/options']);
    });

    it('when a scale has max equal to or below min, then its max is reported', () => {
      expect(pointers({ questions: [scaleQuestion('site', { min: 4, max: 4 })] })).toEqual([
        '/questions/0/max',
      ]);
      expect(pointers({ questions: [scaleQuestion('site', { min: 5, max: 1 })] })).toEqual([
        '/questions/0/max',
      ]);
    });

    it('when a scale step does not divide max - min, then its step is reported', () => {
      // 0 to 4 in steps of 3 never reaches 4
      expect(pointers({ questions: [scaleQuestion('site', { min: 0, max: 4, step: 3 })] })).toEqual(
        ['/questions/0/step'],
      );
    });
  });

  it('when a document has several problems, then every one is reported at once', () => {
    const found = pointers({
      defaultLocale: 'de',
      areas: [area('comms'), area('comms')],
      levels: [level('a', 0, 25), level('b', 25, 90)],
    });
    expect(found).toEqual(expect.arrayContaining(['/defaultLocale', '/areas/1/id', '/levels']));
    expect(found).toHaveLength(3);
  });
});
