import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/*
 * The PDF tools of Debian (qpdf, poppler-utils) run on the reports the tests render: a second
 * opinion, independent of pdfkit and pdf.js, on whether a file is sound and how it prints.
 */

const run = promisify(execFile);

/** Kept as test artefacts (test-results/ is gitignored): each report and its page images. */
export const REPORT_ARTEFACTS_DIR = fileURLToPath(
  new URL('../../test-results/report/', import.meta.url),
);

/** Writes the PDF to test-results/report/<name>.pdf for the tools and for a human to open. */
export function keepPdf(name: string, bytes: Uint8Array): string {
  mkdirSync(REPORT_ARTEFACTS_DIR, { recursive: true });
  const file = join(REPORT_ARTEFACTS_DIR, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** `qpdf --check`: its exit code (0 when the structure and every stream are sound) and output. */
export async function qpdfCheck(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('qpdf', ['--check', file]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, output: (failed.stdout ?? '') + (failed.stderr ?? '') };
  }
}

/** The file as `qpdf --qdf` writes it: every stream uncompressed, for searching its operators. */
export async function qdfText(file: string): Promise<string> {
  const { stdout } = await run('qpdf', ['--qdf', '--object-streams=disable', file, '-'], {
    encoding: 'latin1',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  /** Has a ToUnicode map: its text can be copied and searched. */
  unicode: boolean;
}

/** The fonts `pdffonts` lists, one per font object. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [file]);
  const lines = stdout.trim().split('\n');
  const rule = lines.findIndex((line) => line.startsWith('-----'));
  return lines.slice(rule + 1).map((line) => {
    // name, type (may hold spaces), encoding, emb, sub, uni, object number, generation
    const words = line.trim().split(/\s+/);
    const [emb, sub, uni] = words.slice(-5, -2);
    return {
      name: words[0]!,
      type: words.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
    };
  });
}

/** Renders pages first..last to test-results/report/<name>-page-<n>.png; returns the files. */
export async function renderPngs(
  file: string,
  name: string,
  { first, last, dpi = 80 }: { first: number; last: number; dpi?: number },
): Promise<string[]> {
  mkdirSync(REPORT_ARTEFACTS_DIR, { recursive: true });
  const images: string[] = [];
  for (let page = first; page <= last; page += 1) {
    const root = join(REPORT_ARTEFACTS_DIR, `${name}-page-${page}`);
    // -singlefile: "<root>.png", without the page number pdftoppm would pad to the page count.
    const range = ['-f', String(page), '-l', String(page)];
    // An image left by an earlier run must not pass for this run's.
    rmSync(`${root}.png`, { force: true });
    await run('pdftoppm', ['-png', '-singlefile', '-r', String(dpi), ...range, file, root]);
    images.push(`${root}.png`);
  }
  return images;
}

/** A greyscale image: one byte a pixel (0 black, 255 white), row by row from the top left. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * One page in 256 greys as a printer would see it (`pdftoppm -gray`). At the default 72 dpi a
 * pixel is a PDF point, so a box in points is the same box in pixels.
 */
export async function greyPage(file: string, page: number, dpi = 72): Promise<GreyImage> {
  const { stdout } = await run(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
  );
  // Binary PGM: "P5", width, height, maxval, each followed by white space, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(stdout.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error('pdftoppm did not write an 8-bit PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = new Uint8Array(
    stdout.subarray(header[0].length, header[0].length + width * height),
  );
  return { width, height, pixels };
}
