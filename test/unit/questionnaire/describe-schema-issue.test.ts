import { describe, expect, it } from 'vitest';
import { exampleLocales, parseQuestionnaire } from '../../../src/domain/index.js';
import { miniDocument, type JsonDocument } from '../../support/questionnaire-folder.js';

/** The schema problems of a broken document, as `pointer: message`. */
function problemsOf(doc: JsonDocument): string[] {
  const parsed = parseQuestionnaire(doc);
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.pointer}: ${issue.message}`);
}

/** The mini fixture with every text in English only. */
function englishOnly(): JsonDocument {
  const doc = miniDocument();
  const keepEnglish = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(keepEnglish);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    if (entries.some(([key]) => key === 'fr') && entries.some(([key]) => key === 'en')) {
      return { en: (value as Record<string, unknown>).en };
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, keepEnglish(inner)]));
  };
  return { ...(keepEnglish(doc) as JsonDocument), locales: ['en'], defaultLocale: 'en' };
}

describe('schema problems in words', () => {
  describe('the offending value', () => {
    it('when ids break the identifier rule, then each message quotes its own id, says the rule exactly and offers one that follows it', () => {
      const doc = miniDocument();
      doc.questions[0].id = 'SME.Q1.R6';
      doc.questions[2].id = 'Canaux de diffusion';

      expect(problemsOf(doc).slice(0, 2)).toEqual([
        '/questions/0/id: "SME.Q1.R6" is not a valid id (1 to 64 lower-case letters a-z, digits, "-" or "_", starting with a letter or a digit): write it "sme-q1-r6", for example',
        '/questions/2/id: "Canaux de diffusion" is not a valid id (1 to 64 lower-case letters a-z, digits, "-" or "_", starting with a letter or a digit): write it "canaux-de-diffusion", for example',
      ]);
    });

    it('when no id can be made of the value, then none is offered', () => {
      const doc = miniDocument();
      doc.areas[1].id = '--';

      expect(problemsOf(doc)[0]).toBe(
        '/areas/1/id: "--" is not a valid id (1 to 64 lower-case letters a-z, digits, "-" or "_", starting with a letter or a digit)',
      );
    });

    it('when the value is long, then it is quoted short', () => {
      const doc = miniDocument();
      doc.questions[0].id = `Q${'x'.repeat(200)}`;
      doc.areas[0].weight = { fr: 'Une pondération écrite en toutes lettres, bien trop longue' };

      const [weight, id] = problemsOf(doc);

      expect(weight).toBe(
        '/areas/0/weight: expected a number (without quotes), found { "fr": "Une pondération écrite en toutes lettr… }',
      );
      expect(id).toMatch(/^\/questions\/0\/id: "Qx{48}…" is not a valid id/);
    });

    it('when a value is out of its list or its range, then the message quotes it', () => {
      const doc = miniDocument();
      doc.recommendations[0].effort = 'tiny';
      doc.questions[2].weight = 0;
      doc.levels[3].max = 120;
      doc.questions[1].options = [doc.questions[1].options[0]];
      doc.version = '1.0';
      doc.recommendations[0].resources = [{ title: { fr: 'CNIL', en: 'CNIL' }, url: 'cnil.fr' }];
      delete doc.recommendations[1].impact;

      expect(problemsOf(doc).sort()).toEqual(
        [
          '/version: "1.0" is not a semantic version: use three numbers such as 1.0.0, optionally with a suffix such as 2.0.0-beta.1',
          '/recommendations/0/effort: "tiny" is not one of "low", "medium", "high"',
          '/recommendations/1/impact: the field "impact" is missing: use one of "low", "medium", "high"',
          '/recommendations/0/resources/0/url: use an http(s) address, such as "https://www.example.org/", found "cnil.fr"',
          '/questions/2/weight: a weight must be above 0, found 0',
          '/levels/3/max: expected a number at most 100, found 120',
          '/questions/1/options: expected a list of at least 2 items, found 1',
        ].sort(),
      );
    });

    it('when a key of a text is not a language code, then the pointer names the key and the message says what a code is', () => {
      const doc = miniDocument();
      doc.title = { FR: 'Mini diagnostic', en: 'Mini diagnosis' };

      expect(problemsOf(doc)).toEqual([
        '/title/FR: "FR" is not a language code: use two lower-case letters such as "fr" or "en", optionally with a region such as "fr-BE"',
      ]);
    });
  });

  describe('examples in the file’s own locales', () => {
    it('when an English-only file lacks a text, then the example is in English only', () => {
      const doc = englishOnly();
      delete doc.title;

      expect(problemsOf(doc)).toEqual([
        '/title: the field "title" is missing: expected a text in each locale, such as { "en": "…" }',
      ]);
    });

    it('when a file in French and English gives a plain string for a text, then the example has both', () => {
      const doc = miniDocument();
      doc.questions[0].title = 'Avez-vous un site web ?';

      expect(problemsOf(doc)).toEqual([
        '/questions/0/title: expected a text in each locale, such as { "fr": "…", "en": "…" }, found "Avez-vous un site web ?"',
      ]);
    });

    it('when level texts are not an object, then the example keys them by level id, in the file’s locales', () => {
      const doc = englishOnly();
      doc.areas[0].levelTexts = 'Beginners start here';

      expect(problemsOf(doc)).toEqual([
        '/areas/0/levelTexts: expected an object of texts keyed by level id, such as { "<level id>": { "en": "…" } }, found "Beginners start here"',
      ]);
    });

    it('when the locales cannot be read, then the default locale, else French and English, are shown', () => {
      expect(exampleLocales({ locales: ['de', 'it'] })).toEqual(['de', 'it']);
      expect(exampleLocales({ locales: 'de', defaultLocale: 'de' })).toEqual(['de']);
      expect(exampleLocales({ locales: ['DE'] })).toEqual(['fr', 'en']);
      expect(exampleLocales(null)).toEqual(['fr', 'en']);
    });
  });
});
