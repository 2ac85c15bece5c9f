import { statSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLUB_ANSWERS, defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { greyPage, keepPdf, renderPngs, type GreyImage } from '../../support/pdf-tools.js';
import { readPdf, type PdfContent } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/** The greys of the level bands (page-layout.ts COLOUR.band, #f3f3f3 and #e4e4e4). */
const BAND_GREYS = [0xf3, 0xe4];

/** The pixels of a box (in points, at 72 dpi a pixel each), counted by grey level. */
function histogram(image: GreyImage, box: { x: number; y: number; width: number; height: number }) {
  const counts = new Array<number>(256).fill(0);
  for (let y = Math.round(box.y); y < Math.round(box.y + box.height); y += 1) {
    for (let x = Math.round(box.x); x < Math.round(box.x + box.width); x += 1) {
      counts[image.pixels[y * image.width + x]!]! += 1;
    }
  }
  return { counts, total: Math.round(box.width) * Math.round(box.height) };
}

/** Where a text starts on a page (its baseline, from the top); throws if it is not there. */
function placeOf(pdf: PdfContent, page: number, start: string) {
  const item = pdf.pages[page - 1]!.items.find((candidate) => candidate.str.startsWith(start));
  if (!item) throw new Error(`no "${start}" on page ${page}`);
  return item;
}

/**
 * The report as it prints: page images kept as artefacts for a human to look at, and the radar
 * checked in greyscale, as a black-and-white office printer would put it on paper.
 */
describe('the report as images', { timeout: 30_000 }, () => {
  let file: string;
  let pdf: PdfContent;
  beforeAll(async () => {
    const questionnaire = await defaultQuestionnaire();
    const rendered = await renderReport({
      questionnaire,
      answers: CLUB_ANSWERS,
      associationName: 'Les Amis du Vélo',
    });
    file = keepPdf('images-club', rendered.pdf);
    pdf = await readPdf(rendered.pdf);
  });

  test('when the first pages are rendered to PNG, then each image is written to test-results/report', async () => {
    const images = await renderPngs(file, 'images-club', { first: 1, last: 3 });

    expect(images).toHaveLength(3);
    for (const image of images) {
      expect(image).toMatch(/test-results\/report\/images-club-page-\d\.png$/);
      // A blank A4 page at 80 dpi compresses to a few hundred bytes; a page of text to far more.
      expect(statSync(image).size, image).toBeGreaterThan(10_000);
    }
  });

  test('when the radar page is printed in greyscale, then the chart is drawn: most of it is not white and the level bands show as distinct greys', async () => {
    // The cover, where to start, then the profile.
    expect(pdf.pages[2]!.body).toMatch(/^Votre profil/);
    const image = await greyPage(file, 3);
    // The chart sits between the profile's introduction and the legend under it, centred.
    const top = placeOf(pdf, 3, 'Chaque axe est un domaine').y + 20;
    const bottom = placeOf(pdf, 3, 'Votre association').y - 20;
    const middle = (top + bottom) / 2;
    const chart = { x: image.width / 2 - 100, y: middle - 100, width: 200, height: 200 };
    expect(bottom - top).toBeGreaterThan(chart.height);

    const { counts, total } = histogram(image, chart);
    const share = (grey: number, tolerance = 0) =>
      counts.slice(grey - tolerance, grey + tolerance + 1).reduce((sum, n) => sum + n, 0) / total;

    const notWhite = 1 - share(255, 4);
    expect(notWhite).toBeGreaterThan(0.5);
    // Each band covers a good part of the chart, in its own grey.
    for (const grey of BAND_GREYS) expect(share(grey, 2), `grey ${grey}`).toBeGreaterThan(0.05);
    // The profile: a filled polygon and its dark outline and markers.
    const dark = counts.slice(0, 128).reduce((sum, n) => sum + n, 0) / total;
    expect(dark).toBeGreaterThan(0.005);
    const levels = counts.filter((n) => n / total > 0.01).length;
    expect(levels).toBeGreaterThanOrEqual(4);
  });

  test('when the cover is printed in greyscale, then the page is not blank and its margins are', async () => {
    const image = await greyPage(file, 1);
    const whole = histogram(image, { x: 0, y: 0, width: image.width, height: image.height });
    const leftMargin = histogram(image, { x: 0, y: 0, width: 40, height: image.height });

    expect(1 - whole.counts[255]! / whole.total).toBeGreaterThan(0.02);
    expect(leftMargin.counts[255]).toBe(leftMargin.total);
  });
});
