// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SAVED_VISIBLE_MS, showSaveStatus } from '../../../web/src/save-status.js';

const indicator = () => document.getElementById('save-state')!;

describe('the save status', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="save-state"></p>';
  });
  afterEach(() => vi.useRealTimers());

  test('when a save succeeds, then "saved" shows and fades before 3 s, keeping its state', () => {
    showSaveStatus('saved', 'Réponses enregistrées');
    expect(indicator().textContent).toBe('Réponses enregistrées');
    expect(indicator().dataset.faded).toBeUndefined();

    vi.advanceTimersByTime(SAVED_VISIBLE_MS);

    expect(SAVED_VISIBLE_MS).toBeLessThan(3000);
    expect(indicator().dataset.faded).toBe('true');
    expect(indicator().dataset.state).toBe('saved');
  });

  test('when saving or an error follows, then it stays shown however long it takes', () => {
    showSaveStatus('saved', 'Réponses enregistrées');
    showSaveStatus('saving', 'Enregistrement…');
    vi.advanceTimersByTime(10_000);
    expect(indicator().dataset.faded).toBeUndefined();

    showSaveStatus('error', 'Non enregistré');
    vi.advanceTimersByTime(10_000);
    expect(indicator().dataset.faded).toBeUndefined();
    expect(indicator().dataset.state).toBe('error');
  });

  test('when a faded "saved" is followed by a new save, then it shows again', () => {
    showSaveStatus('saved', 'Réponses enregistrées');
    vi.advanceTimersByTime(SAVED_VISIBLE_MS);
    showSaveStatus('saving', 'Enregistrement…');
    expect(indicator().dataset.faded).toBeUndefined();
  });
});
