import { create, type Font, type Glyph } from 'fontkit';
import { primaryCovers, visualRuns, type FontRun } from './font-runs.js';
import { FONT, fontBytes, fontName, weightOf, type Face, type Weight } from './fonts.js';

/** The options pdfkit hands its line drawing (its private `_fragment`) and measuring. */
interface LineOptions {
  width?: number;
  lineWidth?: number;
  align?: string;
  textWidth?: number;
  wordCount?: number;
  baseline?: number | string;
}

/** The private parts of a pdfkit document that drawing a line of text goes through. */
interface PdfkitText {
  _font: { name: string; ascender: number } | null;
  _fontSize: number;
  _fragment(text: string, x: number, y: number, options: LineOptions): void;
  widthOfString(text: string, options?: LineOptions): number;
}

/**
 * A fontkit font of this document only, parsed from the process's font bytes. fontkit keeps a
 * glyph object per glyph id, with the code points it was first asked for: a glyph first made
 * without any (a composite's component while a subset is written, a glyph reached by
 * substitution) would then give pdfkit's ToUnicode map nothing, or the wrong character, for every
 * later use (a semibold "." read as "'" in an English report after a French one). Here each
 * glyph of a shaped run carries the code points of the text it came from.
 */
export function documentFont(face: Face, weight: Weight): Font {
  const font = create(fontBytes(face, weight));
  const getGlyph = font.getGlyph.bind(font);
  const variants = new Map<string, Glyph>();
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints))
      return glyph;
    const key = `${id}:${codePoints.join(',')}`;
    let variant = variants.get(key);
    if (!variant) {
      variant = Object.create(glyph, {
        codePoints: { value: [...codePoints] },
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

/**
 * Gives a new pdfkit document its own fonts and the fallback fonts (`regular`: the font it was
 * opened with, from documentFont). Every font object and every
 * cache of shaped words belongs to this document (pdfkit's own per-font cache), so its bytes
 * never depend on what the process rendered before: the process shares only the font files'
 * bytes and which characters each font has, both fixed by the files.
 *
 * Text in the report's fonts that has characters they lack (Arabic, Hebrew, emoji, anything else)
 * is drawn run by run: each line pdfkit has wrapped is cut into runs by the face that has each
 * character (visualRuns), each run drawn in its face on the line's baseline, and measured the same
 * way, so that wrapping, table cells and centred text account for it. This goes through pdfkit's
 * private line drawing (`_fragment`), pinned by the exact pdfkit version in package.json. A
 * justified line that holds such text is set ragged.
 */
export function useDocumentFonts(doc: PDFKit.PDFDocument, regular: Font): void {
  const pdf = doc as unknown as PdfkitText;
  const registered = new Set<string>();
  const use = (face: Face, weight: Weight, font?: Font): void => {
    const name = fontName(face, weight);
    if (!registered.has(name)) {
      registered.add(name);
      doc.registerFont(name, (font ?? documentFont(face, weight)) as unknown as Buffer);
    }
    doc.font(name);
  };
  use('primary', 'semibold');
  use('primary', 'regular', regular);

  const fragment = pdf._fragment.bind(doc);
  const widthOfString = pdf.widthOfString.bind(doc);
  // Set while a run is measured or drawn: pdfkit's own calls inside are about that run alone.
  let inRun = false;

  const split = (text: string): { weight: Weight; runs: FontRun[] } | undefined => {
    if (inRun) return undefined;
    const weight = weightOf(pdf._font?.name);
    if (!weight || primaryCovers(text)) return undefined;
    return { weight, runs: visualRuns(text) };
  };
  const inFace = <T>(run: FontRun, weight: Weight, work: () => T): T => {
    inRun = true;
    try {
      if (run.face !== 'primary') use(run.face, weight);
      return work();
    } finally {
      doc.font(FONT[weight]);
      inRun = false;
    }
  };
  const widths = (runs: FontRun[], weight: Weight, options?: LineOptions) =>
    runs.map((run) => inFace(run, weight, () => widthOfString(run.text, options)));

  pdf.widthOfString = (text, options) => {
    const cut = split(text);
    if (!cut) return widthOfString(text, options);
    return widths(cut.runs, cut.weight, options).reduce((sum, width) => sum + width, 0);
  };

  pdf._fragment = (text, x, y, options) => {
    const line = String(text).replace(/\n/g, '');
    const cut = split(line);
    if (!cut) return fragment(text, x, y, options);
    const { runs, weight } = cut;
    const runWidths = widths(runs, weight, options);
    const total = runWidths.reduce((sum, width) => sum + width, 0);
    let left = x;
    if (options.width && options.lineWidth !== undefined) {
      if (options.align === 'center') left += (options.lineWidth - total) / 2;
      if (options.align === 'right') {
        const trailing = /\s*$/u.exec(line)![0];
        left += options.lineWidth - (total - widthOfString(trailing, options));
      }
    }
    // Every run on the line's baseline: pdfkit would hang each from its own font's ascender.
    const baseline = options.baseline ?? -((pdf._font?.ascender ?? 0) / 1000) * pdf._fontSize;
    runs.forEach((run, i) => {
      const width = runWidths[i]!;
      inFace(run, weight, () =>
        fragment(run.text, left, y, {
          ...options,
          align: 'left',
          textWidth: width,
          wordCount: undefined,
          baseline,
        }),
      );
      left += width;
    });
  };
}
