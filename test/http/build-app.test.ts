import { afterEach, describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import { buildApp } from '../../src/http/build-app.js';
import { openAppServices } from '../../src/open-app-services.js';
import type { ResponseSecrets } from '../../src/system/response-secrets.js';
import { respondentApi } from '../support/respondent-api.js';
import { createTestDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';

/** Predictable ids and tokens; the hash is still a one-way function of the token. */
function countingSecrets(): ResponseSecrets {
  let ids = 0;
  let tokens = 0;
  return {
    newResponseId: () => `response-${++ids}`,
    newJoinCode: () => 'ABCDEF',
    newToken: () => `token-${++tokens}`,
    hashToken: (token) => `hashed:${token}`,
    tokenMatches: (token, hash) => `hashed:${token}` === hash,
  };
}

describe('buildApp', () => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  test('when a clock and secrets are given, then the use cases take time and ids from them', async () => {
    const now = new Date('2026-05-04T03:02:01.000Z');
    testApp = await startTestApp({}, { clock: { now: () => now }, secrets: countingSecrets() });
    const api = respondentApi(testApp.app);

    const started = await api.started();
    const read = ResponseContract.parse((await api.get(started.id, started.token)).json());

    expect(started).toMatchObject({ id: 'response-1', token: 'token-1' });
    expect(read).toMatchObject({
      createdAt: '2026-05-04T03:02:01.000Z',
      updatedAt: '2026-05-04T03:02:01.000Z',
    });
  });

  // Services handed in belong to the caller (benchmarks reuse them); only those the app opened
  // itself close with it.
  test('when already opened services are handed in, then closing the app leaves them open for their owner', async () => {
    const database = await createTestDatabase();
    const config = testConfig({ DATABASE_URL: database.url });
    const services = await openAppServices(config);
    try {
      const app = await buildApp({ config, services });
      await app.ready();
      await app.close();

      await expect(
        services.useCases.startResponse({ questionnaireId: 'mini' }),
      ).resolves.toMatchObject({ questionnaireId: 'mini' });
    } finally {
      await services.close();
      await database.remove();
    }
  });
});
