import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerToken } from '../bearer-token.js';
import { sendAttachment } from '../send-attachment.js';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { ResponseParams } from '../../contracts/response-contract.js';
import {
  AnswersFileContract,
  ImportedAnswersContract,
} from '../../contracts/answers-file-contract.js';
import { fileResponse } from '../file-response.js';

const tags = ['responses'];
const security = [{ bearer: [] }];

/** The answers file: out of a response, and back in as a new draft. */
export const answersFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases } = app;

  app.get(
    '/api/responses/:id/answers.json',
    {
      schema: {
        tags,
        security,
        summary: "Download a response's answers as a file to load later or on another server",
        description: 'application/json, as an attachment (the answers file format).',
        params: ResponseParams,
        response: {
          200: fileResponse(
            'application/json',
            'The answers file, as an attachment.',
            AnswersFileContract,
          ),
          404: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      const exported = await useCases.exportAnswers({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
      });
      return sendAttachment(
        reply,
        'application/json; charset=utf-8',
        exported.fileName,
        `${JSON.stringify(exported.file, null, 2)}\n`,
      );
    },
  );

  app.post(
    '/api/responses/import',
    {
      schema: {
        tags,
        summary: 'Start a new draft from an answers file',
        description:
          "On the file's version when this server has it (every answer must fit); otherwise on the latest version, with the answers that still fit (the others are listed in `dropped`).",
        body: AnswersFileContract,
        response: { 201: ImportedAnswersContract, 400: ProblemDetails },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await useCases.importAnswers({ file: request.body })),
  );
};
