import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openAppServices } from '../../../src/open-app-services.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';

describe('the respondent token at rest', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.remove());

  test('when a response starts, then only the SHA-256 of its token is stored, never the token', async () => {
    const services = await openAppServices(testConfig({ DATABASE_URL: database.url }));
    const { id, token } = await services.useCases.startResponse({ questionnaireId: 'mini' });
    await services.useCases.saveAnswers({ id, token, answers: { site: 'yes' } });
    const expectedHash = createHash('sha256').update(token).digest('hex');

    const rows = await database.rows(sql<Record<string, unknown>>`select * from responses`);
    expect(rows).toEqual([expect.objectContaining({ id, token_hash: expectedHash })]);
    expect(JSON.stringify(rows)).not.toContain(token);

    if (database.config.dialect === 'sqlite') {
      // The bytes on disk too (the file and its WAL), while the app holds them, then after close.
      const file = database.config.file;
      const bytesOnDisk = () =>
        Buffer.concat(
          ['', '-wal']
            .map((suffix) => file + suffix)
            .filter(existsSync)
            .map((path) => readFileSync(path)),
        );
      const whileOpen = bytesOnDisk();
      await services.close();
      const afterClose = bytesOnDisk();
      for (const bytes of [whileOpen, afterClose]) {
        expect(bytes.includes(Buffer.from(token))).toBe(false);
        expect(bytes.includes(Buffer.from(expectedHash))).toBe(true);
      }
    } else {
      await services.close();
    }
  });
});
