import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp | undefined;
let webDir: string | undefined;
afterEach(async () => {
  await testApp?.close();
  if (webDir) rmSync(webDir, { recursive: true, force: true });
});

test('when the front end is built, then the app serves its page and files but not source maps', async () => {
  webDir = mkdtempSync(join(tmpdir(), 'assoradar-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>AssoRadar</title>');
  writeFileSync(join(webDir, 'app.js'), 'console.log(1)');
  writeFileSync(join(webDir, 'app.js.map'), '{}');
  testApp = await startTestApp({ WEB_DIR: webDir });

  const page = await testApp.app.inject({ method: 'GET', url: '/' });
  expect(page.statusCode).toBe(200);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.body).toContain('<title>AssoRadar</title>');
  const script = await testApp.app.inject({ method: 'GET', url: '/app.js' });
  expect(script.statusCode).toBe(200);
  expect(script.headers['content-type']).toMatch(/javascript/);
  expect((await testApp.app.inject({ method: 'GET', url: '/app.js.map' })).statusCode).toBe(404);
  // The API still answers beside the static files.
  expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
});
