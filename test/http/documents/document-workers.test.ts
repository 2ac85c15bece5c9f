import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { readPdf } from '../../support/read-pdf.js';
import { startDocumentsApp, submittedResponse, type DocumentsApp } from './documents-app.js';

/** The shipped questionnaires: asso-numerique's blank form is a long document to render. */
const SHIPPED = fileURLToPath(new URL('../../../questionnaires', import.meta.url));

/** The first render of a file starts the document workers: slow on a loaded machine. */
const COLD_WORKERS = { timeout: 60_000 };

describe('documents are rendered by worker threads with a bounded queue', COLD_WORKERS, () => {
  let documents: DocumentsApp;
  afterEach(async () => documents.close());

  test('when a long document renders, then the event loop stays free: a timer keeps firing and the loop is idle most of the time', async () => {
    documents = await startDocumentsApp({ QUESTIONNAIRES_DIR: SHIPPED, DOCUMENT_CACHE_MB: '0' });
    const paper = (lang: string) =>
      documents.app.inject({
        method: 'GET',
        url: `/api/questionnaires/asso-numerique/versions/1.1.0/paper.pdf?lang=${lang}`,
      });
    expect((await paper('en')).statusCode).toBe(200);

    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const before = performance.eventLoopUtilization();
    const answer = await paper('fr');
    const loop = performance.eventLoopUtilization(before);
    clearInterval(timer);

    expect(answer.statusCode).toBe(200);
    expect((await readPdf(answer.rawPayload)).pageCount).toBeGreaterThan(3);
    expect(ticks).toBeGreaterThan(0);
    // Rendered on this thread, the loop would be busy nearly all the time (utilization near 1).
    expect(loop.utilization).toBeLessThan(0.5);
  });

  test('when every worker is busy and the queue is full, then a document answers 503 with Retry-After at once, other requests go on, and it renders once the workers are free', async () => {
    documents = await startDocumentsApp({
      DOCUMENT_WORKERS: '1',
      DOCUMENT_QUEUE_SIZE: '0',
      DOCUMENT_CACHE_MB: '0',
    });
    const responses = [];
    for (const name of ['Club Un', 'Club Deux', 'Club Trois', 'Club Quatre']) {
      responses.push(await submittedResponse(documents.app, name));
    }
    const reportOf = ({ id, token }: { id: string; token: string }) =>
      documents.app.inject({
        method: 'GET',
        url: `/api/responses/${id}/report.pdf`,
        headers: { authorization: `Bearer ${token}` },
      });

    const [health, ...answers] = await Promise.all([
      documents.app.inject({ method: 'GET', url: '/api/health' }),
      ...responses.map(reportOf),
    ]);

    expect(health.statusCode).toBe(200);
    const refused = answers.filter((answer) => answer.statusCode === 503);
    expect(answers.filter((answer) => answer.statusCode === 200).length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length + answers.filter((a) => a.statusCode === 200).length).toBe(4);
    for (const answer of refused) {
      expectProblem(answer, 503, 'documents_busy');
      expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    expect(documents.services.documents.statistics().pool.refused).toBe(refused.length);

    // One at a time, each finds the worker free.
    for (const [index, answer] of answers.entries()) {
      if (answer.statusCode !== 503) continue;
      const again = await reportOf(responses[index]!);
      expect(again.statusCode).toBe(200);
      expect(again.headers['content-type']).toBe('application/pdf');
    }
  });
});
