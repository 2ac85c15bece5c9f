import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';

const SHIPPED = fileURLToPath(new URL('../../../questionnaires', import.meta.url));

describe('the questionnaires the product ships', () => {
  test('when the catalog loads the questionnaires folder, then it offers both questionnaires, each in French and English', async () => {
    const catalog = await loadCatalog(SHIPPED);

    // Every version is listed: asso-numerique 1.0.0 stays for the responses started on it.
    const versions = catalog
      .list()
      .map((entry) => entry.questionnaire.id + '@' + entry.questionnaire.version);
    expect(versions).toEqual([
      'asso-numerique@1.0.0',
      'asso-numerique@1.1.0',
      'asso-numerique@1.2.0',
      'competences-benevoles@1.0.0',
      'competences-benevoles@1.1.0',
    ]);
    const latestVersions = { 'asso-numerique': '1.2.0', 'competences-benevoles': '1.1.0' };
    for (const [id, version] of Object.entries(latestVersions)) {
      const latest = catalog.find(id)!.questionnaire;
      expect(latest.version).toBe(version);
      expect(latest.locales).toEqual(['fr', 'en']);
      expect(latest.defaultLocale).toBe('fr');
    }
    expect(catalog.find('competences-benevoles', '1.0.0')?.questionnaire.title).toEqual({
      fr: 'Compétences numériques des bénévoles et salariés',
      en: 'Digital skills of volunteers and staff',
    });
  });

  test('when the latest versions are read, then every area has a text for every level, who answers is said, and 1.0.0 answers still carry over', async () => {
    const catalog = await loadCatalog(SHIPPED);
    for (const id of ['asso-numerique', 'competences-benevoles']) {
      const { areas, levels } = catalog.find(id)!.questionnaire;
      for (const area of areas) {
        expect(Object.keys(area.levelTexts ?? {})).toEqual(levels.map((level) => level.id));
      }
      // Written for the area: no two areas share a text.
      const texts = areas.flatMap((area) => Object.values(area.levelTexts!).map((t) => t.fr));
      expect(new Set(texts).size).toBe(texts.length);
    }
    expect(catalog.find('asso-numerique')!.questionnaire.respondent).toBe('association');
    expect(catalog.find('competences-benevoles')!.questionnaire.respondent).toBe('person');
    // Taking a 1.0.0 diagnosis again lands on the latest version: it keeps 1.1.0's renames.
    expect(catalog.find('asso-numerique', '1.2.0')!.questionnaire.carryOver).toEqual(
      catalog.find('asso-numerique', '1.1.0')!.questionnaire.carryOver,
    );
    const budget = catalog
      .find('asso-numerique')!
      .questionnaire.contextQuestions.find((question) => question.id === 'budget')!;
    expect(budget.options.map((option) => option.capacity)).toEqual([
      'low',
      'medium',
      'high',
      'high',
    ]);
  });
});
