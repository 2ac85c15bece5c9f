import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openAppServices } from '../../../src/open-app-services.js';
import { tempDatabase } from '../../support/temp-database.js';
import { testConfig } from '../../support/test-config.js';

describe('the respondent token at rest', () => {
  let database: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    database = tempDatabase();
  });
  afterEach(() => {
    database.remove();
  });

  test('when a response starts, then only the SHA-256 of its token is stored, never the token', async () => {
    const services = await openAppServices(testConfig({ DATABASE_URL: database.file }));
    const { id, token } = await services.useCases.startResponse({ questionnaireId: 'mini' });
    await services.useCases.saveAnswers({ id, token, answers: { site: 'yes' } });
    // Search the file while the app holds it (data may still sit in the WAL), then after close.
    const whileOpen = ['', '-wal']
      .map((suffix) => database.file + suffix)
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file));
    await services.close();
    const afterClose = readFileSync(database.file);

    for (const bytes of [...whileOpen, afterClose]) {
      expect(bytes.includes(Buffer.from(token))).toBe(false);
    }
    const expectedHash = createHash('sha256').update(token).digest('hex');
    expect(afterClose.includes(Buffer.from(expectedHash))).toBe(true);
    const sqlite = new SQLite(database.file, { readonly: true });
    try {
      expect(sqlite.prepare('select id, token_hash from responses').all()).toEqual([
        { id, token_hash: expectedHash },
      ]);
    } finally {
      sqlite.close();
    }
  });
});
