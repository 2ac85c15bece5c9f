import { describe, expect, it } from 'vitest';
import { scoreResponse } from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  contextQuestion,
  dontKnow,
  notApplicable,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';
import { findArea, findExplanation } from '../../support/find-area.js';

/** Options worth 3, 2, 1 and 0 ("b" scores 2/3, "c" 1/3). */
const abcd = [option('a', 3), option('b', 2), option('c', 1), option('d', 0)];

describe('scoreResponse', () => {
  describe('area score as a weighted mean', () => {
    const questionnaire = buildQuestionnaire({
      questions: [
        singleQuestion('q1'), // yes 2, partly 1, no 0
        scaleQuestion('q2', { weight: 2 }), // 0-4
        singleQuestion('q3', { options: abcd, weight: 3 }),
      ],
    });

    it('when questions have weights, then the area score is the weighted mean of their scores on 0-100', () => {
      // q1 partly = 1/2, q2 3 of 0-4 = 3/4, q3 b = 2/3
      // (0.5*1 + 0.75*2 + 2/3*3) / (1+2+3) = (0.5 + 1.5 + 2) / 6 = 4/6 = 66.7
      const profile = scoreResponse(questionnaire, { q1: 'partly', q2: 3, q3: 'b' });
      expect(findArea(profile, 'comms')).toMatchObject({
        score: 66.7,
        status: 'scored',
        coverage: 1,
      });
    });

    it('when the score is 2/3 or 1/3, then it is rounded to one decimal', () => {
      const single = buildQuestionnaire({ questions: [singleQuestion('q', { options: abcd })] });
      // 2/3 = 66.666… → 66.7 ; 1/3 = 33.333… → 33.3
      expect(findArea(scoreResponse(single, { q: 'b' }), 'comms').score).toBe(66.7);
      expect(findArea(scoreResponse(single, { q: 'c' }), 'comms').score).toBe(33.3);
    });

    it('when the area is scored, then each question contribution is its share of the area score and they add up to it', () => {
      // q1 yes = 1 (w1), q2 1 of 0-4 = 1/4 (w2), q3 b = 2/3 (w3); total weight 6
      // q1: 100*1*1/6 = 16.7 ; q2: 100*2*0.25/6 = 8.3 ; q3: 100*3*(2/3)/6 = 33.3
      // area: (1 + 0.5 + 2) / 6 = 58.3 ; 16.7 + 8.3 + 33.3 = 58.3
      const comms = findArea(scoreResponse(questionnaire, { q1: 'yes', q2: 1, q3: 'b' }), 'comms');
      expect(comms.score).toBe(58.3);
      expect(comms.explanation.questions.map((q) => q.contribution)).toEqual([16.7, 8.3, 33.3]);
      const sum = comms.explanation.questions.reduce(
        (total, q) => total + (q.contribution ?? 0),
        0,
      );
      expect(Math.abs(sum - 58.3)).toBeLessThanOrEqual(0.05 * comms.explanation.questions.length);
    });

    it('when a question is scored, then its explanation gives its own score and weight', () => {
      const comms = findArea(
        scoreResponse(questionnaire, { q1: 'partly', q2: 3, q3: 'b' }),
        'comms',
      );
      expect(findExplanation(comms, 'q2')).toEqual({
        id: 'q2',
        outcome: 'scored',
        weight: 2,
        score: 0.75,
        // 100 * 2 * 0.75 / 6 = 25
        contribution: 25,
      });
    });
  });

  describe('not applicable and "I don\'t know"', () => {
    const questionnaire = buildQuestionnaire({
      questions: [
        singleQuestion('q1', {
          options: [option('a', 3), option('b', 2), option('c', 1), dontKnow()],
        }),
        singleQuestion('q2', {
          options: [option('yes', 2), option('partly', 1), option('no', 0), notApplicable()],
        }),
        singleQuestion('q3', {
          options: [option('yes', 2), option('no', 0), dontKnow()],
          dontKnow: 'exclude',
        }),
      ],
    });

    it('when a question is answered "not applicable", then it is left out and does not lower the score', () => {
      // q1 a = 1, q2 NA left out, q3 yes = 1 → (1 + 1) / 2 = 100 (it would be 66.7 if NA counted as 0)
      const comms = findArea(
        scoreResponse(questionnaire, { q1: 'a', q2: 'na', q3: 'yes' }),
        'comms',
      );
      expect(comms.score).toBe(100);
      expect(comms.coverage).toBe(1);
      expect(findExplanation(comms, 'q2')).toMatchObject({
        outcome: 'notApplicable',
        score: null,
        contribution: null,
      });
    });

    it('when "I don\'t know" is answered under the default rule, then it counts as the poorest option', () => {
      // q1 dk = poorest c: 1/3 ; q2 yes = 1 ; q3 yes = 1 → (1/3 + 1 + 1) / 3 = 7/9 = 77.8
      const comms = findArea(
        scoreResponse(questionnaire, { q1: 'dk', q2: 'yes', q3: 'yes' }),
        'comms',
      );
      expect(comms.score).toBe(77.8);
      expect(findExplanation(comms, 'q1').outcome).toBe('dontKnow');
    });

    it('when the questionnaire leaves "I don\'t know" out, then the question does not count', () => {
      const excluding = buildQuestionnaire({
        scoring: { dontKnow: 'exclude' },
        questions: questionnaire.questions,
      });
      // q1 dk left out ; q2 partly = 1/2 ; q3 yes = 1 → (0.5 + 1) / 2 = 75
      const comms = findArea(
        scoreResponse(excluding, { q1: 'dk', q2: 'partly', q3: 'yes' }),
        'comms',
      );
      expect(comms.score).toBe(75);
      expect(findExplanation(comms, 'q1')).toMatchObject({ outcome: 'dontKnow', score: null });
    });

    it('when one question overrides the rule with "exclude", then only that question\'s "I don\'t know" is left out', () => {
      // q1 dk = 1/3 (default rule) ; q2 partly = 1/2 ; q3 dk left out → (1/3 + 1/2) / 2 = 5/12 = 41.7
      const comms = findArea(
        scoreResponse(questionnaire, { q1: 'dk', q2: 'partly', q3: 'dk' }),
        'comms',
      );
      expect(comms.score).toBe(41.7);
      expect(findExplanation(comms, 'q3')).toMatchObject({ outcome: 'dontKnow', score: null });
    });

    it('when every shown answer of an area is "not applicable", then the area is not applicable', () => {
      const allNa = buildQuestionnaire({
        areas: [area('comms'), area('data')],
        questions: [
          singleQuestion('q1'),
          singleQuestion('q2', { area: 'data', options: [option('yes', 1), notApplicable()] }),
          singleQuestion('q3', { area: 'data', options: [option('yes', 1), notApplicable()] }),
        ],
      });
      const data = findArea(scoreResponse(allNa, { q1: 'yes', q2: 'na', q3: 'na' }), 'data');
      expect(data).toMatchObject({
        status: 'notApplicable',
        score: null,
        level: null,
        coverage: 1,
      });
    });

    it('when some questions are "not applicable" and the others unanswered, then the area has not enough answers', () => {
      const partlyNa = buildQuestionnaire({
        areas: [area('comms'), area('data')],
        questions: [
          singleQuestion('q1'),
          singleQuestion('q2', { area: 'data', options: [option('yes', 1), notApplicable()] }),
          singleQuestion('q3', { area: 'data', options: [option('yes', 1), notApplicable()] }),
        ],
      });
      // coverage 1/2 meets the 0.5 threshold, but q3 may apply: nothing to score yet
      const data = findArea(scoreResponse(partlyNa, { q1: 'yes', q2: 'na' }), 'data');
      expect(data).toMatchObject({ status: 'insufficient', score: null, coverage: 0.5 });
    });
  });

  describe('conditions', () => {
    const questionnaire = buildQuestionnaire({
      contextQuestions: [contextQuestion('size', ['small', 'large'])],
      questions: [
        singleQuestion('site'),
        singleQuestion('social'),
        singleQuestion('updates', { showIf: { question: 'site', anyOf: ['yes'] } }),
        // reads "updates", which may itself be hidden
        singleQuestion('newsletter', { showIf: { question: 'updates', anyOf: ['no'] } }),
        singleQuestion('intranet', { showIf: { question: 'size', anyOf: ['large'] } }),
      ],
    });

    it('when a question is hidden by its condition, then its earlier answer is left out and marked hidden', () => {
      // site partly = 1/2, social yes = 1; updates hidden (site is not "yes"), newsletter hidden
      // (updates hidden), intranet hidden (size unanswered) → (0.5 + 1) / 2 = 75
      // (counting updates "no" would give (0.5 + 1 + 0) / 3 = 50)
      const comms = findArea(
        scoreResponse(questionnaire, { site: 'partly', social: 'yes', updates: 'no' }),
        'comms',
      );
      expect(comms.score).toBe(75);
      expect(findExplanation(comms, 'updates')).toEqual({
        id: 'updates',
        outcome: 'hidden',
        weight: 1,
        score: null,
        contribution: null,
      });
    });

    it('when a condition reads a question that is itself hidden, then the chained question is hidden too', () => {
      // updates "no" would show newsletter, but updates is hidden, so newsletter is hidden as well
      // site no = 0, social yes = 1 → (0 + 1) / 2 = 50 (counting updates and newsletter "no" would give 25)
      const comms = findArea(
        scoreResponse(questionnaire, {
          site: 'no',
          social: 'yes',
          updates: 'no',
          newsletter: 'no',
        }),
        'comms',
      );
      expect(comms.score).toBe(50);
      expect(findExplanation(comms, 'newsletter').outcome).toBe('hidden');
    });

    it('when the condition holds, then the question is shown and scored', () => {
      // site yes = 1, social yes = 1, updates no = 0, newsletter partly = 1/2 → 2.5 / 4 = 62.5
      const comms = findArea(
        scoreResponse(questionnaire, {
          site: 'yes',
          social: 'yes',
          updates: 'no',
          newsletter: 'partly',
        }),
        'comms',
      );
      expect(comms.score).toBe(62.5);
      expect(findExplanation(comms, 'newsletter').outcome).toBe('scored');
    });

    it('when a condition reads a context answer, then that answer decides', () => {
      // size large shows intranet: site yes = 1, social yes = 1, intranet no = 0, updates unanswered
      // → (1 + 1 + 0) / 3 = 66.7
      const comms = findArea(
        scoreResponse(questionnaire, { size: 'large', site: 'yes', social: 'yes', intranet: 'no' }),
        'comms',
      );
      expect(comms.score).toBe(66.7);
      expect(findExplanation(comms, 'intranet').outcome).toBe('scored');
    });

    it('when questions are hidden, then coverage counts only the shown weight', () => {
      // shown: site, social (updates, newsletter, intranet hidden); both answered → coverage 1
      const comms = findArea(scoreResponse(questionnaire, { site: 'no', social: 'no' }), 'comms');
      expect(comms.coverage).toBe(1);
      expect(comms.status).toBe('scored');
    });

    it('when every question of an area is hidden, then the area is not applicable with coverage 1', () => {
      const hiddenArea = buildQuestionnaire({
        areas: [area('comms'), area('web')],
        questions: [
          singleQuestion('site'),
          singleQuestion('updates', { area: 'web', showIf: { question: 'site', anyOf: ['yes'] } }),
          singleQuestion('seo', {
            area: 'web',
            showIf: { question: 'site', anyOf: ['yes', 'partly'] },
          }),
        ],
      });
      const web = findArea(
        scoreResponse(hiddenArea, { site: 'no', updates: 'yes', seo: 'yes' }),
        'web',
      );
      expect(web).toMatchObject({ status: 'notApplicable', score: null, level: null, coverage: 1 });
      expect(web.explanation.questions.map((q) => q.outcome)).toEqual(['hidden', 'hidden']);
    });
  });

  describe('coverage threshold', () => {
    it('when the answered share is just below the threshold, then the area is insufficient with no score', () => {
      const questionnaire = buildQuestionnaire({
        questions: [singleQuestion('q1', { weight: 49 }), singleQuestion('q2', { weight: 51 })],
      });
      // coverage 49 / 100 = 0.49 < 0.5
      const comms = findArea(scoreResponse(questionnaire, { q1: 'yes' }), 'comms');
      expect(comms).toMatchObject({
        status: 'insufficient',
        score: null,
        level: null,
        coverage: 0.49,
      });
      expect(comms.explanation.coverageThreshold).toBe(0.5);
      expect(findExplanation(comms, 'q1').contribution).toBeNull();
    });

    it('when the answered share is exactly the threshold, then the area is scored', () => {
      const questionnaire = buildQuestionnaire({
        scoring: { coverageThreshold: 0.75 },
        questions: [singleQuestion('q1', { weight: 3 }), singleQuestion('q2')],
      });
      // coverage 3 / 4 = 0.75 = threshold; score from q1 alone: partly = 50
      const comms = findArea(scoreResponse(questionnaire, { q1: 'partly' }), 'comms');
      expect(comms).toMatchObject({ status: 'scored', score: 50, coverage: 0.75 });
    });
    it('when decimal weights put the answered share exactly at the threshold, then the area is scored', () => {
      const questionnaire = buildQuestionnaire({
        scoring: { coverageThreshold: 0.75 },
        questions: [singleQuestion('q1', { weight: 1.2 }), singleQuestion('q2', { weight: 0.4 })],
      });
      // coverage 1.2 / 1.6 = 0.75 = threshold; score from q1 alone: yes = 100
      const comms = findArea(scoreResponse(questionnaire, { q1: 'yes' }), 'comms');
      expect(comms).toMatchObject({ coverage: 0.75, status: 'scored', score: 100 });
    });
    it('when the threshold is 0 and nothing is answered, then the area is not called "not applicable"', () => {
      const questionnaire = buildQuestionnaire({
        scoring: { coverageThreshold: 0 },
        questions: [singleQuestion('q1')],
      });
      const comms = findArea(scoreResponse(questionnaire, {}), 'comms');
      expect(comms.status).not.toBe('notApplicable');
    });

    it('when answers are "not applicable" or "I don\'t know", then they count as answered for coverage', () => {
      const questionnaire = buildQuestionnaire({
        scoring: { coverageThreshold: 0.75 },
        questions: [
          singleQuestion('q1', { options: [option('yes', 1), option('no', 0), notApplicable()] }),
          singleQuestion('q2', { options: [option('yes', 1), option('no', 0), dontKnow()] }),
          singleQuestion('q3'),
          singleQuestion('q4'),
        ],
      });
      // answered: q1 (NA), q2 (DK), q3 → 3/4 = 0.75 ; score: q2 dk = poorest "no" = 0, q3 yes = 1 → 50
      const comms = findArea(
        scoreResponse(questionnaire, { q1: 'na', q2: 'dk', q3: 'yes' }),
        'comms',
      );
      expect(comms).toMatchObject({ status: 'scored', score: 50, coverage: 0.75 });
    });
  });

  describe('overall index and levels', () => {
    const questionnaire = buildQuestionnaire({
      areas: [area('comms', 3), area('data', 1), area('people', 5), area('web', 2)],
      questions: [
        singleQuestion('site'),
        singleQuestion('backup', { area: 'data' }),
        singleQuestion('volunteers', { area: 'people' }),
        singleQuestion('domain', { area: 'web', options: [option('yes', 1), notApplicable()] }),
      ],
    });

    it('when areas have weights, then the overall index is the weighted mean of the scored areas only', () => {
      // comms partly = 50 (w3), data yes = 100 (w1), people unanswered → insufficient (w5, left out),
      // web NA → notApplicable (w2, left out) → (3*50 + 1*100) / (3+1) = 250 / 4 = 62.5
      const profile = scoreResponse(questionnaire, { site: 'partly', backup: 'yes', domain: 'na' });
      expect(findArea(profile, 'people').status).toBe('insufficient');
      expect(findArea(profile, 'web').status).toBe('notApplicable');
      expect(profile.overall.score).toBe(62.5);
      expect(profile.overall.level).toBe('advanced');
    });

    it('when areas are partly answered, then the overall coverage is the weighted mean of area coverages', () => {
      // comms 1 (w3), data 1 (w1), people 0 (w5), web 1 (w2) → (3 + 1 + 0 + 2) / 11 = 0.5454…→ 0.5455
      const profile = scoreResponse(questionnaire, { site: 'partly', backup: 'yes', domain: 'na' });
      expect(profile.overall.coverage).toBe(0.5455);
    });

    it('when no area has a score, then the overall index and level are null', () => {
      const profile = scoreResponse(questionnaire, {});
      expect(profile.overall).toEqual({ score: null, level: null, coverage: 0 });
    });

    it('when a response scores exactly 25, then its area and overall level is the one starting at 25', () => {
      const scale = buildQuestionnaire({ questions: [scaleQuestion('q')] });
      // 1 of 0-4 → 1/4 = 25
      const profile = scoreResponse(scale, { q: 1 });
      const comms = findArea(profile, 'comms');
      expect(comms.score).toBe(25);
      expect(comms.level).toBe('developing');
      expect(comms.explanation.level).toEqual({ min: 25, max: 50 });
      expect(profile.overall).toMatchObject({ score: 25, level: 'developing' });
    });

    it('when a response scores exactly 100, then it reaches the top level', () => {
      const profile = scoreResponse(questionnaire, {
        site: 'yes',
        backup: 'yes',
        volunteers: 'yes',
        domain: 'yes',
      });
      expect(findArea(profile, 'comms')).toMatchObject({ score: 100, level: 'expert' });
      expect(profile.overall).toMatchObject({ score: 100, level: 'expert', coverage: 1 });
    });

    it('when a response scores 0, then it is at the first level', () => {
      const profile = scoreResponse(questionnaire, { site: 'no' });
      expect(findArea(profile, 'comms')).toMatchObject({ score: 0, level: 'beginner' });
    });
  });
});
