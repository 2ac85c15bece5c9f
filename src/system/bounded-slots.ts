export interface BoundedSlotsOptions {
  /** Tasks that may run at once. */
  slots: number;
  /** Tasks that may wait for a slot; one more is refused at once. */
  queueSize: number;
  /** The longest a task waits for a slot before it is refused. */
  maxWaitMs: number;
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
 * A counting semaphore with a bounded, time-limited queue: at most `slots` tasks at once, at
 * most `queueSize` waiting, none waiting longer than `maxWaitMs`; a task that cannot wait is
 * refused rather than left waiting without end. A waiting task costs no CPU (a parked promise).
 *
 * A freed slot passes to the next waiting task on a later turn of the event loop
 * (`setImmediate`), never in the same one: the I/O that arrived meanwhile (a health probe, any
 * other request) is served between two tasks, whereas handing over in a microtask would run
 * every waiting task back to back before the loop reads a socket again.
 */
export function boundedSlots(options: BoundedSlotsOptions): BoundedSlots {
  let active = 0;
  const queue: Waiting[] = [];

  async function inSlot<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } finally {
      release();
    }
  }

  function release() {
    const next = queue.shift();
    if (!next) {
      active -= 1;
      return;
    }
    // The slot stays taken, for `next`: a task arriving before it starts waits behind it.
    clearTimeout(next.timer);
    setImmediate(next.start);
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (active < options.slots) {
        active += 1;
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
