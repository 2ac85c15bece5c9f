import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/domain/index.js';
import { ADVANCED, EARLY } from '../../support/facilitator-api.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { teamApi } from '../../support/team-api.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

/**
 * Three members of one association answer the mini fixture (test/support/facilitator-api.ts):
 *   owner  EARLY:    comm 0, data 50 (gdpr 0 -> 0, payroll yes -> 1), overall 16.7.
 *   Bruno  ADVANCED: comm 100, data 100 (payroll hidden), overall 100.
 *   Chloé  MIDDLE:   site yes (1), monthly (0.5), social only (1/2, weight 2):
 *                    comm (1 + 0.5 + 2 × 0.5) / 4 = 62.5; gdpr 1 -> 1/4 = 25, payroll hidden:
 *                    data 25; overall (2 × 62.5 + 1 × 25) / 3 = 50.
 */
const MIDDLE: Answers = {
  employees: 'none',
  site: 'yes',
  'site-updates': 'monthly',
  channels: ['social'],
  gdpr: 1,
};

describe('the combined profile of a team, over real submitted responses', () => {
  const env = useRespondentApp();
  const team = () => teamApi(env.testApp.app);

  async function teamOfThree() {
    const owner = await env.api.started({
      questionnaireId: 'mini',
      associationName: 'Les Amis du Vélo',
    });
    const code = await team().invited(owner);
    const bruno = await team().joined(code, { displayName: 'Bruno' });
    const chloe = await team().joined(code, { displayName: 'Chloé', locale: 'en' });
    // A fourth who has only started: listed, but in no figure.
    const late = await team().joined(code);
    await env.api.saved(late.id, late.token, { site: 'no', gdpr: 4 });
    await team().submitted(owner, EARLY);
    await team().submitted(bruno, ADVANCED);
    await team().submitted(chloe, MIDDLE);
    return { owner, bruno, chloe, late };
  }

  test('when three members have submitted, then each area is their mean, range and deviation', async () => {
    const { bruno } = await teamOfThree();

    const view = await team().viewed(bruno);

    expect(view.combined).toEqual({
      // (16.7 + 100 + 50) / 3 = 55.57 -> 55.6, advanced [50, 75); deviations -38.9, 44.4, -5.6:
      // (1512.1 + 1974.3 + 31.8) / 3 = 1172.7, sqrt = 34.2.
      overall: { n: 3, mean: 55.6, min: 16.7, max: 100, stdDev: 34.2, level: 'advanced' },
      areas: [
        // comm: (0 + 100 + 62.5) / 3 = 54.17 -> 54.2, advanced; deviations -54.17, 45.83,
        // 8.33: (2934.0 + 2100.7 + 69.4) / 3 = 1701.4, sqrt = 41.25 -> 41.2.
        { areaId: 'comm', n: 3, mean: 54.2, min: 0, max: 100, stdDev: 41.2, level: 'advanced' },
        // data: (50 + 100 + 25) / 3 = 58.33 -> 58.3, advanced; deviations -8.33, 41.67, -33.33:
        // (69.4 + 1736.1 + 1111.1) / 3 = 972.2, sqrt = 31.18 -> 31.2.
        { areaId: 'data', n: 3, mean: 58.3, min: 25, max: 100, stdDev: 31.2, level: 'advanced' },
      ],
    });
    expect(view.members.map((m) => [m.number, m.displayName, m.status, m.overallScore])).toEqual([
      [1, null, 'submitted', 16.7],
      [2, 'Bruno', 'submitted', 100],
      [3, 'Chloé', 'submitted', 50],
      [4, null, 'draft', null],
    ]);
    expect(view.members[3]?.areaScores).toEqual({ comm: null, data: null });
  });

  test('when members disagree on questions, then the most divergent come first with their answer counts', async () => {
    const { owner } = await teamOfThree();

    const { topics, discussionThreshold } = await team().viewed(owner);

    expect(discussionThreshold).toBe(25);
    expect(topics).toEqual([
      // site: no 0, yes 100, yes 100: mean 66.67, deviation sqrt((4444.4 + 1111.1 × 2) / 3) = 47.1.
      {
        questionId: 'site',
        areaId: 'comm',
        n: 3,
        divergence: 47.1,
        toDiscuss: true,
        distribution: [
          { answer: 'no', count: 1 },
          { answer: 'yes', count: 2 },
        ],
      },
      // gdpr: 0, 4 -> 100, 1 -> 25: mean 41.67; (1736.1 + 3402.8 + 277.8) / 3 = 1805.6 -> 42.5.
      {
        questionId: 'gdpr',
        areaId: 'data',
        n: 3,
        divergence: 42.5,
        toDiscuss: true,
        distribution: [
          { answer: '0', count: 1 },
          { answer: '1', count: 1 },
          { answer: '4', count: 1 },
        ],
      },
      // channels: none 0, both 100, social 50: mean 50, sqrt((2500 + 2500 + 0) / 3) = 40.8.
      {
        questionId: 'channels',
        areaId: 'comm',
        n: 3,
        divergence: 40.8,
        toDiscuss: true,
        distribution: [
          { answer: 'newsletter', count: 1 },
          { answer: 'social', count: 2 },
          { answer: 'none', count: 1 },
        ],
      },
      // site-updates: hidden for the owner (no site); weekly 100, monthly 50: deviation 25,
      // exactly the threshold. payroll: only the owner sees it, nothing to compare.
      {
        questionId: 'site-updates',
        areaId: 'comm',
        n: 2,
        divergence: 25,
        toDiscuss: true,
        distribution: [
          { answer: 'monthly', count: 1 },
          { answer: 'weekly', count: 1 },
        ],
      },
    ]);
  });

  test('when the team PDF is asked, then it prints the combined figures, the topics and the agreements, the same bytes each time', async () => {
    const { owner, chloe } = await teamOfThree();
    await team().agree(owner.id, owner.token, 'comm', {
      level: 'progressing',
      note: 'Le site existe mais personne ne le met à jour.',
    });

    const first = await team().report(chloe.id, chloe.token, 'fr');
    const again = await team().report(owner.id, owner.token, 'fr');

    expect(first.statusCode).toBe(200);
    expect(first.headers['content-disposition']).toMatch(
      /^attachment; filename="diagnostic-equipe-mini-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expect(Buffer.compare(first.rawPayload, again.rawPayload)).toBe(0);
    const file = keepPdf('team-report-fr', first.rawPayload);
    expect((await qpdfCheck(file)).code).toBe(0);
    const text = searchable((await readPdf(first.rawPayload)).text);
    expect(text).toContain('Les Amis du Vélo');
    expect(text).toContain('4 membres dans l’équipe · 3 diagnostics envoyés');
    expect(text).toContain('Indice global de l’équipe : 55,6 / 100, Avancé (moyenne de 3 membres)');
    expect(text).toContain('Communication 54,2 Avancé 0 – 100 41,2 3');
    expect(text).toContain('Avez-vous un site web ?');
    expect(text).toContain('Oui : 2');
    expect(text).toContain('Le site existe mais personne ne le met à jour.');
    expect(text).toContain('Membre 4');
    // Scores, never who answered what: no member's name next to an answer.
    expect(text).not.toMatch(/Bruno\s*:/);

    const englishPdf = (await team().report(chloe.id, chloe.token)).rawPayload;
    keepPdf('team-report-en', englishPdf);
    const english = searchable((await readPdf(englishPdf)).text);
    // Chloé answered in English: without ?lang, her report is in her language.
    expect(english).toContain('4 members in the team · 3 diagnoses submitted');
    expect(english).toContain('Communication 54.2 Advanced 0 – 100 41.2 3');
  });
});
