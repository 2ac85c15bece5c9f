import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import {
  ChainParams,
  FacilitatorProfileBody,
  FacilitatorProfileContract,
  PortfolioContract,
  PortfolioEntryViewContract,
  ShareCodeContract,
} from '../../contracts/share-contract.js';
import { requireFacilitator } from '../facilitator-session.js';
import { sendAttachment, sendDocument } from '../send-attachment.js';
import { fileResponse } from '../file-response.js';
import { LangQuery } from '../../contracts/lang-query.js';
import { XLSX_MEDIA_TYPE } from '../xlsx-media-type.js';

const tags = ['portfolio'];
const denied = { 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

/**
 * The facilitator's side of sharing: their centre's name and share code, and the portfolio of the
 * associations that shared with them. A chain not shared with this facilitator (never, or no
 * longer) answers 404, exactly like one that does not exist.
 */
export const portfolioRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases, documentGate } = app;
  app.addHook('preHandler', requireFacilitator(useCases));
  const me = (request: { facilitator?: { facilitatorId: string } }) =>
    request.facilitator!.facilitatorId;

  app.get(
    '/api/facilitator/profile',
    {
      schema: {
        tags,
        summary: "My account: address and the centre's name associations see",
        response: { 200: FacilitatorProfileContract, ...denied },
      },
    },
    async (request) => useCases.getFacilitatorProfile({ facilitatorId: me(request) }),
  );

  app.patch(
    '/api/facilitator/profile',
    {
      schema: {
        tags,
        summary: "Set the centre's name associations see before they share",
        body: FacilitatorProfileBody,
        response: { 200: FacilitatorProfileContract, 400: ProblemDetails, ...denied },
      },
    },
    async (request) =>
      useCases.updateFacilitatorProfile({
        facilitatorId: me(request),
        displayName: request.body.displayName,
      }),
  );

  app.get(
    '/api/facilitator/share-code',
    {
      schema: {
        tags,
        summary: 'My share code (created the first time it is asked for)',
        response: { 200: ShareCodeContract, ...denied },
      },
    },
    async (request) => useCases.getShareCode({ facilitatorId: me(request) }),
  );

  app.post(
    '/api/facilitator/share-code',
    {
      schema: {
        tags,
        summary: 'Renew my share code: the old one opens nothing new, shares already given stay',
        response: { 200: ShareCodeContract, ...denied },
      },
    },
    async (request) => useCases.renewShareCode({ facilitatorId: me(request) }),
  );

  app.get(
    '/api/facilitator/portfolio',
    {
      schema: {
        tags,
        summary:
          'The associations that share with me: latest diagnosis, level and progress since the previous one',
        querystring: LangQuery,
        response: { 200: PortfolioContract, ...denied },
      },
    },
    async (request) => ({
      entries: await useCases.listPortfolio({
        facilitatorId: me(request),
        locale: request.query.lang,
      }),
    }),
  );

  app.get(
    '/api/facilitator/portfolio.csv',
    {
      schema: {
        tags,
        summary: 'The portfolio as CSV (UTF-8 with BOM, ";"), one row an association',
        querystring: LangQuery,
        response: { 200: fileResponse('text/csv', 'The portfolio, as an attachment.'), ...denied },
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await useCases.exportPortfolioCsv({
        facilitatorId: me(request),
        locale: request.query.lang,
      });
      return sendAttachment(reply, 'text/csv; charset=utf-8', fileName, csv);
    },
  );

  app.get(
    '/api/facilitator/portfolio-ids.csv',
    {
      schema: {
        tags,
        summary: 'The portfolio as CSV with stable identifiers, for analysis',
        description:
          'As portfolio.csv, but headed by column ids, with questionnaire and level ids, ISO-8601 UTC times and decimal points. The codebook sheet of portfolio.xlsx gives each id its label.',
        response: {
          200: fileResponse('text/csv', 'The portfolio with identifiers, as an attachment.'),
          ...denied,
        },
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await useCases.exportPortfolioCsv({
        facilitatorId: me(request),
        form: 'ids',
      });
      return sendAttachment(reply, 'text/csv; charset=utf-8', fileName, csv);
    },
  );

  app.get(
    '/api/facilitator/portfolio.xlsx',
    {
      schema: {
        tags,
        summary: 'The portfolio as an Excel workbook, with its codebook',
        description:
          'The data of portfolio.csv with typed numbers and dates (Paris local time), then a second sheet, the codebook. 503 with Retry-After when the document workers are busy.',
        querystring: LangQuery,
        response: {
          200: fileResponse(XLSX_MEDIA_TYPE, 'The portfolio, as an attachment.'),
          ...denied,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await useCases.exportPortfolioXlsx({
        facilitatorId: me(request),
        locale: request.query.lang,
      });
      return sendAttachment(reply, XLSX_MEDIA_TYPE, fileName, bytes);
    },
  );

  app.get(
    '/api/facilitator/portfolio/:chainId',
    {
      schema: {
        tags,
        summary: "A sharing association's latest results (scores, levels, plan; not its answers)",
        params: ChainParams,
        querystring: LangQuery,
        response: { 200: PortfolioEntryViewContract, ...denied },
      },
    },
    async (request) =>
      useCases.getPortfolioEntry({
        facilitatorId: me(request),
        chainId: request.params.chainId,
        locale: request.query.lang,
      }),
  );

  app.get(
    '/api/facilitator/portfolio/:chainId/report.pdf',
    {
      schema: {
        tags,
        summary: "A sharing association's latest PDF, without its answers",
        params: ChainParams,
        querystring: LangQuery,
        response: {
          200: fileResponse('application/pdf', 'The latest diagnosis, as an attachment.'),
          ...denied,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      return sendDocument(request, reply, documentGate, 'application/pdf', () =>
        useCases.getPortfolioReport({
          facilitatorId: me(request),
          chainId: request.params.chainId,
          locale: request.query.lang,
        }),
      );
    },
  );
};
