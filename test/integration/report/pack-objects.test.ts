import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { packObjects } from '../../../src/report/pdf/pack-objects.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';

/** A plain pdfkit document: three pages of text, a link, metadata. */
function pdfkitDocument(): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({
      size: 'A4',
      info: { Title: 'Essai', CreationDate: new Date('2026-11-26T10:00:00Z') },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    for (let page = 1; page <= 3; page++) {
      if (page > 1) doc.addPage();
      doc.text(`Page numéro ${page}. `.repeat(40));
    }
    doc.text('Le site de la CNIL', { link: 'https://www.cnil.fr/' });
    doc.end();
  });
}

describe('packObjects', () => {
  test('when a pdfkit file is packed, then it is smaller, valid, and reads the same', async () => {
    const original = await pdfkitDocument();

    const packed = packObjects(original);

    expect(packed.byteLength).toBeLessThan(original.byteLength);
    expect((await qpdfCheck(keepPdf('packed-plain', packed))).code).toBe(0);
    const [before, after] = [await readPdf(original), await readPdf(packed)];
    expect(after.pageCount).toBe(3);
    expect(after.pages.map((page) => searchable(page.text))).toEqual(
      before.pages.map((page) => searchable(page.text)),
    );
    expect(after.links).toEqual(['https://www.cnil.fr/']);
    expect(after.info.Title).toBe('Essai');
  });

  test('when the same file is packed twice, then the bytes are the same', async () => {
    const original = await pdfkitDocument();
    expect(Buffer.from(packObjects(original)).equals(Buffer.from(packObjects(original)))).toBe(
      true,
    );
  });

  test('when the input is not a PDF as pdfkit writes it, then it throws rather than guess', () => {
    expect(() => packObjects(new TextEncoder().encode('%PDF-1.7\nnot really\n'))).toThrow();
  });
});
