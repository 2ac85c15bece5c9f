import { describe, expect, test } from 'vitest';
import en from '../../../web/locales/en.json' with { type: 'json' };
import fr from '../../../web/locales/fr.json' with { type: 'json' };
import facilitatorEn from '../../../web/locales/facilitator/en.json' with { type: 'json' };
import facilitatorFr from '../../../web/locales/facilitator/fr.json' with { type: 'json' };
import { formatMessage } from '../../../web/src/format-message.js';

const catalogues = {
  volunteer: { fr, en },
  facilitator: { fr: facilitatorFr, en: facilitatorEn },
} as const;

describe('the message catalogues', () => {
  test.each(Object.entries(catalogues))(
    'when the %s catalogue is read, then French and English have the same keys',
    (_, { fr, en }) => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    },
  );

  test('when both catalogues are read, then no key is in both (each is loaded on its own)', () => {
    const shared = Object.keys(facilitatorFr).filter((key) => key in fr);
    expect(shared).toEqual([]);
  });

  test('when every message is formatted, then each parses', () => {
    for (const [lang, catalogue] of [
      ['fr', { ...fr, ...facilitatorFr }],
      ['en', { ...en, ...facilitatorEn }],
    ] as const) {
      for (const message of Object.values(catalogue))
        expect(() => formatMessage(message, {}, lang)).not.toThrow();
    }
  });

  // "(s)" reads as a form to fill in: a count says its plural (Intl.PluralRules, via ICU).
  test.each(Object.entries(catalogues))(
    'when the %s catalogue is read, then no message writes a plural as "(s)"',
    (_, { fr, en }) => {
      const patched = Object.entries({ ...fr, ...en }).filter(([, message]) =>
        /\w\((s|es|x)\)/.test(message),
      );
      expect(patched).toEqual([]);
    },
  );
});
