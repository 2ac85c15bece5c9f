// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { ApiError } from '../../../web/src/api.js';
import { setLocale, t } from '../../../web/src/i18n.js';
import { problemMessage } from '../../../web/src/problem-message.js';

describe('problemMessage', () => {
  beforeEach(async () => {
    await setLocale('fr');
  });

  test('when the server cannot be reached, then every page says so the same way unless it has its own words', () => {
    const offline = new ApiError(0, 'network', 'offline');
    expect(problemMessage(offline)).toBe(t('error.network'));
    expect(problemMessage(offline, {}, { offline: 'download.offline' })).toBe(
      t('download.offline'),
    );
  });

  test('when the page names a code or a status, then its message wins, the code first', () => {
    const closed = new ApiError(409, 'workshop_closed', 'closed');
    expect(problemMessage(closed, { 409: 'results.report.notSubmitted' })).toBe(
      t('results.report.notSubmitted'),
    );
    expect(
      problemMessage(closed, {
        409: 'results.report.notSubmitted',
        workshop_closed: () => 'fermé',
      }),
    ).toBe('fermé');
  });

  test('when a problem has field errors, then a page can say them', () => {
    const invalid = new ApiError(400, 'validation', 'bad', [
      { pointer: '/answers/q1', detail: 'not an option' },
    ]);
    expect(problemMessage(invalid, { 400: (e) => e.errors[0]!.detail })).toBe('not an option');
  });

  test('when nothing specific is said, then 429 and 404 have their common words and the rest the server detail', () => {
    expect(problemMessage(new ApiError(429, 'rate_limited', 'slow down'))).toBe(t('error.tooMany'));
    expect(problemMessage(new ApiError(404, 'not_found', 'gone'))).toBe(t('error.notFound'));
    expect(problemMessage(new ApiError(422, 'odd', 'Le détail'))).toBe(
      'Une erreur est survenue : Le détail',
    );
  });

  test('when the page has its own words for any other failure, then a 404 uses them too', () => {
    const otherwise = (detail: string) => `échec : ${detail}`;
    expect(problemMessage(new ApiError(404, 'not_found', 'gone'), {}, { otherwise })).toBe(
      'échec : gone',
    );
    expect(problemMessage(new Error('boom'), {}, { otherwise })).toBe('échec : boom');
  });
});
