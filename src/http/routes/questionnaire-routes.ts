import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDetails } from '../contracts/problem-contract.js';
import {
  QuestionnaireContract,
  QuestionnaireListContract,
  QuestionnaireParams,
  QuestionnaireVersionParams,
} from '../contracts/questionnaire-contract.js';

const tags = ['questionnaires'];

export const questionnaireRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases } = app;

  app.get(
    '/api/questionnaires',
    {
      schema: {
        tags,
        summary: 'The published questionnaires, with their versions',
        response: { 200: QuestionnaireListContract },
      },
    },
    async () => ({ questionnaires: useCases.listQuestionnaires() }),
  );

  app.get(
    '/api/questionnaires/:id',
    {
      schema: {
        tags,
        summary: 'The latest version of a questionnaire',
        params: QuestionnaireParams,
        response: { 200: QuestionnaireContract, 404: ProblemDetails },
      },
    },
    async (request) => useCases.getQuestionnaire({ id: request.params.id }),
  );

  app.get(
    '/api/questionnaires/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of a questionnaire',
        params: QuestionnaireVersionParams,
        response: { 200: QuestionnaireContract, 404: ProblemDetails },
      },
    },
    async (request) => useCases.getQuestionnaire(request.params),
  );
};
