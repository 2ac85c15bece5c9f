// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnswerSaver, type SaveState } from '../../../web/src/answer-saver.js';
import { fakeApi, type SentRequest } from './support/fake-api.js';

const credentials = { id: '0b6f4d1e-3c2a-4e5f-9a8b-7c6d5e4f3a2b', token: 'a-token' };
const STORAGE_KEY = `assoradar.pending.${credentials.id}`;
const saved = { status: 200, body: { id: credentials.id } };

/** A saver over a fake server that answers each save with the next of `answers`. */
function saverWith(
  ...answers: Array<
    'offline' | { status: number; body?: unknown; headers?: Record<string, string> }
  >
) {
  const states: Array<{ state: SaveState; detail?: string; code?: string }> = [];
  const api = fakeApi({
    [`PATCH /api/responses/${credentials.id}/answers`]: () => {
      const next = answers.shift() ?? saved;
      if (next === 'offline') throw new TypeError('Failed to fetch');
      return next;
    },
  });
  // The fake throws inside its handler: a fetch that cannot reach the server rejects likewise.
  vi.stubGlobal('fetch', api.fetch);
  const saver = new AnswerSaver(credentials, (state, detail, code) =>
    states.push({ state, detail, code }),
  );
  const saves = () => api.sent.filter((request: SentRequest) => request.method === 'PATCH');
  return { saver, states, saves };
}

describe('the answer saver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('when answers change in quick succession, then one save sends them all, 400 ms after the last', async () => {
    const { saver, saves, states } = saverWith();

    saver.change('q1', 'yes');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('q2', ['a', 'b']);
    await vi.advanceTimersByTimeAsync(399);
    expect(saves()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);

    expect(saves()).toHaveLength(1);
    expect(saves()[0]!.body).toEqual({ answers: { q1: 'yes', q2: ['a', 'b'] } });
    expect(saves()[0]!.headers.get('authorization')).toBe('Bearer a-token');
    expect(states.map((s) => s.state)).toEqual(['saving', 'saved']);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('when the server cannot be reached, then the answers stay on the device and are retried after 1, 2 then 4 s', async () => {
    const { saver, saves, states } = saverWith('offline', 'offline', 'offline');

    saver.change('q1', 2);
    await vi.advanceTimersByTimeAsync(400);
    expect(saves()).toHaveLength(1);
    expect(states.at(-1)!.state).toBe('offline');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({ answers: { q1: 2 } });

    await vi.advanceTimersByTimeAsync(999);
    expect(saves()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(saves()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves()).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4000);

    expect(saves()).toHaveLength(4);
    expect(saves().at(-1)!.body).toEqual({ answers: { q1: 2 } });
    expect(states.at(-1)!.state).toBe('saved');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('when the device comes back online during a long backoff, then the answers go at once', async () => {
    const { saver, saves, states } = saverWith('offline', 'offline', 'offline', 'offline');

    saver.change('q1', 'yes');
    // Four failures: the next attempt would wait 8 s more.
    await vi.advanceTimersByTimeAsync(400 + 1000 + 2000 + 4000);
    expect(saves()).toHaveLength(4);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);

    expect(saves()).toHaveLength(5);
    expect(states.at(-1)!.state).toBe('saved');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('when an answer changes while the connection is lost, then the retry sends the latest value', async () => {
    const { saver, saves } = saverWith('offline');

    saver.change('q1', 'no');
    await vi.advanceTimersByTimeAsync(400);
    saver.change('q1', 'yes');
    saver.change('q2', 'maybe');
    await vi.advanceTimersByTimeAsync(400);

    expect(saves().at(-1)!.body).toEqual({ answers: { q1: 'yes', q2: 'maybe' } });
  });

  test('when the server answers 429 with Retry-After, then the next attempt waits that long, not the usual second', async () => {
    const { saver, saves, states } = saverWith({
      status: 429,
      body: { code: 'rate_limited', status: 429 },
      headers: { 'retry-after': '7' },
    });

    saver.change('q1', 'yes');
    await vi.advanceTimersByTimeAsync(400);
    expect(states.at(-1)!.state).toBe('offline');
    await vi.advanceTimersByTimeAsync(6999);
    expect(saves()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(saves()).toHaveLength(2);
    expect(states.at(-1)!.state).toBe('saved');
  });

  test('when the server fails (5xx), then the answers are kept and sent again', async () => {
    const { saver, saves, states } = saverWith({ status: 503, body: { code: 'unavailable' } });

    saver.change('q1', 'yes');
    await vi.advanceTimersByTimeAsync(400 + 1000);

    expect(saves()).toHaveLength(2);
    expect(states.at(-1)!.state).toBe('saved');
  });

  test('when the server refuses the answers (4xx), then it says why, drops them and does not retry', async () => {
    const { saver, saves, states } = saverWith({
      status: 409,
      body: {
        code: 'workshop_closed',
        status: 409,
        detail: 'closed',
        errors: [{ pointer: '/answers/q1', detail: 'The workshop is closed' }],
      },
    });

    saver.change('q1', 'yes');
    await vi.advanceTimersByTimeAsync(400 + 60_000);

    expect(saves()).toHaveLength(1);
    expect(states.at(-1)).toEqual({
      state: 'error',
      detail: 'The workshop is closed',
      code: 'workshop_closed',
    });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('when the page is reloaded before a save, then a new saver finds the unsent answers and the name, and sends them', async () => {
    const first = saverWith('offline');
    first.saver.change('q1', 'yes');
    first.saver.changeAssociationName('  Les Amis du Quartier ');
    await vi.advanceTimersByTimeAsync(400);
    expect(first.states.at(-1)!.state).toBe('offline');
    vi.clearAllTimers(); // The tab is gone.

    const second = saverWith();
    expect(second.saver.unsent()).toEqual({ q1: 'yes' });
    expect(second.saver.unsentAssociationName()).toBe('Les Amis du Quartier');
    await second.saver.flush();

    expect(second.saves()[0]!.body).toEqual({
      answers: { q1: 'yes' },
      associationName: 'Les Amis du Quartier',
    });
  });

  test('when the storage holds a patch of the earlier format (answers alone), then it is still sent', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ q7: 'no' }));
    const { saver, saves } = saverWith();

    await saver.flush();

    expect(saves()[0]!.body).toEqual({ answers: { q7: 'no' } });
  });
});
