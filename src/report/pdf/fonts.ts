import { create, type Font, type Glyph } from 'fontkit';
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

export type Weight = keyof typeof FONT;

/**
 * Where the text's own font lacks a character, the first of these that has it draws it: Source
 * Sans 3 itself covers Latin, Greek and Cyrillic; Noto Naskh Arabic, Noto Sans Hebrew and the
 * monochrome Noto Emoji (all SIL OFL, from npm packages, so nothing is fetched at run time) cover
 * the rest of what an association's name is likely to hold. Each is embedded as a subset, and only
 * in a document that uses it. The emoji font has one weight: a heading's emoji is drawn regular.
 */
export const FALLBACK_FACES = ['arabic', 'hebrew', 'emoji'] as const;

export type Face = 'primary' | (typeof FALLBACK_FACES)[number];

/** Every face in the order a character is looked up in. */
export const FACES: readonly Face[] = ['primary', ...FALLBACK_FACES];

const require = createRequire(import.meta.url);
/** @embedpdf's packages export only their entry point (dist/), their fonts sit beside it. */
const embedPdfFonts = (pkg: string) => join(dirname(require.resolve(pkg)), '..', 'fonts');
const sourceSans = () => join(dirname(require.resolve('source-sans/package.json')), 'TTF');
const notoEmoji = () => dirname(require.resolve('@expo-google-fonts/noto-emoji/package.json'));

const FILES: Record<Face, Record<Weight, () => string>> = {
  primary: {
    regular: () => join(sourceSans(), 'SourceSans3-Regular.ttf'),
    semibold: () => join(sourceSans(), 'SourceSans3-Semibold.ttf'),
  },
  arabic: {
    regular: () => join(embedPdfFonts('@embedpdf/fonts-arabic'), 'NotoNaskhArabic-Regular.ttf'),
    semibold: () => join(embedPdfFonts('@embedpdf/fonts-arabic'), 'NotoNaskhArabic-Bold.ttf'),
  },
  hebrew: {
    regular: () => join(embedPdfFonts('@embedpdf/fonts-hebrew'), 'NotoSansHebrew-Regular.ttf'),
    semibold: () => join(embedPdfFonts('@embedpdf/fonts-hebrew'), 'NotoSansHebrew-Bold.ttf'),
  },
  emoji: {
    regular: () => join(notoEmoji(), '400Regular', 'NotoEmoji_400Regular.ttf'),
    semibold: () => join(notoEmoji(), '400Regular', 'NotoEmoji_400Regular.ttf'),
  },
};

/** The name a face and weight is registered under in a document (the primary keeps FONT's). */
export function fontName(face: Face, weight: Weight): string {
  if (face === 'primary') return FONT[weight];
  return face === 'emoji' ? 'fallback-emoji' : `fallback-${face}-${weight}`;
}

/** The weight of a font registered under FONT's names; undefined for any other font. */
export function weightOf(name: string | undefined): Weight | undefined {
  if (name === FONT.regular) return 'regular';
  if (name === FONT.semibold) return 'semibold';
  return undefined;
}

const fonts = new Map<string, Font>();

/**
 * The fontkit font of a face and weight, parsed once per process and shared by every document
 * (parsing Source Sans' OpenType tables and shaping its words were most of a render). What a
 * document gets from it is free of what was rendered before:
 * - its tables are the file's, decoded lazily and never written;
 * - fontkit's OpenType engine keeps no state from one layout to the next (it re-selects the
 *   script's features on each call and clears its per-run state after it);
 * - fontkit keeps one glyph object per glyph id, with the code points it was first asked for (a
 *   glyph first made as a composite's component while a subset was written has none): the one
 *   field that carried history. pdfkit builds each document's ToUnicode map from those code
 *   points, so a semibold "." once read "&" in an English report after a French one. Here a
 *   glyph asked for with other code points comes as its own object carrying exactly them.
 * Each document still has its own pdfkit font (its subset, its widths, its ToUnicode map).
 */
export function sharedFont(face: Face, weight: Weight): Font {
  const file = FILES[face][weight]();
  let font = fonts.get(file);
  if (!font) {
    font = withTruthfulCodePoints(create(readFileSync(file)));
    fonts.set(file, font);
  }
  return font;
}

function withTruthfulCodePoints(font: Font): Font {
  const getGlyph = font.getGlyph.bind(font);
  const variants = new Map<string, Glyph>();
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints))
      return glyph;
    const key = `${id}:${codePoints.join(',')}`;
    let variant = variants.get(key);
    if (!variant) {
      // Everything else (outline, metrics) is the glyph id's, shared through the prototype.
      variant = Object.create(glyph, {
        codePoints: { value: Object.freeze([...codePoints]) },
        isLigature: { value: codePoints.length > 1 },
      }) as Glyph;
      variants.set(key, variant);
    }
    return variant;
  };
  return font;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((codePoint, i) => codePoint === b[i]);
}

/** Words shaped once are enough for several questionnaires in two languages. */
const MAX_SHAPED_WORDS = 50_000;
const shapedWords = new Map<string, Record<string, unknown>>();

/**
 * The cache of shaped words of one font, shared by every document of the process. pdfkit shapes
 * each word once per document (its own cache lives and dies with the document); a shaped word is
 * a function of the word and the font file alone (see sharedFont), so one shaping serves every
 * document. pdfkit never changes a run it has cached (it copies before adjusting word spacing;
 * freezing each run to make sure cost a fifth of a report's time: the fresh-process test of
 * test/integration/report/fresh-process-bytes.test.ts would see a pdfkit that did).
 */
export function sharedShapedWords(face: Face, weight: Weight): Record<string, unknown> {
  const file = FILES[face][weight]();
  let words = shapedWords.get(file);
  if (!words || Object.keys(words).length > MAX_SHAPED_WORDS) {
    words = Object.create(null) as Record<string, unknown>;
    shapedWords.set(file, words);
  }
  return words;
}

const coverage = new Map<Face, ReadonlySet<number>>();

/**
 * The code points a face has a glyph for (its regular's cmap; the weights of each face cover the
 * same characters): a function of the font file, read once per process.
 */
export function coverageOf(face: Face): ReadonlySet<number> {
  let set = coverage.get(face);
  if (!set) {
    set = new Set(sharedFont(face, 'regular').characterSet);
    coverage.set(face, set);
  }
  return set;
}
