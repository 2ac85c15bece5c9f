import type { AnswersPatch, AnswerValue } from '../../src/domain/answers/answer-schema.js';
import { api, ApiError, type Credentials } from './api.js';

export type SaveState = 'saved' | 'saving' | 'offline' | 'error';
/** Told with an error: the detail to show, and the API's code ("workshop_closed" ...). */
export type OnSaveState = (state: SaveState, detail?: string, code?: string) => void;

const DELAY_MS = 400;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * Changes not yet acknowledged by the server. `associationName` is left out while unchanged;
 * null clears it (the API's own meaning).
 */
interface Changes {
  answers: AnswersPatch;
  associationName?: string | null;
}

const none = (): Changes => ({ answers: {} });
const isEmpty = (changes: Changes) =>
  Object.keys(changes.answers).length === 0 && changes.associationName === undefined;
/** Later changes win over earlier ones. */
const merge = (earlier: Changes, later: Changes): Changes => ({
  answers: { ...earlier.answers, ...later.answers },
  ...(later.associationName !== undefined
    ? { associationName: later.associationName }
    : earlier.associationName !== undefined
      ? { associationName: earlier.associationName }
      : {}),
});

/**
 * What this device kept. Before the association's name, the storage held the answers patch
 * alone; an answer is never a plain object, so an `answers` object tells the two apart and a
 * patch left by the earlier version still gets sent.
 */
function readStored(json: string | null): Changes {
  const stored = JSON.parse(json ?? '{}') as Record<string, unknown>;
  const answers = stored.answers;
  if (answers && typeof answers === 'object' && !Array.isArray(answers)) {
    const changes: Changes = { answers: answers as AnswersPatch };
    if (typeof stored.associationName === 'string' || stored.associationName === null) {
      changes.associationName = stored.associationName;
    }
    return changes;
  }
  return { answers: stored as AnswersPatch };
}

/**
 * Saves answers (and the association's name) as the respondent goes. A change stays in this
 * device's storage (with the changes being sent) until the server has acknowledged it, so a
 * reload, a closed tab or a lost connection loses nothing; a lost connection is retried with a
 * growing delay, and at once when the device says it is online again.
 */
export class AnswerSaver {
  /** Changes not yet sent. */
  private pending: Changes;
  /** Changes sent and not yet acknowledged. */
  private sending: Changes = none();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private inFlight: Promise<void> | undefined;
  private readonly key: string;

  constructor(
    private readonly credentials: Credentials,
    private readonly onState: OnSaveState,
  ) {
    this.key = `assoradar.pending.${credentials.id}`;
    this.pending = readStored(localStorage.getItem(this.key));
    // The backoff may have grown to 30 s while offline: once the device says it is back, the
    // waiting changes go now rather than at the end of the wait.
    globalThis.addEventListener('online', () => {
      if (this.timer !== undefined && !isEmpty(this.pending)) void this.flush();
    });
  }

  /** Answers changed on this device and not yet acknowledged by the server. */
  unsent(): AnswersPatch {
    return merge(this.sending, this.pending).answers;
  }

  /** The association's name as changed on this device and not yet acknowledged, if it was. */
  unsentAssociationName(): string | null | undefined {
    return merge(this.sending, this.pending).associationName;
  }

  change(questionId: string, value: AnswerValue | null): void {
    this.pending.answers[questionId] = value;
    this.persist();
    this.schedule(DELAY_MS);
  }

  /** The name as typed; blank clears it. The server trims it, and so does this. */
  changeAssociationName(name: string): void {
    this.pending.associationName = name.trim() === '' ? null : name.trim();
    this.persist();
    this.schedule(DELAY_MS);
  }

  /** Sends what is pending now; resolves once the server has it (or the attempt failed). */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (isEmpty(this.pending)) return;
    this.sending = this.pending;
    this.pending = none();
    this.onState('saving');
    this.inFlight = this.send().finally(() => {
      this.inFlight = undefined;
    });
    await this.inFlight;
  }

  private async send(): Promise<void> {
    try {
      await api.saveAnswers(this.credentials, this.sending);
      this.sending = none();
      this.retryDelay = FIRST_RETRY_MS;
      this.persist();
      if (!isEmpty(this.pending)) this.schedule(DELAY_MS);
      else this.onState('saved');
    } catch (error) {
      // Too many saves from this address (a whole workshop behind one router): the changes
      // are fine, they wait on this device until the server takes them again.
      const throttled = error instanceof ApiError && error.status === 429;
      if (error instanceof ApiError && !error.offline && !throttled && error.status < 500) {
        // The server refused these changes: sending them again would fail again.
        this.sending = none();
        this.persist();
        this.onState('error', error.errors[0]?.detail ?? error.message, error.code);
        return;
      }
      this.pending = merge(this.sending, this.pending);
      this.sending = none();
      this.persist();
      this.onState('offline');
      const asked = throttled ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
      this.schedule(Math.max(this.retryDelay, asked));
      this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    }
  }

  private schedule(delay: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private persist(): void {
    const unsent = merge(this.sending, this.pending);
    if (isEmpty(unsent)) localStorage.removeItem(this.key);
    else localStorage.setItem(this.key, JSON.stringify(unsent));
  }
}
