import type { AnswersPatch, AnswerValue } from '../../src/domain/answers/answer-schema.js';
import { api, ApiError, type Credentials } from './api.js';

export type SaveState = 'saved' | 'saving' | 'offline' | 'error';

const DELAY_MS = 400;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * Saves answers as the respondent goes. A change stays in this device's storage (with the
 * changes being sent) until the server has acknowledged it, so a reload, a closed tab or a lost
 * connection loses nothing; a lost connection is retried with a growing delay.
 */
export class AnswerSaver {
  /** Changes not yet sent. */
  private pending: AnswersPatch;
  /** Changes sent and not yet acknowledged. */
  private sending: AnswersPatch = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private inFlight: Promise<void> | undefined;
  private readonly key: string;

  constructor(
    private readonly credentials: Credentials,
    private readonly onState: (state: SaveState, detail?: string) => void,
  ) {
    this.key = `assoradar.pending.${credentials.id}`;
    this.pending = JSON.parse(localStorage.getItem(this.key) ?? '{}') as AnswersPatch;
  }

  /** Answers changed on this device and not yet acknowledged by the server. */
  unsent(): AnswersPatch {
    return { ...this.sending, ...this.pending };
  }

  change(questionId: string, value: AnswerValue | null): void {
    this.pending[questionId] = value;
    this.persist();
    this.schedule(DELAY_MS);
  }

  /** Sends what is pending now; resolves once the server has it (or the attempt failed). */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (Object.keys(this.pending).length === 0) return;
    this.sending = this.pending;
    this.pending = {};
    this.onState('saving');
    this.inFlight = this.send().finally(() => {
      this.inFlight = undefined;
    });
    await this.inFlight;
  }

  private async send(): Promise<void> {
    try {
      await api.saveAnswers(this.credentials, this.sending);
      this.sending = {};
      this.retryDelay = FIRST_RETRY_MS;
      this.persist();
      if (Object.keys(this.pending).length > 0) this.schedule(DELAY_MS);
      else this.onState('saved');
    } catch (error) {
      if (error instanceof ApiError && !error.offline && error.status < 500) {
        // The server refused these answers: sending them again would fail again.
        this.sending = {};
        this.persist();
        this.onState('error', error.errors[0]?.detail ?? error.message);
        return;
      }
      this.pending = { ...this.sending, ...this.pending };
      this.sending = {};
      this.persist();
      this.onState('offline');
      this.schedule(this.retryDelay);
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
    const unsent = this.unsent();
    if (Object.keys(unsent).length === 0) localStorage.removeItem(this.key);
    else localStorage.setItem(this.key, JSON.stringify(unsent));
  }
}
