import { request, type IncomingMessage } from 'node:http';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { startDocumentsApp, workshopWith, type DocumentsApp } from './documents-app.js';

const PARTICIPANTS = 8;

/** The first render of a file starts the document workers: slow on a loaded machine. */
const COLD_WORKERS = { timeout: 90_000 };

describe("a workshop's zip of reports", COLD_WORKERS, () => {
  let documents: DocumentsApp;
  afterEach(async () => documents.close());

  test('when the zip is downloaded, then its answer starts before every report is rendered, comes chunked, leaves the event loop mostly idle and holds each valid PDF', async () => {
    documents = await startDocumentsApp({ DOCUMENT_CACHE_MB: '0' });
    const { facilitator, workshop } = await workshopWith(documents.app, PARTICIPANTS);
    const address = await documents.app.listen({ port: 0, host: '127.0.0.1' });

    const before = performance.eventLoopUtilization();
    let renderedWhenAnswered = -1;
    const { response, chunks } = await new Promise<{
      response: IncomingMessage;
      chunks: Buffer[];
    }>((resolve, reject) => {
      const get = request(`${address}/api/workshops/${workshop.id}/reports.zip`, {
        headers: { cookie: facilitator.cookie },
      });
      get.on('response', (response) => {
        renderedWhenAnswered = documents.services.documents.statistics().pool.completed;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ response, chunks }));
        response.on('error', reject);
      });
      get.on('error', reject);
      get.end();
    });
    const loop = performance.eventLoopUtilization(before);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(response.headers['content-length']).toBeUndefined();
    expect(renderedWhenAnswered).toBeGreaterThan(0);
    expect(renderedWhenAnswered).toBeLessThan(PARTICIPANTS);
    expect(documents.services.documents.statistics().pool.completed).toBe(PARTICIPANTS);
    expect(chunks.length).toBeGreaterThan(1);
    expect(loop.utilization).toBeLessThan(0.5);

    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(PARTICIPANTS);
    for (let n = 1; n <= PARTICIPANTS; n += 1) {
      expect(names).toContainEqual(expect.stringMatching(`^diagnostic-mini-association-${n}-`));
    }
    const third = names.find((name) => name.startsWith('diagnostic-mini-association-3-'))!;
    const pdf = await readPdf(files[third]!);
    expect(searchable(pdf.content)).toContain('Association 3');
  });

  test('when the workers are busy before the zip begins, then it answers 503 with Retry-After rather than a broken download', async () => {
    documents = await startDocumentsApp({
      DOCUMENT_WORKERS: '1',
      DOCUMENT_QUEUE_SIZE: '0',
      DOCUMENT_CACHE_MB: '0',
    });
    const { api, facilitator, workshop } = await workshopWith(documents.app, 2);

    // In two languages: the same report asked twice at once would share one render.
    const [first, second] = await Promise.all([
      api.get(facilitator, `/api/workshops/${workshop.id}/reports.zip?lang=fr`),
      api.get(facilitator, `/api/workshops/${workshop.id}/reports.zip?lang=en`),
    ]);

    const statuses = [first!.statusCode, second!.statusCode].sort();
    expect(statuses).toEqual([200, 503]);
    const refused = first!.statusCode === 503 ? first! : second!;
    const zipped = first!.statusCode === 200 ? first! : second!;
    expectProblem(refused, 503, 'documents_busy');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The zip under way waited for the worker for its second report instead of failing.
    expect(Object.keys(unzipSync(new Uint8Array(zipped.rawPayload)))).toHaveLength(2);
  });
});
