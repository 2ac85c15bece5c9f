import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Questionnaire } from '../../../src/domain/index.js';
import { CLUB_ANSWERS, defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { renderReport, type ReportInput } from '../../support/render-report.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The report is a function of the response: the same response gives the same file, whenever and
 * however often it is asked for (a download link can be cached; a copy can be compared).
 */
describe('the bytes of a report', { timeout: 30_000 }, () => {
  let input: ReportInput;
  let first: Uint8Array;
  beforeAll(async () => {
    const questionnaire: Questionnaire = await defaultQuestionnaire();
    input = { questionnaire, answers: CLUB_ANSWERS, associationName: 'Les Amis du Vélo' };
    first = (await renderReport(input)).pdf;
  });

  test('when the same response is rendered twice, then the two files are byte for byte the same', async () => {
    const second = (await renderReport(input)).pdf;

    expect(second.byteLength).toBe(first.byteLength);
    expect(sha256(second)).toBe(sha256(first));
  });

  test('when other reports are rendered in between, then the same response still gives the same bytes', async () => {
    await renderReport({ ...input, locale: 'en', associationName: 'Another club' });
    await renderReport({ ...input, answers: {}, associationName: null });

    expect(sha256((await renderReport(input)).pdf)).toBe(sha256(first));
  });

  test('when only the date differs, then the bytes differ and the cover prints the other date', async () => {
    const laterBytes = (await renderReport({ ...input, date: '2026-11-27T10:00:00.000Z' })).pdf;

    expect(sha256(laterBytes)).not.toBe(sha256(first));
    const later = await readPdf(laterBytes);
    expect(searchable(later.pages[0]!.body)).toContain('Diagnostic envoyé le 27 novembre 2026');
    expect(later.info).toMatchObject({ CreationDate: 'D:20261127100000Z' });
  });

  test('when a response is sent late in the evening in Paris and the server runs in New York, then the cover prints the Paris date', async () => {
    // 23:30 UTC on 26 November is 18:30 on the 26th in New York, 00:30 on the 27th in Paris.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(new Date('2026-11-26T23:30:00.000Z').getDate()).toBe(26);
      const late = (await renderReport({ ...input, date: '2026-11-26T23:30:00.000Z' })).pdf;

      const cover = searchable((await readPdf(late)).pages[0]!.body);
      expect(cover).toContain('Diagnostic envoyé le 27 novembre 2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
