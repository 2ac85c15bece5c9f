import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { startDocumentsApp, submittedResponse, type DocumentsApp } from './documents-app.js';

/** The first render of a file starts the document workers: slow on a loaded machine. */
const COLD_WORKERS = { timeout: 60_000 };

const REPORTS = 6;

describe('document requests are prepared a few at a time', COLD_WORKERS, () => {
  let documents: DocumentsApp;
  afterEach(async () => documents.close());

  async function reportsOf(count: number) {
    const responses = [];
    for (let n = 1; n <= count; n += 1) {
      responses.push(await submittedResponse(documents.app, `Club ${n}`));
    }
    return responses;
  }

  const reportOf = ({ id, token }: { id: string; token: string }) =>
    documents.app.inject({
      method: 'GET',
      url: `/api/responses/${id}/report.pdf`,
      headers: { authorization: `Bearer ${token}` },
    });

  test('when the gate lets one through and several reports are asked at once, then they are prepared one at a time, the others wait their turn, and every one is answered with its PDF', async () => {
    documents = await startDocumentsApp({ DOCUMENT_PREPARATIONS: '1' });
    const responses = await reportsOf(REPORTS);

    const [health, ...answers] = await Promise.all([
      documents.app.inject({ method: 'GET', url: '/api/health' }),
      ...responses.map(reportOf),
    ]);

    expect(health.statusCode).toBe(200);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Each its own report: six tags.
    expect(new Set(answers.map((answer) => answer.headers.etag)).size).toBe(REPORTS);
    const gate = documents.app.documentGate.statistics();
    expect(gate.mostAtOnce).toBe(1);
    expect(gate.waited).toBeGreaterThan(0);
    expect(gate).toMatchObject({ preparing: 0, waiting: 0, prepared: REPORTS, refused: 0 });
  });

  test('when the gate lets two through, then two reports are prepared at once and no more', async () => {
    documents = await startDocumentsApp({ DOCUMENT_PREPARATIONS: '2' });
    const responses = await reportsOf(REPORTS);

    const answers = await Promise.all(responses.map(reportOf));

    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(REPORTS).fill(200));
    expect(documents.app.documentGate.statistics()).toMatchObject({
      mostAtOnce: 2,
      prepared: REPORTS,
    });
  });

  test('when the gate is taken and no request may wait, then a document request answers 503 documents_busy with Retry-After at once, other requests go on, and it is answered once the gate is free', async () => {
    documents = await startDocumentsApp({
      DOCUMENT_PREPARATIONS: '1',
      DOCUMENT_PREPARATION_QUEUE: '0',
    });
    const responses = await reportsOf(4);

    const [health, ...answers] = await Promise.all([
      documents.app.inject({ method: 'GET', url: '/api/health' }),
      ...responses.map(reportOf),
    ]);

    expect(health.statusCode).toBe(200);
    const refused = answers.filter((answer) => answer.statusCode === 503);
    expect(answers.filter((answer) => answer.statusCode === 200).length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expectProblem(answer, 503, 'documents_busy');
      expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    expect(documents.app.documentGate.statistics().refused).toBe(refused.length);
    // The render queue refused none: the gate did, before any work was done.
    expect(documents.services.documents.statistics().pool.refused).toBe(0);

    for (const [index, answer] of answers.entries()) {
      if (answer.statusCode !== 503) continue;
      expect((await reportOf(responses[index]!)).statusCode).toBe(200);
    }
  });

  test('when a client sends back the ETag of its report through the gate, then it gets 304 and gives its turn back', async () => {
    documents = await startDocumentsApp({ DOCUMENT_PREPARATIONS: '1' });
    const [response] = await reportsOf(1);
    const first = await reportOf(response!);
    expect(first.statusCode).toBe(200);

    const again = await documents.app.inject({
      method: 'GET',
      url: `/api/responses/${response!.id}/report.pdf`,
      headers: {
        authorization: `Bearer ${response!.token}`,
        'if-none-match': String(first.headers.etag),
      },
    });

    expect(again.statusCode).toBe(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(documents.app.documentGate.statistics()).toMatchObject({ preparing: 0, prepared: 2 });
  });
});
