import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildActionPlan,
  scoreResponse,
  type Answers,
  type Questionnaire,
} from '../../../src/domain/index.js';
import { findArea, findExplanation } from '../../support/find-area.js';
import { skillsQuestionnaire } from '../../support/skills-questionnaire.js';

/**
 * A volunteer who rarely uses a computer, answering competences-benevoles (coverage threshold
 * 0.6, "I don't know" left out unless a question says otherwise). The scores by hand:
 *
 * - messagerie: address 1/3 (w1), e-mail skills 2 of 5 ticks (w2), shared documents "never" 0
 *   (w1), so the ease scale is hidden and its answer ignored; versions unanswered (w1).
 *   Coverage 4/5 = 0.8; (1/3 + 2 x 2/5 + 0) / 4 = 17/60 -> 28.3, "À découvrir".
 * - securite: passwords 2/3 (w2); two-factor "I don't know", which this question scores as the
 *   lowest, 0; phishing scale 2 on 1-5 = 1/4, which shows the checks: 2 of 3 = 2/3; incident "I
 *   don't know" left out; updates 1. Coverage 1; (4/3 + 0 + 1/4 + 2/3 + 1) / 6 = 13/24 -> 54.2.
 * - reseaux: role "share" 1/3 hides posting skills, and so the statistics question that reads
 *   them; image rights 1/2; comments 1. (1/3 + 1/2 + 1) / 3 = 11/18 -> 61.1.
 * - donnees: where 1 of a best 3 (0 + 1 of paper 0, own computer 0, sheet 1, software 2); sending
 *   not applicable; minimum 1/2; rights 1 on 1-5 = 0; clean-up unanswered. Coverage 4/5;
 *   (1/3 + 1/2 + 0) / 3 = 5/18 -> 27.8.
 * - nouvel-outil: ways 2/4; autonomy 4 on 0-10 by 2 = 0.4; choice 1/3; offers 1/2; Pix 0.
 *   (0.5 + 0.4 + 1/3 + 0.5 + 0) / 5 = 26/75 -> 34.7.
 * - reunions: only "with help" answered (w1) of 4 shown (skills w2, comfort w1): 0.25 < 0.6.
 *
 * Overall, areas weighted 1, 2, 1, 1.5, 1: (17/60 + 2 x 13/24 + 11/18 + 1.5 x 5/18 + 26/75)
 * x 100 / 6.5 = 42.2, "Les bases acquises".
 */
const VOLUNTEER: Answers = {
  role: 'volunteer',
  'team-age': 'over-60',
  'computer-use': 'rarely',
  'mail-address': 'personal-folder',
  'mail-skills': ['attachment', 'bcc'],
  'shared-docs': 'never',
  'shared-docs-ease': 1,
  passwords: 'notebook',
  'two-factor': 'dont-know',
  'phishing-confidence': 2,
  'phishing-checks': ['sender', 'call'],
  incident: ['dont-know'],
  updates: 'automatic',
  'social-role': 'share',
  'posting-skills': ['stats'],
  'stats-use': 'yes',
  'image-rights': 'oral',
  comments: 'yes',
  'data-where': ['own-computer', 'shared-sheet'],
  'data-sending': 'never',
  'data-minimum': 'think',
  'data-rights': 1,
  'learning-ways': ['colleague', 'trying'],
  'tool-autonomy': 4,
  'tool-choice': 'test',
  'free-resources': 'heard',
  pix: 'no',
  'visio-join': 'help',
};

