import { Piscina } from 'piscina';
import {
  DocumentsBusyError,
  type DocumentSource,
  type ExportTable,
  type ReportRenderer,
} from '../usecases/report-ports.js';
import { boundedSlots } from '../system/bounded-slots.js';
import { documentTag } from './document-tag.js';

export interface DocumentPoolOptions {
  /** Worker threads that render. */
  workers: number;
  /**
   * Documents that may wait for a worker; one more, or one that waited MAX_QUEUE_WAIT_MS, is
   * refused with `DocumentsBusyError`.
   */
  queueSize: number;
  /**
   * How much lower the workers' scheduling priority is than the event loop's (Linux `nice`,
   * through piscina's optional @napi-rs/nice): on a small server a burst of PDFs then slows
   * PDFs down, not every other request. 0 where other processes share the cores and documents
   * must not wait behind them (the test suite).
   */
  niceness: number;
}

export interface DocumentPoolStatistics {
  workers: number;
  /** Documents being rendered or waiting for a worker. */
  inFlight: number;
  /** Renders finished (well or not) since this renderer opened. */
  completed: number;
  /** Renders refused: the queue was full, or the wait too long. */
  refused: number;
}

export interface WorkerReportRenderer extends ReportRenderer {
  /** An export's workbook, written by a worker like a PDF (and refused like one when busy). */
  writeXlsx(table: ExportTable): Promise<Uint8Array>;
  statistics(): DocumentPoolStatistics;
  /** Resolves once every worker has started and loaded the renderer. */
  ready(): Promise<void>;
  /**
   * Lets this renderer's renders under way finish, then lets the threads go: they end shortly
   * after, unless another app of the process takes them up.
   */
  close(): Promise<void>;
}

/** A first guess of one render's time, until renders have been timed. */
const FIRST_RENDER_MS = 200;

/**
 * How long threads nobody uses are kept: an app closed and another opened at once (the tests,
 * which build an app a test) find them started and warm (fonts loaded, code compiled).
 */
const SHARED_POOL_GRACE_MS = 2_000;

/** What a worker is given: a PDF's view model, an export's table (`writeXlsx`), or `ready`. */
type WorkerTask = DocumentSource | ExportTable | null;

interface SharedPool {
  pool: Piscina<WorkerTask, unknown>;
  users: number;
  closing: NodeJS.Timeout | undefined;
}

/** The process's pools by their settings, shared by every app it builds. */
const sharedPools = new Map<string, SharedPool>();

function acquirePool(options: DocumentPoolOptions): SharedPool {
  const key = `${options.workers}:${options.niceness}`;
  let shared = sharedPools.get(key);
  if (!shared) {
    shared = { pool: openPool(options), users: 0, closing: undefined };
    sharedPools.set(key, shared);
  }
  clearTimeout(shared.closing);
  shared.closing = undefined;
  shared.users += 1;
  return shared;
}

function releasePool(options: DocumentPoolOptions, shared: SharedPool) {
  shared.users -= 1;
  if (shared.users > 0) return;
  // Unreferenced: a process that has nothing else to do exits without waiting for it, and
  // piscina's idle threads keep no process alive either.
  shared.closing = setTimeout(() => {
    sharedPools.delete(`${options.workers}:${options.niceness}`);
    void shared.pool.close();
  }, SHARED_POOL_GRACE_MS).unref();
}

function openPool(options: DocumentPoolOptions): Piscina<WorkerTask, unknown> {
  // Built, this file is JavaScript beside the worker's; under tsx or vitest it is TypeScript
  // and the worker threads need tsx's loader to import the worker's TypeScript.
  const typescript = import.meta.url.endsWith('.ts');
  return new Piscina({
    filename: new URL(`./render-worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    idleTimeout: Infinity,
    // Each renderer keeps its own queue and hands piscina no more than it has workers.
    maxQueue: Infinity,
    niceIncrement: options.niceness,
    execArgv:
      typescript && !process.execArgv.some((option) => option.includes('tsx'))
        ? [...process.execArgv, '--import', 'tsx']
        : process.execArgv,
  });
}

/**
 * The longest a document waits for a worker: past it, it is refused like a document that found
 * the queue full, well before a client or a proxy gives up on the request.
 */
const MAX_QUEUE_WAIT_MS = 10_000;

/**
 * The report port over a pool of worker threads (piscina) that run the pdfkit renderer, so that
 * no document blocks the event loop. Piscina gets no more documents than there are workers;
 * the others wait in bounded slots, first come first served, at most `queueSize` of them and for
 * at most MAX_QUEUE_WAIT_MS: the next one, or one that waited too long, is refused (503 with
 * Retry-After) rather than left to wait without end.
 */
export function openWorkerReportRenderer(options: DocumentPoolOptions): WorkerReportRenderer {
  // Started with the first document or `ready`: a process that renders none starts none.
  let shared: SharedPool | undefined;
  let closed = false;
  let refused = 0;
  let completed = 0;
  let averageMs = FIRST_RENDER_MS;
  const running = new Set<Promise<unknown>>();
  const workers = boundedSlots({
    slots: options.workers,
    queueSize: options.queueSize,
    maxWaitMs: MAX_QUEUE_WAIT_MS,
    refuse: busy,
  });

  /** Runs the worker's default export (a PDF) or its function `name` on the task. */
  function render(task: WorkerTask, name?: string): Promise<Uint8Array> {
    if (closed) return Promise.reject(new Error('The document workers are closed.'));
    return workers.run(() => dispatch(task, name));
  }

  async function dispatch(task: WorkerTask, name?: string): Promise<Uint8Array> {
    const started = performance.now();
    shared ??= acquirePool(options);
    const run = shared.pool.run(task, name ? { name } : {});
    running.add(run);
    try {
      const pdf = (await run) as Uint8Array;
      averageMs = 0.8 * averageMs + 0.2 * (performance.now() - started);
      return pdf;
    } finally {
      running.delete(run);
      completed += 1;
    }
  }

  function busy(): DocumentsBusyError {
    refused += 1;
    return new DocumentsBusyError(retryAfterSeconds());
  }

  /** About when there will be room again: the renders in flight, shared by the workers. */
  function retryAfterSeconds(): number {
    const inFlight = workers.active + workers.waiting;
    const seconds = Math.ceil((averageMs * inFlight) / options.workers / 1000);
    return Math.min(60, Math.max(1, seconds));
  }

  return {
    renderResponseReport: (model) => render({ kind: 'response', model }),
    renderGroupReport: (model) => render({ kind: 'group', model }),
    renderTeamReport: (model) => render({ kind: 'team', model }),
    renderPaperQuestionnaire: (model) => render({ kind: 'paper', model }),
    writeXlsx: (table) => render(table, 'writeXlsx'),
    documentTag,
    statistics: () => ({
      workers: options.workers,
      inFlight: workers.active + workers.waiting,
      completed,
      refused,
    }),
    ready: async () => {
      if (closed) return;
      shared ??= acquirePool(options);
      // A worker answers once it has imported the renderer (piscina preloads the file).
      const { pool } = shared;
      await Promise.all(
        Array.from({ length: options.workers }, () => pool.run(null, { name: 'ready' })),
      );
    },
    close: async () => {
      closed = true;
      workers.refuseWaiting();
      await Promise.allSettled(running);
      if (shared) releasePool(options, shared);
      shared = undefined;
    },
  };
}
