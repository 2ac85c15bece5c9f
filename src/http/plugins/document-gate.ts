import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DocumentsConfig } from '../../config.js';
import { boundedSlots } from '../../system/bounded-slots.js';
import { DocumentsBusyError } from '../../usecases/report-ports.js';

export interface DocumentGateStatistics {
  /** Document requests being prepared now. */
  preparing: number;
  /** Document requests waiting to be prepared. */
  waiting: number;
  /** The most prepared at once since the app was built. */
  mostAtOnce: number;
  /** Requests prepared (well or not). */
  prepared: number;
  /** Requests that found no turn at once (they waited, or were refused). */
  waited: number;
  /** Requests refused: too many waiting, or waiting too long. */
  refused: number;
}

export interface DocumentGate {
  /**
   * Runs a document request's preparation on the event loop (its use case, which reads and
   * builds the view model, its tag, its cache lookup) when its turn comes.
   */
  prepare<T>(preparation: () => Promise<T>): Promise<T>;
  statistics(): DocumentGateStatistics;
}

declare module 'fastify' {
  interface FastifyInstance {
    documentGate: DocumentGate;
  }
}

/**
 * The longest a document request waits for its turn. A preparation takes a few milliseconds,
 * so a request that waited this long meets a server that is overwhelmed: it is told to come
 * back rather than kept.
 */
const MAX_PREPARATION_WAIT_MS = 5_000;

/** A turn comes within milliseconds: the client may try again at once, HTTP's least. */
const PREPARATION_RETRY_AFTER_SECONDS = 1;

/**
 * Bounds how many document requests are prepared on the event loop at once and in one turn of
 * it (DOCUMENT_PREPARATIONS); the others wait, parked, first come first served, within
 * DOCUMENT_PREPARATION_QUEUE and MAX_PREPARATION_WAIT_MS, or answer 503 `documents_busy` with
 * Retry-After, as a full render queue does. A cached PDF costs its request 1-2 ms of the loop
 * (view model, tag): thirty clients asking for theirs at once would fill the loop for 50 ms
 * between two reads of a socket; through the gate, a health probe or any other request waits
 * at most for a few preparations. @see README, Decisions, "Documents off the main thread".
 */
async function documentGate(app: FastifyInstance, options: { documents: DocumentsConfig }) {
  let refused = 0;
  let mostAtOnce = 0;
  let prepared = 0;
  let waited = 0;
  const slots = boundedSlots({
    slots: options.documents.preparations,
    // Preparations on SQLite finish within their turn: the turn's count is what bounds them.
    startsPerTurn: options.documents.preparations,
    queueSize: options.documents.preparationQueue,
    maxWaitMs: MAX_PREPARATION_WAIT_MS,
    refuse: () => {
      refused += 1;
      return new DocumentsBusyError(PREPARATION_RETRY_AFTER_SECONDS);
    },
  });
  app.decorate('documentGate', {
    prepare: (preparation) => {
      // A task given its turn at once runs within `run`, before it returns.
      let startedAtOnce = false;
      let calling = true;
      const prepared$ = slots.run(async () => {
        startedAtOnce = calling;
        mostAtOnce = Math.max(mostAtOnce, slots.active);
        try {
          return await preparation();
        } finally {
          prepared += 1;
        }
      });
      calling = false;
      if (!startedAtOnce) waited += 1;
      return prepared$;
    },
    statistics: () => ({
      preparing: slots.active,
      waiting: slots.waiting,
      mostAtOnce,
      prepared,
      waited,
      refused,
    }),
  } satisfies DocumentGate);
  // Nothing is refused when the app closes: a request waiting here was received, and a graceful
  // shutdown lets it finish (its wait is bounded, so the close is too); the workers stop after.
}

export default fp(documentGate, { name: 'document-gate' });