describe('competences-benevoles 1.0.0 scored by hand', () => {
  let questionnaire: Questionnaire;
  beforeAll(async () => {
    questionnaire = await skillsQuestionnaire();
  });

  test('when a volunteer answers, then each area scores as worked out by hand, with its level', () => {
    const profile = scoreResponse(questionnaire, VOLUNTEER);

    const summary = profile.areas.map(({ id, score, level, status }) => ({
      id,
      score,
      level,
      status,
    }));
    expect(summary).toEqual([
      { id: 'messagerie', score: 28.3, level: 'a-decouvrir', status: 'scored' },
      { id: 'securite', score: 54.2, level: 'les-bases', status: 'scored' },
      { id: 'reseaux', score: 61.1, level: 'a-l-aise', status: 'scored' },
      { id: 'donnees', score: 27.8, level: 'a-decouvrir', status: 'scored' },
      { id: 'nouvel-outil', score: 34.7, level: 'les-bases', status: 'scored' },
      { id: 'reunions', score: null, level: null, status: 'insufficient' },
    ]);
    expect(profile.overall).toMatchObject({ score: 42.2, level: 'les-bases' });
  });

  test('when a condition no longer holds, then the question it hides is left out, and so is one whose condition reads it', () => {
    const profile = scoreResponse(questionnaire, VOLUNTEER);

    expect(findExplanation(findArea(profile, 'messagerie'), 'shared-docs-ease').outcome).toBe(
      'hidden',
    );
    const reseaux = findArea(profile, 'reseaux');
    expect(findExplanation(reseaux, 'posting-skills').outcome).toBe('hidden');
    expect(findExplanation(reseaux, 'stats-use').outcome).toBe('hidden');
    expect(findArea(profile, 'messagerie').coverage).toBe(0.8);
    expect(findArea(profile, 'reunions').coverage).toBe(0.25);
    expect(findArea(profile, 'securite').coverage).toBe(1);
  });

  test('when the phishing scale is 4, then the checks it showed are hidden and the security score changes accordingly', () => {
    // Passwords 4/3, two-factor 0, phishing 3/4, updates 1, checks hidden: 37/12 / 5 = 61.7.
    const profile = scoreResponse(questionnaire, { ...VOLUNTEER, 'phishing-confidence': 4 });

    const securite = findArea(profile, 'securite');
    expect(findExplanation(securite, 'phishing-checks').outcome).toBe('hidden');
    expect(securite.score).toBe(61.7);
  });

  test('when "I don\'t know" is answered, then two-factor scores it as the lowest while the incident question leaves it out', () => {
    const securite = findArea(scoreResponse(questionnaire, VOLUNTEER), 'securite');

    expect(findExplanation(securite, 'two-factor')).toMatchObject({
      outcome: 'dontKnow',
      score: 0,
    });
    expect(findExplanation(securite, 'incident')).toMatchObject({
      outcome: 'dontKnow',
      score: null,
    });
  });

  test('when the action plan is built, then answers, scale ranges, score bands and contexts fire their recommendations, and hidden questions fire none', () => {
    const profile = scoreResponse(questionnaire, VOLUNTEER);
    const plan = buildActionPlan(questionnaire, VOLUNTEER, profile, 'fr');
    const ids = plan.items.map((item) => item.id);

    expect(ids).toEqual(
      expect.arrayContaining([
        'rec-mail-basics', // a ticked checkbox
        'rec-two-factor', // "I don't know"
        'rec-phishing', // the scale in [1, 2]
        'rec-learn-basics', // the scale at most 4, for someone who rarely uses a computer
        'rec-gdpr-course', // the data score under 55
        'rec-incident-plan', // "I don't know" ticked alone
      ]),
    );
    // The ease scale is 1, but hidden; the security score is neither under 50 nor in [75, 100].
    expect(ids).not.toContain('rec-doc-filing');
    expect(ids).not.toContain('rec-security-champion');
    expect(ids).not.toContain('rec-security-training');
    expect(ids).not.toContain('rec-posting-skills');
    expect(plan.items.find((item) => item.id === 'rec-phishing')?.horizon).toBe('quickWin');
    expect(plan.items.find((item) => item.id === 'rec-gdpr-course')?.horizon).toBe('threeMonths');

    const computerDaily = buildActionPlan(
      questionnaire,
      { ...VOLUNTEER, 'computer-use': 'daily' },
      profile,
      'fr',
    );
    expect(computerDaily.items.map((item) => item.id)).not.toContain('rec-learn-basics');
  });
});
