import { describe, expect, test } from 'vitest';
import { localize, Questionnaire } from '../../../src/domain/index.js';
import { renderPaperQuestionnaire } from '../../../src/report/render-paper-questionnaire.js';
import { buildPaperQuestionnaire } from '../../../src/usecases/paper/build-paper-questionnaire.js';
import { buildQuestionnaireInput, scaleQuestion, text } from '../../support/build-questionnaire.js';
import { defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';

async function paper(questionnaire: Questionnaire, locale: string) {
  const bytes = await renderPaperQuestionnaire(buildPaperQuestionnaire(questionnaire, locale));
  return { bytes, pdf: await readPdf(bytes) };
}

describe('the blank paper questionnaire of asso-numerique', () => {
  test.each(['fr', 'en'])(
    'when printed in %s, then every question, option and help text is there, tagged, and qpdf finds it sound',
    async (locale) => {
      const questionnaire = await defaultQuestionnaire();
      const { bytes, pdf } = await paper(questionnaire, locale);
      // A line may break after a hyphen ("compte-" / "rendu"): joined back on both sides.
      const joined = (value: string) => searchable(value).replaceAll('- ', '-');
      const content = joined(pdf.content);
      const text = (value: Parameters<typeof localize>[0]) =>
        joined(localize(value, locale, questionnaire.defaultLocale));
      const all = [...questionnaire.contextQuestions, ...questionnaire.questions];
      for (const question of all) {
        expect(content).toContain(text(question.title));
        if (question.help) expect(content).toContain(text(question.help));
        for (const option of question.options) expect(content).toContain(text(option.label));
      }
      for (const area of questionnaire.areas) expect(content).toContain(text(area.title));
      for (const level of questionnaire.levels) expect(content).toContain(text(level.title));
      expect(pdf.marked).toBe(true);
      expect(pdf.language).toBe(locale);
      expect(pdf.pages.every((page) => page.tagged && page.untagged.trim() === '')).toBe(true);
      const file = keepPdf(`paper-asso-numerique-${locale}`, bytes);
      expect((await qpdfCheck(file)).code).toBe(0);
    },
  );

  test('when printed in French, then it names the cover fields, the multiple choices, the conditions and the scoring grid', async () => {
    const questionnaire = await defaultQuestionnaire();
    const { pdf } = await paper(questionnaire, 'fr');
    const content = searchable(pdf.content);
    expect(content).toContain('Nom de l’association :');
    expect(content).toContain('Plusieurs réponses possibles');
    expect(content).toMatch(/Si vous avez répondu « .+? » à la question \d+ :/);
    expect(content).toContain('La grille de calcul');
    expect(content).toContain('Les domaines et leur poids');
  });

  test('when printed twice, then the bytes are the same', async () => {
    const questionnaire = await defaultQuestionnaire();
    const first = await paper(questionnaire, 'fr');
    const second = await paper(questionnaire, 'fr');
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });
});

describe('a scale in half steps with a label for every value, on paper', () => {
  test('when printed in French, then each value has its box, written with a decimal comma, and its label underneath', async () => {
    const questionnaire = Questionnaire.parse(
      buildQuestionnaireInput({
        questions: [
          scaleQuestion('maturity', {
            min: 0,
            max: 2,
            step: 0.5,
            stepLabels: ['non utilisé', 'envisagé', 'prototypage', 'en test', 'opérationnel'].map(
              (fr) => text(fr, fr),
            ),
          }),
        ],
      }),
    );
    const { pdf } = await paper(questionnaire, 'fr');
    const content = searchable(pdf.content);

    expect(content).toContain(
      '0 = non utilisé · 0,5 = envisagé · 1 = prototypage · 1,5 = en test · 2 = opérationnel',
    );
    for (const value of ['0,5', '1,5']) expect(content).toContain(value);
  });
});
