import { afterEach, describe, expect, test } from 'vitest';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { startDocumentsApp, submittedResponse, type DocumentsApp } from './documents-app.js';

const PAPER = '/api/questionnaires/mini/versions/1.0.0/paper.pdf';
/** A strong entity tag: quoted, no W/ prefix (a SHA-256 in base64url). */
const STRONG_TAG = /^"[\w-]{43}"$/;

/** The first render of a file starts the document workers: slow on a loaded machine. */
const COLD_WORKERS = { timeout: 30_000 };

describe('documents are cached by what they are made from', COLD_WORKERS, () => {
  let documents: DocumentsApp;
  afterEach(async () => documents.close());

  test('when many ask for the blank questionnaire at once and again later, then it is rendered once and everyone gets the same valid PDF and strong ETag', async () => {
    documents = await startDocumentsApp();
    const paper = () => documents.app.inject({ method: 'GET', url: PAPER });

    const burst = await Promise.all([paper(), paper(), paper(), paper(), paper()]);
    const later = await paper();

    for (const answer of [...burst, later]) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.headers.etag).toBe(burst[0]!.headers.etag);
      expect(answer.rawPayload.equals(burst[0]!.rawPayload)).toBe(true);
    }
    expect(later.headers.etag).toMatch(STRONG_TAG);
    expect(later.headers['cache-control']).toBe('public, max-age=86400');
    expect(searchable((await readPdf(later.rawPayload)).content)).toContain(
      'Avez-vous un site web ?',
    );
    const { pool, cache } = documents.services.documents.statistics();
    expect(pool.completed).toBe(1);
    expect(cache).toMatchObject({ misses: 1, hits: 5, entries: 1 });
  });

  test('when a client sends back the ETag of its report, then it gets 304 without a render; another language is another tag', async () => {
    documents = await startDocumentsApp({ DOCUMENT_CACHE_MB: '0' });
    const { id, token } = await submittedResponse(documents.app, 'Les Amis du Vélo');
    const report = (headers: Record<string, string> = {}, query = '') =>
      documents.app.inject({
        method: 'GET',
        url: `/api/responses/${id}/report.pdf${query}`,
        headers: { authorization: `Bearer ${token}`, ...headers },
      });

    const first = await report();
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(STRONG_TAG);
    expect(searchable((await readPdf(first.rawPayload)).content)).toContain('Les Amis du Vélo');

    const repeat = await report({ 'if-none-match': etag });
    const amongOthers = await report({ 'if-none-match': `"other", W/${etag}` });
    for (const notModified of [repeat, amongOthers]) {
      expect(notModified.statusCode).toBe(304);
      expect(notModified.headers.etag).toBe(etag);
      expect(notModified.rawPayload.byteLength).toBe(0);
    }
    // No cache at all here: only the first answer was rendered.
    expect(documents.services.documents.statistics().pool.completed).toBe(1);

    const english = await report({ 'if-none-match': etag }, '?lang=en');
    expect(english.statusCode).toBe(200);
    expect(english.headers.etag).toMatch(STRONG_TAG);
    expect(english.headers.etag).not.toBe(etag);
    const stale = await report({ 'if-none-match': '"a-tag-of-another-document"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.equals(first.rawPayload)).toBe(true);
    // Another person's tag says nothing without the token: 404 as ever, never 304.
    const stranger = await documents.app.inject({
      method: 'GET',
      url: `/api/responses/${id}/report.pdf`,
      headers: { 'if-none-match': etag },
    });
    expect(stranger.statusCode).toBe(404);
  });

  test('when a report is asked again after its response changed (another name), then it gets a new tag and new bytes', async () => {
    documents = await startDocumentsApp();
    const one = await submittedResponse(documents.app, 'Club Un');
    const two = await submittedResponse(documents.app, 'Club Deux');
    const reportOf = ({ id, token }: { id: string; token: string }) =>
      documents.app.inject({
        method: 'GET',
        url: `/api/responses/${id}/report.pdf`,
        headers: { authorization: `Bearer ${token}` },
      });

    const [first, second, firstAgain] = [
      await reportOf(one),
      await reportOf(two),
      await reportOf(one),
    ];

    expect(first.headers.etag).not.toBe(second.headers.etag);
    expect(first.rawPayload.equals(second.rawPayload)).toBe(false);
    expect(firstAgain.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(documents.services.documents.statistics().cache).toMatchObject({ misses: 2, hits: 1 });
  });
});
