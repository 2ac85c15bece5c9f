import type { Bidi } from 'bidi-js';
import { createRequire } from 'node:module';
import { coverageOf, FACES, type Face } from './fonts.js';

/** A piece of one line drawn in one face, left to right as it is to be drawn. */
export interface FontRun {
  face: Face;
  text: string;
  /** Right to left (Arabic, Hebrew): see visualRuns for the order of its characters. */
  rtl: boolean;
}

/**
 * What a character no embedded font has prints as: a white square of Source Sans, visibly a
 * stand-in (a font's own "missing glyph" prints as an empty box, or as nothing on some viewers),
 * and copied as "□", never as a wrong letter.
 */
export const PLACEHOLDER = '\u25a1';

/** Characters that never print on their own: they belong to the character before them. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Characters that modify the one before them: drawn in its font when that font has them. */
const EXTENDING = /^[\p{M}\p{Emoji_Modifier}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]$/u;
const SPACE = /^\s$/u;
/** Any character of a right-to-left script: only such text needs the bidirectional algorithm. */
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

function faceFor(codePoint: number): Face | undefined {
  return FACES.find((face) => coverageOf(face).has(codePoint));
}

let primaryBmp: Uint8Array | undefined;

/** Whether every character of the text has a glyph in the primary font (the common case). */
export function primaryCovers(text: string): boolean {
  // Called for every word pdfkit measures: a table of the Basic Multilingual Plane, not a Set.
  if (!primaryBmp) {
    primaryBmp = new Uint8Array(0x10000);
    for (const codePoint of coverageOf('primary'))
      if (codePoint < 0x10000) primaryBmp[codePoint] = 1;
    // Surrogates and controls (tab, line breaks) go the slow way.
    primaryBmp.fill(0, 0xd800, 0xe000).fill(0, 0, 0x20);
  }
  for (let i = 0; i < text.length; i += 1) if (primaryBmp[text.charCodeAt(i)] !== 1) return false;
  return true;
}

interface Placed {
  /** Index of the character's first code unit in the text. */
  index: number;
  /** What is drawn: the character, or the placeholder. */
  text: string;
  face: Face;
}

/** Each character of the text with the face that draws it, in logical (typed) order. */
function placeCharacters(text: string): Placed[] {
  const placed: Placed[] = [];
  let index = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    const previous = placed.at(-1);
    const own = faceFor(codePoint);
    if (previous && (IGNORABLE.test(character) || EXTENDING.test(character))) {
      // A variation selector, a joiner, a skin tone, an accent: with the character it changes
      // (an accent no font has is left out: its letter prints).
      if (IGNORABLE.test(character) || coverageOf(previous.face).has(codePoint) || !own) {
        previous.text += IGNORABLE.test(character) || own ? character : '';
        index += character.length;
        continue;
      }
    }
    if (!previous && IGNORABLE.test(character)) {
      index += character.length;
      continue;
    }
    placed.push(
      own
        ? { index, text: character, face: own }
        : { index, text: SPACE.test(character) ? ' ' : PLACEHOLDER, face: 'primary' },
    );
    index += character.length;
  }
  return placed;
}

/** bidi-js is CommonJS whose module.exports is its factory (its types say a default export). */
const bidiFactory = createRequire(import.meta.url)('bidi-js') as () => Bidi;
let bidi: Bidi | undefined;

/**
 * One line of text cut into runs of one face each, in the order they are drawn from left to
 * right. Characters no font has become PLACEHOLDER. Right-to-left text (Arabic, Hebrew) is placed
 * by the Unicode bidirectional algorithm (bidi-js) within a left-to-right line, as a reader
 * expects a name to read in a French or English sentence. A right-to-left run lists its words
 * right to left, each word in typed order: pdfkit shapes each word apart (it cuts at spaces), and
 * fontkit shapes Arabic in typed order (joining forms) then reverses the word's glyphs itself.
 *
 * @example visualRuns('Club ש') // [{ face: 'primary', text: 'Club ' }, { face: 'hebrew', text: 'ש', rtl: true }]
 */
export function visualRuns(line: string): FontRun[] {
  const placed = placeCharacters(line);
  if (!RIGHT_TO_LEFT.test(line)) return merge(placed.map((p) => ({ ...p, rtl: false })));
  bidi ??= bidiFactory();
  const levels = bidi.getEmbeddingLevels(line, 'ltr');
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const byIndex = new Map(placed.map((p) => [p.index, p]));
  const visual: Array<Placed & { rtl: boolean }> = [];
  for (const index of bidi.getReorderedIndices(line, levels)) {
    // A character outside the BMP has two indices; only its first one is placed.
    const character = byIndex.get(index);
    if (!character) continue;
    const rtl = levels.levels[index]! % 2 === 1;
    visual.push({ ...character, text: (rtl && mirrored.get(index)) || character.text, rtl });
  }
  return merge(visual);
}

/**
 * Adjacent characters of one face and one direction make one run; a right-to-left run is cut into
 * words, and each word (a character and its accents kept together) is put back in typed order.
 */
function merge(characters: Array<{ face: Face; text: string; rtl: boolean }>): FontRun[] {
  const runs: Array<FontRun & { units: string[] }> = [];
  for (const { face, text, rtl } of characters) {
    const last = runs.at(-1);
    const joins = last && last.face === face && last.rtl === rtl;
    // pdfkit shapes a run word by word, a word with the space after it, and fontkit reverses a
    // right-to-left word's glyphs, that space with them: each right-to-left word is a run.
    if (joins && !(rtl && (SPACE.test(text) || SPACE.test(last.units.at(-1)!))))
      last.units.push(text);
    else runs.push({ face, text: '', rtl, units: [text] });
  }
  return runs.map(({ face, rtl, units }) => ({
    face,
    rtl,
    text: (rtl ? units.reverse() : units).join(''),
  }));
}
