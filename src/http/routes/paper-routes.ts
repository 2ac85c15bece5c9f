import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LocaleCode } from '../../domain/index.js';
import { sendDocument } from '../send-attachment.js';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { QuestionnaireVersionParams } from '../../contracts/questionnaire-contract.js';
import { fileResponse } from '../file-response.js';

const PaperQuery = z.strictObject({
  lang: LocaleCode.optional().describe("The questionnaire's default locale when left out."),
});

/** The blank questionnaire to print: public, like the definition it is drawn from. */
export const paperRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases, documentGate } = app;

  app.get(
    '/api/questionnaires/:id/versions/:version/paper.pdf',
    {
      schema: {
        tags: ['questionnaires'],
        summary: 'The blank questionnaire to print, with its scoring grid',
        description:
          'application/pdf, as an attachment: a cover to fill in, every question with boxes to tick, and the scoring grid. The same version and language always give the same bytes.',
        params: QuestionnaireVersionParams,
        querystring: PaperQuery,
        response: {
          200: fileResponse('application/pdf', 'The blank questionnaire, as an attachment.'),
          400: ProblemDetails,
          404: ProblemDetails,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      // Public and immutable (a published version never changes), unlike a report.
      return sendDocument(
        request,
        reply,
        documentGate,
        'application/pdf',
        () =>
          useCases.getPaperQuestionnaire({
            questionnaireId: request.params.id,
            version: request.params.version,
            locale: request.query.lang,
          }),
        'public, max-age=86400',
      );
    },
  );
};
