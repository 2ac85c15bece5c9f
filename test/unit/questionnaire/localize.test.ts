import { describe, expect, it } from 'vitest';
import { localize } from '../../../src/domain/index.js';

describe('localize', () => {
  it('when the wanted locale is present, then its text is returned', () => {
    expect(localize({ fr: 'Oui', en: 'Yes' }, 'en', 'fr')).toBe('Yes');
  });

  it('when the wanted locale is missing, then the fallback locale is used', () => {
    expect(localize({ fr: 'Oui', en: 'Yes' }, 'de', 'fr')).toBe('Oui');
  });

  it('when both are missing, then the first text written is used', () => {
    expect(localize({ es: 'Sí', it: 'Sì' }, 'de', 'fr')).toBe('Sí');
  });
});
