import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('the document workers configuration', () => {
  test('when nothing is set, then a core is left to the event loop, 16 documents may wait, 64 MB are cached, workers run at niceness 10 and 2 document requests are prepared at once, 256 waiting', () => {
    expect(loadConfig({}).documents).toEqual({
      workers: Math.max(1, availableParallelism() - 1),
      queueSize: 16,
      cacheBytes: 64 * 1024 * 1024,
      niceness: 10,
      preparations: 2,
      preparationQueue: 256,
    });
  });

  test('when the variables are set, then they are kept; out of range, every one is named', () => {
    expect(
      loadConfig({
        DOCUMENT_WORKERS: '3',
        DOCUMENT_QUEUE_SIZE: '0',
        DOCUMENT_CACHE_MB: '0',
        DOCUMENT_WORKER_NICENESS: '0',
        DOCUMENT_PREPARATIONS: '1',
        DOCUMENT_PREPARATION_QUEUE: '0',
      }).documents,
    ).toEqual({
      workers: 3,
      queueSize: 0,
      cacheBytes: 0,
      niceness: 0,
      preparations: 1,
      preparationQueue: 0,
    });
    let error: unknown;
    try {
      loadConfig({
        DOCUMENT_WORKERS: '0',
        DOCUMENT_QUEUE_SIZE: '-1',
        DOCUMENT_CACHE_MB: 'lots',
        DOCUMENT_WORKER_NICENESS: '20',
        DOCUMENT_PREPARATIONS: '0',
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((problem) => problem.split('=')[0])).toEqual([
      'DOCUMENT_WORKERS',
      'DOCUMENT_QUEUE_SIZE',
      'DOCUMENT_CACHE_MB',
      'DOCUMENT_WORKER_NICENESS',
      'DOCUMENT_PREPARATIONS',
    ]);
  });
});
