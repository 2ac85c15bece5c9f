import { describe, expect, it } from 'vitest';
import {
  buildActionPlan,
  scoreResponse,
  type Answers,
  type Questionnaire,
} from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  contextQuestion,
  notApplicable,
  option,
  recommendation,
  singleQuestion,
  text,
  type RecommendationInput,
} from '../../support/build-questionnaire.js';

/**
 * comms (weight 2): site, social (weight 3), updates (shown when site is yes or partly);
 * data (weight 1): backup. Context: size.
 */
function questionnaireWith(
  recommendations: RecommendationInput[],
  defaultLocale = 'fr',
): Questionnaire {
  return buildQuestionnaire({
    defaultLocale,
    areas: [area('comms', 2), area('data', 1)],
    contextQuestions: [contextQuestion('size', ['small', 'large'])],
    questions: [
      singleQuestion('site'), // yes 2, partly 1, no 0
      singleQuestion('social', { weight: 3 }),
      singleQuestion('updates', { showIf: { question: 'site', anyOf: ['yes', 'partly'] } }),
      singleQuestion('backup', {
        area: 'data',
        options: [option('yes', 2), option('partly', 1), option('no', 0), notApplicable()],
      }),
    ],
    recommendations,
  });
}

function plan(questionnaire: Questionnaire, answers: Answers, locale = 'en') {
  return buildActionPlan(questionnaire, answers, scoreResponse(questionnaire, answers), locale);
}

const ids = (questionnaire: Questionnaire, answers: Answers) =>
  plan(questionnaire, answers).items.map((item) => item.id);

/** The ids that fired, whatever their rank. */
const fired = (questionnaire: Questionnaire, answers: Answers) =>
  ids(questionnaire, answers).sort();

