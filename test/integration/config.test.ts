import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration from environment variables', () => {
  test('when nothing is set, then the defaults serve localhost:3000 on data/assoradar.sqlite', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      database: { dialect: 'sqlite', file: resolve('data/assoradar.sqlite') },
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      questionnairesDir: resolve('questionnaires'),
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  test('when DATABASE_URL is an sqlite: URL or a postgres:// URL, then the dialect follows it', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/assoradar/db.sqlite' }).database).toEqual({
      dialect: 'sqlite',
      file: '/var/lib/assoradar/db.sqlite',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({
      dialect: 'sqlite',
      file: ':memory:',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' }).database).toEqual({
      dialect: 'postgres',
      url: 'postgres://u@localhost/db',
      poolSize: 10,
    });
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://u@db/x', DATABASE_POOL_SIZE: '4' }).database,
    ).toMatchObject({ dialect: 'postgres', poolSize: 4 });
  });

  test('when PUBLIC_URL ends with a slash, then it is dropped so links can be joined', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://diag.example.org/' }).publicUrl).toBe(
      'https://diag.example.org',
    );
  });

  test('when several variables are bad, then one error names every one of them with its value', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        PUBLIC_URL: 'nope',
      });
    } catch (thrown) {
      error = thrown;
    }

    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map((p) => p.split('=')[0])).toEqual([
      'PORT',
      'DATABASE_URL',
      'PUBLIC_URL',
      'LOG_LEVEL',
    ]);
    expect(message).toContain('PORT="eighty"');
    expect(message).toContain('LOG_LEVEL="loud"');
  });

  test('when PORT is out of range, then it is refused', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
  });
});
