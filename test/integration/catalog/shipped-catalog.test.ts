import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';

const SHIPPED = fileURLToPath(new URL('../../../questionnaires', import.meta.url));

describe('the questionnaires the product ships', () => {
  test('when the catalog loads the questionnaires folder, then it offers both questionnaires, each in French and English', async () => {
    const catalog = await loadCatalog(SHIPPED);

    const ids = catalog.list().map((entry) => entry.questionnaire.id);
    expect(ids).toEqual(['asso-numerique', 'competences-benevoles']);
    for (const id of ids) {
      const latest = catalog.find(id)!.questionnaire;
      expect(latest.version).toBe('1.0.0');
      expect(latest.locales).toEqual(['fr', 'en']);
      expect(latest.defaultLocale).toBe('fr');
    }
    expect(catalog.find('competences-benevoles', '1.0.0')?.questionnaire.title).toEqual({
      fr: 'Compétences numériques des bénévoles et salariés',
      en: 'Digital skills of volunteers and staff',
    });
  });
});