describe('buildActionPlan', () => {
  describe('answer triggers', () => {
    const questionnaire = questionnaireWith([
      recommendation('make-site', {
        trigger: { answer: { question: 'site', anyOf: ['no', 'partly'] } },
      }),
      recommendation('post-more', { trigger: { answer: { question: 'updates', anyOf: ['no'] } } }),
    ]);

    it('when the answer is one of the listed options, then the recommendation fires', () => {
      expect(ids(questionnaire, { site: 'no' })).toEqual(['make-site']);
      expect(ids(questionnaire, { site: 'partly' })).toEqual(['make-site']);
    });

    it('when the answer is not a listed option, then it does not fire', () => {
      expect(ids(questionnaire, { site: 'yes' })).toEqual([]);
    });

    it('when the question is unanswered, then it does not fire', () => {
      expect(ids(questionnaire, {})).toEqual([]);
    });

    it('when the question is hidden, then it does not fire, whatever was answered before', () => {
      // updates "no" was answered, but site "no" hides updates
      expect(ids(questionnaire, { site: 'no', updates: 'no' })).toEqual(['make-site']);
      // shown again: fires, and ranks first: shown comms weight = 1 + 3 + 1 = 5;
      // post-more gap (1 - 0) × 1/5 = 0.2 > make-site gap (1 - 1/2) × 1/5 = 0.1
      expect(ids(questionnaire, { site: 'partly', updates: 'no' })).toEqual([
        'post-more',
        'make-site',
      ]);
    });

    it('when it fires, then the item carries the gap the question leaves in its area and its priority', () => {
      // site no: score 0; shown comms weight = site 1 + social 3 = 4 (updates hidden) → gap = (1 - 0) * 1/4 = 0.25
      // priority = gap 0.25 × area weight 2/2 × impact medium 2 / effort low 1 = 0.5
      const [item] = plan(questionnaire, { site: 'no' }).items;
      expect(item).toEqual({
        id: 'make-site',
        areaId: 'comms',
        title: 'Do make-site',
        text: 'How to do make-site',
        horizon: 'quickWin',
        effort: 'low',
        impact: 'medium',
        trigger: 'answer',
        gap: 0.25,
        priority: 0.5,
        resources: [],
      });
    });
  });

  describe('area score triggers', () => {
    const band = (id: string, min: number, max: number) =>
      recommendation(id, { area: 'data', trigger: { areaScore: { min, max } } });
    const questionnaire = questionnaireWith([
      band('low', 0, 50),
      band('middle', 50, 75),
      band('high', 75, 100),
      band('almost-all', 50, 99),
      recommendation('default-min', { area: 'data', trigger: { areaScore: { max: 25 } } }),
    ]);

    it("when the area score equals the band's max, then it is outside [min, max); at its min, inside", () => {
      // backup partly → data = 50: not in [0, 50), in [50, 75) and [50, 99)
      expect(fired(questionnaire, { backup: 'partly' })).toEqual(['almost-all', 'middle']);
    });

    it('when the area score is 100 and the band ends at 100, then 100 is inside the band', () => {
      // backup yes → data = 100: in [75, 100], not in [50, 99)
      expect(ids(questionnaire, { backup: 'yes' })).toEqual(['high']);
    });

    it('when the band gives only a max, then it starts at 0', () => {
      // backup no → data = 0: in [0, 50) and [0, 25)
      expect(fired(questionnaire, { backup: 'no' })).toEqual(['default-min', 'low']);
    });

    it('when it fires, then the gap is the distance to the top of the band', () => {
      // data = 50 in [50, 75): gap = (75 - 50) / 100 = 0.25
      // priority = 0.25 × area weight 1/2 × impact medium 2 / effort low 1 = 0.25
      const middle = plan(questionnaire, { backup: 'partly' }).items.find(
        (item) => item.id === 'middle',
      );
      expect(middle).toMatchObject({ trigger: 'areaScore', gap: 0.25, priority: 0.25 });
    });

    it('when the area has too few answers for a score, then no band fires', () => {
      expect(ids(questionnaire, { site: 'no' })).toEqual([]);
    });

    it('when the area is not applicable, then no band fires', () => {
      expect(ids(questionnaire, { backup: 'na' })).toEqual([]);
    });
  });

  describe('contexts', () => {
    const questionnaire = questionnaireWith([
      recommendation('small-only', { contexts: [{ question: 'size', anyOf: ['small'] }] }),
      recommendation('everyone'),
    ]);

    it('when the context answer does not match, then the recommendation is left out', () => {
      expect(ids(questionnaire, { size: 'large', site: 'no' })).toEqual(['everyone']);
    });

    it('when the context answer matches, then the recommendation is kept', () => {
      expect(ids(questionnaire, { size: 'small', site: 'no' })).toEqual(['small-only', 'everyone']);
    });

    it('when the context question is unanswered, then the recommendation is kept', () => {
      expect(ids(questionnaire, { site: 'no' })).toEqual(['small-only', 'everyone']);
    });

    it('when the context matches but the trigger does not hold, then nothing fires', () => {
      expect(ids(questionnaire, { size: 'small', site: 'yes' })).toEqual([]);
    });
  });

  describe('horizons', () => {
    const questionnaire = questionnaireWith([
      recommendation('heavy', { effort: 'high' }),
      recommendation('medium', { effort: 'medium' }),
      recommendation('light', { effort: 'low' }),
      recommendation('light-but-long', { effort: 'low', horizon: 'oneYear' }),
    ]);
    const horizons = () =>
      Object.fromEntries(
        plan(questionnaire, { site: 'no' }).items.map((item) => [item.id, item.horizon]),
      );

    it('when no horizon is given, then low effort is a quick win, medium three months, high a year', () => {
      expect(horizons()).toMatchObject({
        light: 'quickWin',
        medium: 'threeMonths',
        heavy: 'oneYear',
      });
    });

    it('when a horizon is given, then it overrides the one from effort', () => {
      expect(horizons()['light-but-long']).toBe('oneYear');
    });
  });

  describe('ordering', () => {
    it('when horizons differ, then the horizon orders before the priority', () => {
      const questionnaire = questionnaireWith([
        // priority 0.25 × 1 × 3/1 = 0.75, but a year
        recommendation('urgent-long', { effort: 'low', impact: 'high', horizon: 'oneYear' }),
        // priority 0.25 × 1 × 1/3 = 0.083, but a quick win
        recommendation('minor-quick', { effort: 'high', impact: 'low', horizon: 'quickWin' }),
        // three months
        recommendation('middle', { effort: 'medium' }),
      ]);
      expect(ids(questionnaire, { site: 'no' })).toEqual(['minor-quick', 'middle', 'urgent-long']);
    });

    it('when horizons are equal, then the higher priority comes first (gap × area weight share × impact / effort)', () => {
      const questionnaire = questionnaireWith([
        recommendation('comms-band', {
          effort: 'medium',
          impact: 'medium',
          trigger: { areaScore: { min: 25, max: 50 } },
        }),
        recommendation('backup-cloud', {
          area: 'data',
          effort: 'medium',
          impact: 'medium',
          trigger: { answer: { question: 'backup', anyOf: ['partly', 'no'] } },
        }),
        recommendation('make-site', {
          effort: 'medium',
          impact: 'high',
          trigger: { answer: { question: 'site', anyOf: ['no'] } },
        }),
      ]);
      // comms: site no = 0 (w1), social partly = 1/2 (w3), updates hidden → (0 + 1.5) / 4 = 37.5
      // data: backup partly = 50
      // make-site:    gap (1 - 0) × 1/4 = 0.25;  priority 0.25 × 2/2 × 3/2 = 0.375
      // backup-cloud: gap (1 - 0.5) × 1/1 = 0.5; priority 0.5 × 1/2 × 2/2 = 0.25
      // comms-band:   gap (50 - 37.5)/100 = 0.125; priority 0.125 × 2/2 × 2/2 = 0.125
      const items = plan(questionnaire, { site: 'no', social: 'partly', backup: 'partly' }).items;
      expect(items.map((item) => [item.id, item.horizon, item.gap, item.priority])).toEqual([
        ['make-site', 'threeMonths', 0.25, 0.375],
        ['backup-cloud', 'threeMonths', 0.5, 0.25],
        ['comms-band', 'threeMonths', 0.125, 0.125],
      ]);
    });

    it('when horizon and priority are equal, then the document order decides', () => {
      const questionnaire = questionnaireWith([
        recommendation('zeta'),
        recommendation('alpha'),
        recommendation('mu'),
      ]);
      expect(ids(questionnaire, { site: 'no' })).toEqual(['zeta', 'alpha', 'mu']);
    });
  });

  describe('locale', () => {
    const withResource = recommendation('cnil', {
      title: text('Protect your data', 'Protégez vos données'),
      text: text('Read the guide', 'Lisez le guide'),
      resources: [{ title: text('CNIL guide', 'Guide de la CNIL'), url: 'https://www.cnil.fr/' }],
    });

    it('when a locale the questionnaire provides is asked, then title, text and resources are in it', () => {
      const questionnaire = questionnaireWith([withResource]);
      expect(plan(questionnaire, { site: 'no' }, 'en').items[0]).toMatchObject({
        title: 'Protect your data',
        text: 'Read the guide',
        resources: [{ title: 'CNIL guide', url: 'https://www.cnil.fr/' }],
      });
      expect(plan(questionnaire, { site: 'no' }, 'fr').items[0]).toMatchObject({
        title: 'Protégez vos données',
        text: 'Lisez le guide',
        resources: [{ title: 'Guide de la CNIL', url: 'https://www.cnil.fr/' }],
      });
    });

    it('when a locale the questionnaire lacks is asked, then the default locale is used', () => {
      const frenchFirst = questionnaireWith([withResource], 'fr');
      expect(plan(frenchFirst, { site: 'no' }, 'de').items[0]).toMatchObject({
        title: 'Protégez vos données',
        text: 'Lisez le guide',
        resources: [{ title: 'Guide de la CNIL' }],
      });
      const englishFirst = questionnaireWith([withResource], 'en');
      expect(plan(englishFirst, { site: 'no' }, 'de').items[0]).toMatchObject({
        title: 'Protect your data',
        text: 'Read the guide',
        resources: [{ title: 'CNIL guide' }],
      });
    });
  });
});
