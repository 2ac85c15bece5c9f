import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
 * at run time. fontkit keeps its parsed tables and glyphs on the font object, so sharing it spares
 * every later report the parsing. pdfkit takes a fontkit font as readily as a file
 * (PDFFontFactory.open).
 */
export function reportFonts(): ReadonlyMap<FontName, Font> {
  if (!cache) {
    const folder = join(
      dirname(createRequire(import.meta.url).resolve('source-sans/package.json')),
      'TTF',
    );
    cache = new Map(
      Object.values(FONT).map((name) => [name, create(readFileSync(join(folder, `${name}.ttf`)))]),
    );
  }
  return cache;
}

/** Words shaped once are enough for several questionnaires in two languages. */
const MAX_SHAPED_WORDS = 50_000;
const shapedWords = new Map<FontName, Record<string, unknown>>();

/**
 * The cache of shaped words of one font, shared by every report of the process. pdfkit shapes
 * each word once per document (its cache lives and dies with the document), and OpenType shaping
 * of Source Sans (kerning, ligatures) was most of a render. A cached run holds glyph ids and
 * positions already scaled to the font's 1000-unit em, which depend on the font alone, and pdfkit
 * never changes a run it has cached (it copies before adjusting word spacing).
 */
export function sharedShapedWords(font: FontName): Record<string, unknown> {
  let words = shapedWords.get(font);
  if (!words || Object.keys(words).length > MAX_SHAPED_WORDS) {
    words = Object.create(null) as Record<string, unknown>;
    shapedWords.set(font, words);
  }
  return words;
}
