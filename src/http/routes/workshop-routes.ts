import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { ResponseContract } from '../../contracts/response-contract.js';
import {
  CreateWorkshopBody,
  DashboardContract,
  ParticipantParams,
  WorkshopContract,
  WorkshopListContract,
  WorkshopParams,
} from '../../contracts/workshop-contract.js';
import { requireFacilitator } from '../facilitator-session.js';
import { sendAttachment, sendDocument, sendStreamedAttachment } from '../send-attachment.js';
import { fileResponse } from '../file-response.js';
import { LangQuery } from '../../contracts/lang-query.js';
import { XLSX_MEDIA_TYPE } from '../xlsx-media-type.js';

const tags = ['workshops'];
const denied = { 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

/** A facilitator's workshops: each facilitator sees only their own (404 for any other). */
export const workshopRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases, documentGate } = app;
  app.addHook('preHandler', requireFacilitator(useCases));
  const me = (request: { facilitator?: { facilitatorId: string } }) =>
    request.facilitator!.facilitatorId;

  app.post(
    '/api/workshops',
    {
      schema: {
        tags,
        summary: 'Create a workshop; answers its join code and join URL',
        body: CreateWorkshopBody,
        response: { 201: WorkshopContract, 400: ProblemDetails, ...denied },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await useCases.createWorkshop({ facilitatorId: me(request), ...request.body })),
  );

  app.get(
    '/api/workshops',
    {
      schema: {
        tags,
        summary: 'My workshops, newest first',
        response: { 200: WorkshopListContract, ...denied },
      },
    },
    async (request) => ({
      workshops: await useCases.listWorkshops({ facilitatorId: me(request) }),
    }),
  );

  app.get(
    '/api/workshops/:id',
    {
      schema: {
        tags,
        summary: 'One of my workshops',
        params: WorkshopParams,
        response: { 200: WorkshopContract, ...denied },
      },
    },
    async (request) =>
      useCases.getWorkshop({ facilitatorId: me(request), workshopId: request.params.id }),
  );

  app.post(
    '/api/workshops/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a workshop: no new participant, no new answer',
        params: WorkshopParams,
        response: { 200: WorkshopContract, ...denied },
      },
    },
    async (request) =>
      useCases.closeWorkshop({ facilitatorId: me(request), workshopId: request.params.id }),
  );

  app.get(
    '/api/workshops/:id/qr.svg',
    {
      schema: {
        tags,
        summary: 'The QR code of the join URL (SVG)',
        params: WorkshopParams,
        response: { 200: fileResponse('image/svg+xml', 'The QR code of the join URL.'), ...denied },
      },
    },
    async (request, reply) => {
      const svg = await useCases.getWorkshopQrCode({
        facilitatorId: me(request),
        workshopId: request.params.id,
      });
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'private, no-store')
        .send(svg as never); // a string body; the typed reply knows only the JSON schemas
    },
  );

  app.get(
    '/api/workshops/:id/dashboard',
    {
      schema: {
        tags,
        summary:
          'The live dashboard: counts, group profile, level counts, shared priorities, participants',
        params: WorkshopParams,
        querystring: LangQuery,
        response: { 200: DashboardContract, ...denied },
      },
    },
    async (request) =>
      useCases.getWorkshopDashboard({
        facilitatorId: me(request),
        workshopId: request.params.id,
        locale: request.query.lang,
      }),
  );

  app.get(
    '/api/workshops/:id/export.csv',
    {
      schema: {
        tags,
        summary: 'Every response as CSV (UTF-8 with BOM, ";")',
        params: WorkshopParams,
        response: { 200: fileResponse('text/csv', 'Every response, as an attachment.'), ...denied },
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await useCases.exportWorkshopCsv({
        facilitatorId: me(request),
        workshopId: request.params.id,
      });
      return sendAttachment(reply, 'text/csv; charset=utf-8', fileName, csv);
    },
  );

  app.get(
    '/api/workshops/:id/export-ids.csv',
    {
      schema: {
        tags,
        summary: 'Every response as CSV with stable identifiers, for analysis',
        description:
          'As export.csv, but headed by column ids, with level and option ids, ISO-8601 UTC times and decimal points whatever the language. The codebook sheet of export.xlsx gives each id its label.',
        params: WorkshopParams,
        response: {
          200: fileResponse('text/csv', 'Every response with identifiers, as an attachment.'),
          ...denied,
        },
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await useCases.exportWorkshopCsv({
        facilitatorId: me(request),
        workshopId: request.params.id,
        form: 'ids',
      });
      return sendAttachment(reply, 'text/csv; charset=utf-8', fileName, csv);
    },
  );

  app.get(
    '/api/workshops/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Every response as an Excel workbook, with its codebook',
        description:
          'The data of export.csv with typed numbers and dates (Paris local time), then a second sheet listing each column id, its header, its type and each code with its label. 503 with Retry-After when the document workers are busy.',
        params: WorkshopParams,
        response: {
          200: fileResponse(XLSX_MEDIA_TYPE, 'Every response, as an attachment.'),
          ...denied,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await useCases.exportWorkshopXlsx({
        facilitatorId: me(request),
        workshopId: request.params.id,
      });
      return sendAttachment(reply, XLSX_MEDIA_TYPE, fileName, bytes);
    },
  );

  app.get(
    '/api/workshops/:id/report.pdf',
    {
      schema: {
        tags,
        summary: 'The group PDF',
        params: WorkshopParams,
        querystring: LangQuery,
        response: {
          200: fileResponse('application/pdf', 'The group report, as an attachment.'),
          ...denied,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      return sendDocument(request, reply, documentGate, 'application/pdf', () =>
        useCases.getWorkshopReport({
          facilitatorId: me(request),
          workshopId: request.params.id,
          locale: request.query.lang,
        }),
      );
    },
  );

  app.get(
    '/api/workshops/:id/reports.zip',
    {
      schema: {
        tags,
        summary: "Every submitted participant's PDF in one zip",
        description:
          'application/zip, streamed (chunked) as each report is rendered. 503 with Retry-After when the document workers are busy before the first report.',
        params: WorkshopParams,
        querystring: LangQuery,
        response: {
          200: fileResponse('application/zip', "Every submitted participant's report, streamed."),
          ...denied,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      const { fileName, chunks } = await useCases.zipWorkshopReports({
        facilitatorId: me(request),
        workshopId: request.params.id,
        locale: request.query.lang,
      });
      return sendStreamedAttachment(reply, 'application/zip', fileName, chunks);
    },
  );

  app.get(
    '/api/workshops/:id/participants/:responseId',
    {
      schema: {
        tags,
        summary: "A participant's results (answers only if they allowed it)",
        params: ParticipantParams,
        response: { 200: ResponseContract, ...denied },
      },
    },
    async (request) =>
      useCases.getParticipantResults({
        facilitatorId: me(request),
        workshopId: request.params.id,
        responseId: request.params.responseId,
      }),
  );

  app.get(
    '/api/workshops/:id/participants/:responseId/report.pdf',
    {
      schema: {
        tags,
        summary: "A submitted participant's PDF",
        params: ParticipantParams,
        querystring: LangQuery,
        response: {
          200: fileResponse('application/pdf', "The participant's report, as an attachment."),
          ...denied,
          409: ProblemDetails,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      return sendDocument(request, reply, documentGate, 'application/pdf', () =>
        useCases.getParticipantReport({
          facilitatorId: me(request),
          workshopId: request.params.id,
          responseId: request.params.responseId,
          locale: request.query.lang,
        }),
      );
    },
  );
};
