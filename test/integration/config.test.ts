import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig, publicUrlWarning } from '../../src/config.js';

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
      timeouts: { connectMs: 2000, statementMs: 5000 },
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({
      dialect: 'sqlite',
      file: ':memory:',
      timeouts: { connectMs: 2000, statementMs: 5000 },
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' }).database).toEqual({
      dialect: 'postgres',
      url: 'postgres://u@localhost/db',
      poolSize: 10,
      timeouts: { connectMs: 2000, statementMs: 5000 },
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

  test('when the hardening variables are not set, then writes are limited per address in memory, no proxy is trusted and requests have 30 s', () => {
    expect(loadConfig({})).toMatchObject({
      writesPerMinute: 600,
      redisUrl: undefined,
      redisKeyPrefix: 'assoradar:',
      trustProxy: false,
      requestTimeoutSeconds: 30,
    });
  });

  test('when REDIS_URL is a redis:// or rediss:// URL, then it is kept; any other URL is refused', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache.internal:6379/2' }).redisUrl).toBe(
      'redis://cache.internal:6379/2',
    );
    expect(loadConfig({ REDIS_URL: 'rediss://u:p@cache.example.org' }).redisUrl).toBe(
      'rediss://u:p@cache.example.org',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://cache.internal' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'two words' })).toThrow(/REDIS_KEY_PREFIX/);
  });

  test('when a bad URL holds a password, then the error shows everything but the password', () => {
    let error: unknown;
    try {
      loadConfig({
        REDIS_URL: 'http://admin:s3cr3t@cache.internal',
        DATABASE_URL: 'mysql://app:hunter2@db.internal/assoradar',
      });
    } catch (thrown) {
      error = thrown;
    }

    const { message } = error as ConfigError;
    expect(message).toContain('REDIS_URL="http://admin:***@cache.internal"');
    expect(message).toContain('DATABASE_URL="mysql://app:***@db.internal/assoradar"');
    expect(message).not.toMatch(/s3cr3t|hunter2/);
  });

  test('when TRUST_PROXY is true, false or a list of addresses and ranges, then Fastify gets it as such', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'FALSE' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(
      loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).trustProxy,
    ).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback']);
  });

  test('when TRUST_PROXY is a count of hops or not an address, then it is refused', () => {
    for (const value of ['2', 'yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/8/8', 'proxy.local']) {
      expect(() => loadConfig({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY/);
    }
  });

  test('when WRITES_PER_MINUTE or REQUEST_TIMEOUT_SECONDS is not a positive whole number, then it is refused', () => {
    expect(loadConfig({ WRITES_PER_MINUTE: '1200' }).writesPerMinute).toBe(1200);
    expect(loadConfig({ REQUEST_TIMEOUT_SECONDS: '10' }).requestTimeoutSeconds).toBe(10);
    for (const value of ['0', '-5', '1.5', 'many']) {
      expect(() => loadConfig({ WRITES_PER_MINUTE: value }), value).toThrow(/WRITES_PER_MINUTE/);
      expect(() => loadConfig({ REQUEST_TIMEOUT_SECONDS: value }), value).toThrow(
        /REQUEST_TIMEOUT_SECONDS/,
      );
    }
  });

  test('when the database and health timeouts are not set, then they are 2 s, 5 s and 1.5 s; fractions of a second are taken', () => {
    const defaults = loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' });
    expect(defaults.database.timeouts).toEqual({ connectMs: 2000, statementMs: 5000 });
    expect(defaults.healthTimeoutMs).toBe(1500);

    const short = loadConfig({
      DATABASE_WAIT_SECONDS: '0.3',
      DATABASE_TIMEOUT_SECONDS: '0.5',
      HEALTH_TIMEOUT_SECONDS: '0.25',
    });
    expect(short.database.timeouts).toEqual({ connectMs: 300, statementMs: 500 });
    expect(short.healthTimeoutMs).toBe(250);
    for (const name of ['DATABASE_TIMEOUT_SECONDS', 'HEALTH_TIMEOUT_SECONDS']) {
      for (const value of ['0', '-1', 'soon', '601']) {
        expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(name);
      }
    }
  });

  test('when the shutdown timeout is not set, then it is 10 s; a fraction of a second is taken, nothing over ten minutes', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '2.5' }).shutdownTimeoutMs).toBe(2500);
    for (const value of ['0', '-1', 'soon', '601']) {
      expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: value }), value).toThrow(
        /SHUTDOWN_TIMEOUT_SECONDS/,
      );
    }
  });

  test('when the code and document budgets are not set, then they are 30 and 60 a minute', () => {
    expect(loadConfig({})).toMatchObject({ codeLookupsPerMinute: 30, documentsPerMinute: 60 });
    expect(loadConfig({ CODE_LOOKUPS_PER_MINUTE: '5' }).codeLookupsPerMinute).toBe(5);
    for (const value of ['0', '2.5', 'many']) {
      expect(() => loadConfig({ CODE_LOOKUPS_PER_MINUTE: value })).toThrow(/CODE_LOOKUPS/);
      expect(() => loadConfig({ DOCUMENTS_PER_MINUTE: value })).toThrow(/DOCUMENTS_PER/);
    }
  });
});

describe('the warning about PUBLIC_URL at start', () => {
  test('when the server listens beyond this machine without PUBLIC_URL, then the operator is told that links point at localhost', () => {
    const warning = publicUrlWarning(loadConfig({ HOST: '0.0.0.0', PORT: '4100' }));

    expect(warning).toContain('PUBLIC_URL is not set');
    expect(warning).toContain('http://localhost:4100');
    expect(warning).toContain(':4100 on a local network');
  });

  test('when PUBLIC_URL is set, or the server listens on a loopback address, then nothing is said', () => {
    expect(
      publicUrlWarning(loadConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'https://diag.crib.fr' })),
    ).toBeUndefined();
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]']) {
      expect(publicUrlWarning(loadConfig({ HOST: host })), host).toBeUndefined();
    }
    expect(publicUrlWarning(loadConfig({ HOST: '::' }))).toBeDefined();
  });
});
