import { describe, expect, it } from 'vitest';
import { questionnaireWarnings, type QuestionnaireInput } from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  option,
  scaleQuestion,
  singleQuestion,
  type QuestionInput,
} from '../../support/build-questionnaire.js';

/** A question of area "tools" titled in French (the default locale) and English. */
function titled(
  id: string,
  fr: string,
  overrides: Partial<Extract<QuestionInput, { type: 'single' }>> = {},
) {
  return singleQuestion(id, { area: 'tools', title: { fr, en: `en: ${fr}` }, ...overrides });
}

/** Area "tools": a question, the given ones, another question; area "comms" keeps "site". */
function warningsWith(
  questions: QuestionInput[],
  overrides: Partial<QuestionnaireInput> = {},
): string[] {
  const questionnaire = buildQuestionnaire({
    areas: [area('comms'), area('tools')],
    questions: [
      singleQuestion('site'),
      singleQuestion('news'),
      titled('budget', 'Avez-vous un budget pour vos outils ?'),
      ...questions,
      titled('training', 'Vos bénévoles sont-ils formés à ces outils ?'),
    ],
    ...overrides,
  });
  return questionnaireWarnings(questionnaire).map((w) => `${w.pointer}: ${w.message}`);
}

const row = (id: string, tool: string, overrides = {}) =>
  titled(id, `Quels outils utilisez-vous : ${tool}`, overrides);

describe('a grid split into rows', () => {
  it('when three consecutive questions of an area share their options and the text before a colon, each weighing a whole question, then it warns with their summed weight and what to do', () => {
    const warnings = warningsWith([
      row('tool-email', 'courriel'),
      row('tool-agenda', 'agenda partagé'),
      row('tool-drive', 'espace de fichiers'),
    ]);

    // Rows weigh 1 each: 3 together, where "budget" and "training" weigh 1: 3 questions' worth.
    expect(warnings).toEqual([
      '/questions/3: questions "tool-email" to "tool-drive" (/questions/3 to /questions/5) look like the 3 rows of one grid, "Quels outils utilisez-vous": same options, titles starting the same. ' +
        'Together they weigh 3, where each other question of area "tools" weighs 1: the grid counts as 3 questions. ' +
        'If the instrument asks it as one question, give each row the weight 0.33, so that together they count as one (or, once the format has grid questions, make it one)',
    ]);
  });

  it('when the titles share their first words without a separator, and the rows are scales, then it warns too', () => {
    const stem = 'Dans quelle mesure êtes-vous à l’aise avec';
    const scale = (id: string, tool: string) =>
      scaleQuestion(id, {
        area: 'tools',
        min: 1,
        max: 5,
        title: { fr: `${stem} ${tool} ?`, en: id },
      });
    const warnings = warningsWith([
      scale('ease-email', 'le courriel'),
      scale('ease-agenda', "l'agenda"),
      scale('ease-drive', 'les fichiers partagés'),
      scale('ease-video', 'la visio'),
    ]);

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      'questions "ease-email" to "ease-video" (/questions/3 to /questions/6) look like the 4 rows of one grid, "Dans quelle mesure êtes-vous à l’aise avec …"',
    );
    expect(warnings[0]).toContain('give each row the weight 0.25');
  });

  it('when the rows share one question’s weight between them, then there is no warning', () => {
    const third = { weight: 1 / 3 };
    expect(
      warningsWith([
        row('tool-email', 'courriel', third),
        row('tool-agenda', 'agenda partagé', third),
        row('tool-drive', 'espace de fichiers', third),
      ]),
    ).toEqual([]);
  });

  it('when only two questions look alike, then there is no warning', () => {
    expect(
      warningsWith([row('tool-email', 'courriel'), row('tool-agenda', 'agenda partagé')]),
    ).toEqual([]);
  });

  it('when the rows score differently, then they are separate questions: no warning', () => {
    const other = { options: [option('yes', 3), option('partly', 1), option('no', 0)] };
    expect(
      warningsWith([
        row('tool-email', 'courriel'),
        row('tool-agenda', 'agenda partagé', other),
        row('tool-drive', 'espace de fichiers'),
      ]),
    ).toEqual([]);
  });

  it('when questions with the same options only start like many questions do, then there is no warning', () => {
    expect(
      warningsWith([
        titled('has-site', 'Votre association a-t-elle un site internet à jour ?'),
        titled('has-page', 'Votre association a-t-elle une page sur les réseaux sociaux ?'),
        titled('has-list', 'Votre association a-t-elle une liste de diffusion par courriel ?'),
      ]),
    ).toEqual([]);
  });

  it('when the alike questions are not consecutive, or not in the same area, then there is no warning', () => {
    expect(
      warningsWith([
        row('tool-email', 'courriel'),
        row('tool-agenda', 'agenda partagé'),
        titled('owner', 'Qui s’occupe des outils ?'),
        row('tool-drive', 'espace de fichiers'),
      ]),
    ).toEqual([]);
    expect(
      warningsWith([
        row('tool-email', 'courriel'),
        row('tool-agenda', 'agenda partagé', { area: 'comms' }),
        row('tool-drive', 'espace de fichiers'),
      ]),
    ).toEqual([]);
  });

  it('when the rows are all the questions of their area, then their weights do not matter: no warning', () => {
    const questionnaire = buildQuestionnaire({
      areas: [area('comms'), area('tools')],
      questions: [
        singleQuestion('site'),
        singleQuestion('news'),
        row('tool-email', 'courriel'),
        row('tool-agenda', 'agenda partagé'),
        row('tool-drive', 'espace de fichiers'),
      ],
    });
    expect(questionnaireWarnings(questionnaire)).toEqual([]);
  });
});
