import { describe, expect, it } from 'vitest';
import {
  checkQuestionnaire,
  Questionnaire,
  questionnaireWarnings,
  type QuestionnaireInput,
} from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaireInput,
  singleQuestion,
  text,
} from '../../support/build-questionnaire.js';

/** Two questions, so that no single-question warning comes in the way. */
function parsed(overrides: Partial<QuestionnaireInput>) {
  return Questionnaire.parse(
    buildQuestionnaireInput({
      questions: [singleQuestion('site'), singleQuestion('news')],
      ...overrides,
    }),
  );
}

const allLevels = {
  beginner: text('Start'),
  developing: text('Grow'),
  advanced: text('Strong'),
  expert: text('Lead'),
};

describe('area level texts', () => {
  it('when an area gives a text for every level, then there is neither issue nor warning', () => {
    const questionnaire = parsed({ areas: [{ ...area('comms'), levelTexts: allLevels }] });

    expect(checkQuestionnaire(questionnaire)).toEqual([]);
    expect(questionnaireWarnings(questionnaire)).toEqual([]);
  });

  it('when a level text names a level that does not exist, then it is refused at its pointer', () => {
    const questionnaire = parsed({
      areas: [{ ...area('comms'), levelTexts: { ...allLevels, master: text('Master') } }],
    });

    expect(checkQuestionnaire(questionnaire)).toEqual([
      { pointer: '/areas/0/levelTexts/master', message: 'there is no level "master"' },
    ]);
  });

  it('when a level text lacks a locale, then it is refused at its pointer', () => {
    const questionnaire = parsed({
      areas: [{ ...area('comms'), levelTexts: { ...allLevels, expert: { fr: 'Devant' } } }],
    });

    expect(checkQuestionnaire(questionnaire)).toEqual([
      { pointer: '/areas/0/levelTexts/expert', message: 'the "en" text is missing' },
    ]);
  });

  it('when an area gives texts for some levels only, then it warns which levels fall back', () => {
    const questionnaire = parsed({
      areas: [{ ...area('comms'), levelTexts: { beginner: text('Start') } }],
    });

    expect(questionnaireWarnings(questionnaire)).toEqual([
      {
        pointer: '/areas/0/levelTexts',
        message:
          'area "comms" has no text for level "developing", "advanced", "expert": it shows the level\'s general description there',
      },
    ]);
  });

  it('when the respondent is left out, then it is an association', () => {
    expect(parsed({}).respondent).toBe('association');
    expect(parsed({ respondent: 'person' }).respondent).toBe('person');
  });
});
