import { create } from 'fontkit';
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

const bytes = new Map<string, Buffer>();

/**
 * The bytes of a font file, read once per process. They are the only font state shared between
 * documents, and nothing ever writes to them: each document parses its own fontkit font from
 * them (see DocumentFonts), so no glyph object or shaped word of one document reaches another.
 */
export function fontBytes(face: Face, weight: Weight): Buffer {
  const file = FILES[face][weight]();
  let data = bytes.get(file);
  if (!data) {
    data = readFileSync(file);
    bytes.set(file, data);
  }
  return data;
}

const coverage = new Map<Face, ReadonlySet<number>>();

/**
 * The code points a face has a glyph for (its regular's cmap; the weights of each face cover the
 * same characters). A pure function of the font file, computed once per process on a fontkit font
 * that serves for nothing else.
 */
export function coverageOf(face: Face): ReadonlySet<number> {
  let set = coverage.get(face);
  if (!set) {
    set = new Set(create(fontBytes(face, 'regular')).characterSet);
    coverage.set(face, set);
  }
  return set;
}
