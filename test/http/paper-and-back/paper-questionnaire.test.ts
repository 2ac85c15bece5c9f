import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

describe('GET /api/questionnaires/:id/versions/:version/paper.pdf', () => {
  const env = useRespondentApp();
  const paper = (path: string) => env.testApp.app.inject({ method: 'GET', url: path });

  test('when anyone asks for the blank questionnaire, then it gets a PDF attachment with every question and option, the same bytes each time', async () => {
    const answer = await paper('/api/questionnaires/mini/versions/1.0.0/paper.pdf');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe(
      'attachment; filename="questionnaire-papier-mini-1.0.0-fr.pdf"',
    );
    const content = searchable((await readPdf(answer.rawPayload)).content);
    for (const text of [
      'Mini diagnostic',
      'Nom de l’association :',
      '1. Combien de salariés ?',
      'Au moins un',
      'Avez-vous un site web ?',
      'Je ne sais pas',
      'Plusieurs réponses possibles',
      'Si vous avez répondu « Oui » à la question 2 :',
      'La grille de calcul',
    ]) {
      expect(content).toContain(text);
    }
    const again = await paper('/api/questionnaires/mini/versions/1.0.0/paper.pdf');
    expect(again.rawPayload.equals(answer.rawPayload)).toBe(true);
  });

  test('when asked in English, then the form speaks English', async () => {
    const answer = await paper('/api/questionnaires/mini/versions/1.0.0/paper.pdf?lang=en');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-disposition']).toContain(
      'paper-questionnaire-mini-1.0.0-en.pdf',
    );
    const content = searchable((await readPdf(answer.rawPayload)).content);
    expect(content).toContain('Name of the association:');
    expect(content).toContain('Do you have a website?');
    expect(content).toContain('If you answered “Yes” to question 2:');
  });

  test('when the version, the questionnaire or the language is unknown, then it answers a problem', async () => {
    expectProblem(
      await paper('/api/questionnaires/mini/versions/9.9.9/paper.pdf'),
      404,
      'questionnaire_not_found',
    );
    expectProblem(
      await paper('/api/questionnaires/nope/versions/1.0.0/paper.pdf'),
      404,
      'questionnaire_not_found',
    );
    expectProblem(
      await paper('/api/questionnaires/mini/versions/1.0.0/paper.pdf?lang=de'),
      400,
      'unsupported_locale',
    );
  });
});
