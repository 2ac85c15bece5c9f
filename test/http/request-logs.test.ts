import { PassThrough } from 'node:stream';
import { afterEach, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
afterEach(() => testApp.close());

test('when requests are logged, then the log holds neither the IP address nor the token', async () => {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  testApp = await startTestApp({ LOG_LEVEL: 'info' }, { logStream: stream });

  const started = await testApp.app.inject({
    method: 'POST',
    url: '/api/responses',
    payload: { questionnaireId: 'mini' },
    remoteAddress: '203.0.113.7',
  });
  const { id, token } = started.json<{ id: string; token: string }>();
  await testApp.app.inject({
    method: 'GET',
    url: `/api/responses/${id}`,
    headers: { authorization: `Bearer ${token}` },
    remoteAddress: '203.0.113.7',
  });

  const log = lines.join('\n');
  expect(log).toContain(`"url":"/api/responses/${id}"`);
  expect(log).not.toContain('203.0.113.7');
  expect(log).not.toContain(token);
});
