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
      'competences-benevoles@1.0.0',
    ]);
    const latestVersions = { 'asso-numerique': '1.1.0', 'competences-benevoles': '1.0.0' };
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
});
