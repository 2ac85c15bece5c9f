import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sharedLayoutFont } from './shared-layout-font.js';

/** The report's typefaces: Adobe's Source Sans 3 (SIL OFL), shipped by the `source-sans` package. */
export const FONT = {
  regular: 'SourceSans3-Regular',
  // Headings use the semibold: a third embedded weight would add its subset to every report.
  semibold: 'SourceSans3-Semibold',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

let cache: ReadonlyMap<FontName, Font> | undefined;

/**
 * The TrueType fonts, read and parsed once per process: every report embeds a subset of them
 * (only the glyphs it uses), so French accents, "€", « » and ’ print right and nothing is fetched
 * at run time. Parsing is most of the cost of a first render, and fontkit keeps its glyph and
 * shaping tables on the font object, so sharing it makes every later report several times faster.
 * pdfkit takes a fontkit font as readily as a file (PDFFontFactory.open).
 */
export function reportFonts(): ReadonlyMap<FontName, Font> {
  if (!cache) {
    const folder = join(
      dirname(createRequire(import.meta.url).resolve('source-sans/package.json')),
      'TTF',
    );
    cache = new Map(
      Object.values(FONT).map((name) => [
        name,
        sharedLayoutFont(create(readFileSync(join(folder, `${name}.ttf`)))),
      ]),
    );
  }
  return cache;
}
