import type { AnswersPatch, AnswerValue } from '../../src/domain/answers/answer-schema.js';
import { api, ApiError, type Credentials } from './api.js';

export type SaveState = 'saved' | 'saving' | 'offline' | 'error';

const DELAY_MS = 400;
const MAX_RETRY_MS = 30_000;

/**
 * Saves answers as the respondent goes. Changes wait on this device (localStorage) until the
 * server has them, so a reload or a lost connection loses nothing; a lost connection is
 * retried with a growing delay.
 */
export class AnswerSaver {
  private pending: AnswersPatch;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 1000;
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
    return { ...this.pending };
  }

  change(questionId: string, value: AnswerValue | null): void {
    this.pending[questionId] = value;
    this.persist();
    this.schedule(DELAY_MS);
  }

  /** Sends what is pending now; resolves once the server has everything (or gave up). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (Object.keys(this.pending).length === 0) return;
    const sent = this.pending;
    this.pending = {};
    this.onState('saving');
    this.inFlight = api
      .saveAnswers(this.credentials, sent)
      .then(() => {
        this.retryDelay = 1000;
        this.persist();
        this.onState(Object.keys(this.pending).length > 0 ? 'saving' : 'saved');
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && !error.offline && error.status < 500) {
          // The server refused the answers: keeping them would fail again forever.
          this.persist();
          this.onState('error', error.errors[0]?.detail ?? error.message);
          return;
        }
        this.pending = { ...sent, ...this.pending };
        this.persist();
        this.onState('offline');
        this.schedule(this.retryDelay);
        this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    await this.inFlight;
    if (Object.keys(this.pending).length > 0 && this.timer === undefined) this.schedule(DELAY_MS);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private persist(): void {
    if (Object.keys(this.pending).length === 0) localStorage.removeItem(this.key);
    else localStorage.setItem(this.key, JSON.stringify(this.pending));
  }
}
