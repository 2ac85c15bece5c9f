export interface BoundedSlotsOptions {
  /** Tasks that may run at once. */
  slots: number;
  /** Tasks that may wait for a slot; one more is refused at once. */
  queueSize: number;
  /** The longest a task waits for a slot before it is refused. */
  maxWaitMs: number;
  /**
   * Tasks that may start in one phase of the event loop (unbounded if left out): as they
   * arrive, or when the loop runs its immediates; twice that between two reads of the sockets.
   * Tasks whose awaits all resolve at once (SQLite's synchronous reads) finish within their
   * turn, so `slots` alone would let any number run one after another before a socket is read
   * again.
   */
  startsPerTurn?: number;
  /** The error a refused task rejects with (called once a refusal). */
  refuse(): Error;
}

export interface BoundedSlots {
  /** Runs `task` in a slot, first come first served; rejects with `refuse()` if it cannot. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
  /** Refuses every task still waiting; the running ones go on. */
  refuseWaiting(): void;
}

interface Waiting {
  start(): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
}

/**
 * A counting semaphore with a bounded, time-limited queue: at most `slots` tasks at once (and
 * `startsPerTurn` started in a turn of the event loop), at most `queueSize` waiting, none
 * waiting longer than `maxWaitMs`; a task that cannot wait is refused rather than left waiting
 * without end. A waiting task costs no CPU (a parked promise).
 *
 * Waiting tasks start on a later turn of the event loop (`setImmediate`), never in the same
 * one: the I/O that arrived meanwhile (a health probe, any other request) is served between
 * them, whereas starting them in a microtask would run every waiting task back to back before
 * the loop reads a socket again. First come first served: a newcomer never passes a waiting task.
 */
export function boundedSlots(options: BoundedSlotsOptions): BoundedSlots {
  const startsPerTurn = options.startsPerTurn ?? Infinity;
  let active = 0;
  let startedThisTurn = 0;
  let turnScheduled = false;
  const queue: Waiting[] = [];

  function room(): boolean {
    return active < options.slots && startedThisTurn < startsPerTurn;
  }

  function begin() {
    active += 1;
    startedThisTurn += 1;
    // The count of this turn's starts is reset on the next turn.
    if (startsPerTurn !== Infinity) scheduleTurn();
  }

  function scheduleTurn() {
    if (turnScheduled) return;
    turnScheduled = true;
    setImmediate(nextTurn);
  }

  function nextTurn() {
    turnScheduled = false;
    startedThisTurn = 0;
    while (queue.length > 0 && room()) {
      const next = queue.shift()!;
      clearTimeout(next.timer);
      begin();
      next.start();
    }
  }

  async function inSlot<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } finally {
      active -= 1;
      if (queue.length > 0) scheduleTurn();
    }
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (queue.length === 0 && room()) {
        begin();
        return inSlot(task);
      }
      if (queue.length >= options.queueSize) return Promise.reject(options.refuse());
      return new Promise<T>((resolve, reject) => {
        const entry: Waiting = {
          start: () => void inSlot(task).then(resolve, reject),
          reject,
          timer: setTimeout(() => {
            queue.splice(queue.indexOf(entry), 1);
            reject(options.refuse());
          }, options.maxWaitMs),
        };
        queue.push(entry);
      });
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    refuseWaiting() {
      for (const entry of queue.splice(0)) {
        clearTimeout(entry.timer);
        entry.reject(options.refuse());
      }
    },
  };
}
