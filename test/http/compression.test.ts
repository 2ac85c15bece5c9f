import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { COMPRESS_THRESHOLD_BYTES } from '../../src/http/build-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp | undefined;
let webDir: string | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
  if (webDir) rmSync(webDir, { recursive: true, force: true });
  webDir = undefined;
});

async function start(env: Record<string, string> = {}) {
  testApp = await startTestApp(env);
  return testApp.app;
}

const VERSION_URL = '/api/questionnaires/mini/versions/1.0.0';

describe('answers are compressed for a phone', () => {
  test('when the client accepts br or gzip and the JSON is over the threshold, then it comes compressed, and decompresses to the same JSON', async () => {
    const app = await start();
    const plain = await app.inject({ method: 'GET', url: VERSION_URL });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);

    const br = await app.inject({
      method: 'GET',
      url: VERSION_URL,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    const gzip = await app.inject({
      method: 'GET',
      url: VERSION_URL,
      headers: { 'accept-encoding': 'gzip' },
    });

    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    // The representation's tag and cache policy are the same, compressed or not.
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect(br.headers['cache-control']).toBe(plain.headers['cache-control']);
  });

  test('when a version has been asked for once, then Brotli clients get its best-quality compression, made once', async () => {
    const app = await start();
    const plain = await app.inject({ method: 'GET', url: VERSION_URL });
    const best = brotliCompressSync(plain.body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.rawPayload.length,
      },
    });
    const asBrotli = () =>
      app.inject({ method: 'GET', url: VERSION_URL, headers: { 'accept-encoding': 'gzip, br' } });

    // Compressed in the background: until it is ready, @fastify/compress answers on the fly.
    let br = await asBrotli();
    for (let tries = 0; tries < 100 && !br.rawPayload.equals(best); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      br = await asBrotli();
    }

    expect(br.rawPayload.equals(best)).toBe(true);
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      vary: 'accept-encoding',
      'content-type': 'application/json; charset=utf-8',
      etag: plain.headers.etag,
    });
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gzipOnly = await app.inject({
      method: 'GET',
      url: VERSION_URL,
      headers: { 'accept-encoding': 'br;q=0, gzip' },
    });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipOnly.rawPayload).toString()).toBe(plain.body);
  });

  test('when the JSON is under the threshold, then it goes as it is', async () => {
    const app = await start();

    const health = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-encoding': 'br, gzip' },
    });

    expect(health.statusCode).toBe(200);
    expect(health.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toMatchObject({ status: 'ok' });
  });

  test('when a problem is over the threshold, then it is compressed like any JSON', async () => {
    const app = await start();
    const answers = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`question-${index}`, 'x\u0000']),
    );

    const problem = await app.inject({
      method: 'POST',
      url: '/api/responses',
      headers: { 'accept-encoding': 'gzip' },
      payload: { questionnaireId: 'mini', answers },
    });

    expect(problem.statusCode).toBe(400);
    expect(problem.headers['content-encoding']).toBe('gzip');
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(gunzipSync(problem.rawPayload).toString()) as { errors: unknown[] };
    expect(body.errors).toHaveLength(20);
  });

  test('when a PDF is asked for, then it is sent as it is: PDFs are compressed already', async () => {
    const app = await start();

    const pdf = await app.inject({
      method: 'GET',
      url: `${VERSION_URL}/paper.pdf`,
      headers: { 'accept-encoding': 'br, gzip' },
    });

    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test("when the front end's bundle is precompressed by the build, then that file is sent, not compressed twice", async () => {
    webDir = mkdtempSync(join(tmpdir(), 'assoradar-web-'));
    const script = `console.log(${JSON.stringify('AssoRadar '.repeat(300))});`;
    const precompressed = brotliCompressSync(script);
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>AssoRadar</title>');
    writeFileSync(join(webDir, 'app.js'), script);
    writeFileSync(join(webDir, 'app.js.br'), precompressed);
    const app = await start({ WEB_DIR: webDir });

    const served = await app.inject({
      method: 'GET',
      url: '/app.js',
      headers: { 'accept-encoding': 'br' },
    });

    expect(served.statusCode).toBe(200);
    expect(served.headers['content-encoding']).toBe('br');
    expect(served.rawPayload.equals(precompressed)).toBe(true);
    expect(brotliDecompressSync(served.rawPayload).toString()).toBe(script);
  });
});
