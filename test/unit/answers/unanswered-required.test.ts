import { describe, expect, it } from 'vitest';
import { unansweredRequired } from '../../../src/domain/index.js';
import {
  buildQuestionnaire,
  contextQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

const questionnaire = buildQuestionnaire({
  contextQuestions: [
    contextQuestion('budget', ['low', 'high'], { required: true }),
    contextQuestion('sector'), // required defaults to false for context questions
  ],
  questions: [
    singleQuestion('site'), // required defaults to true for scored questions
    singleQuestion('updates', { showIf: { question: 'site', anyOf: ['yes'] } }),
    singleQuestion('blog', { required: false }),
    singleQuestion('seo', { showIf: { question: 'updates', anyOf: ['yes'] } }),
  ],
});

describe('unansweredRequired', () => {
  it('when nothing is answered, then the required context question and shown required questions are listed in order', () => {
    // updates and seo are hidden (site unanswered), blog and sector are optional
    expect(unansweredRequired(questionnaire, {})).toEqual(['budget', 'site']);
  });

  it('when a required question is answered, then it is no longer listed', () => {
    expect(unansweredRequired(questionnaire, { budget: 'low', site: 'no' })).toEqual([]);
  });

  it('when a required question becomes shown, then it is listed', () => {
    expect(unansweredRequired(questionnaire, { budget: 'low', site: 'yes' })).toEqual(['updates']);
  });

  it('when a chained required question becomes shown, then it is listed too', () => {
    expect(
      unansweredRequired(questionnaire, { budget: 'low', site: 'yes', updates: 'yes' }),
    ).toEqual(['seo']);
  });

  it('when a required question is hidden again, then it is not required even though it had been answered around it', () => {
    // site no hides updates, which hides seo, even with updates answered "yes" before
    expect(
      unansweredRequired(questionnaire, { budget: 'low', site: 'no', updates: 'yes' }),
    ).toEqual([]);
  });
});
