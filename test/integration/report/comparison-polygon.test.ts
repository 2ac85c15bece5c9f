import { beforeAll, describe, expect, test } from 'vitest';
import { renderResponseReport } from '../../../src/report/render-response-report.js';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import { CLUB_ANSWERS, defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { greyPage, keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/** The number (from 1) of the page the radar is on: after the cover and where to start. */
async function radarPage(pdf: Uint8Array): Promise<number> {
  const index = (await readPdf(pdf)).pages.findIndex((page) =>
    page.body.startsWith('Votre profil'),
  );
  if (index < 0) throw new Error('no profile page');
  return index + 1;
}

/** The text of the radar's page, white space made plain. */
async function radarPageText(pdf: Uint8Array): Promise<string> {
  return searchable((await readPdf(pdf)).pages[(await radarPage(pdf)) - 1]!.text);
}

/**
 * The radar's room for a second polygon (a previous diagnosis, a peer group: later issues fill
 * it): drawn dashed with square markers, named in the legend, and absent unless given.
 */
describe('a report with a comparison', { timeout: 30_000 }, () => {
  let report: ResponseReport;
  let plain: Uint8Array;
  let compared: Uint8Array;
  beforeAll(async () => {
    const rendered = await renderReport({
      questionnaire: await defaultQuestionnaire(),
      answers: CLUB_ANSWERS,
    });
    report = rendered.report;
    plain = rendered.pdf;
    // Every area 20 points above the association, except one without a score.
    const scores = Object.fromEntries(
      report.areas.map((area, i) => [
        area.id,
        i === 3 ? null : Math.min(100, (area.score ?? 0) + 20),
      ]),
    );
    compared = await renderResponseReport({
      ...report,
      comparison: { kind: 'peerGroup', groupSize: 7, scores },
    });
  });

  test('when a comparison is given, then the legend names it and the file is sound', async () => {
    const text = await radarPageText(compared);
    expect(text).toContain('Votre association');
    expect(text).toContain('Moyenne des associations de même budget (7)');
    expect((await qpdfCheck(keepPdf('comparison', compared))).code).toBe(0);
  });

  test('when no comparison is given, then the legend has only the association', async () => {
    const text = await radarPageText(plain);
    expect(text).toContain('Votre association');
    expect(text).not.toContain('Moyenne des associations de même budget (7)');
  });

  test('when a comparison is given, then the radar page draws more dark ink than without', async () => {
    const dark = async (pdf: Uint8Array, name: string) => {
      const image = await greyPage(keepPdf(name, pdf), await radarPage(pdf));
      return image.pixels.filter((value) => value < 100).length;
    };
    expect(await dark(compared, 'comparison')).toBeGreaterThan((await dark(plain, 'plain')) + 200);
  });
});
