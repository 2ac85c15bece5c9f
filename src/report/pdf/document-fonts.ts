import { primaryCovers, visualRuns, type FontRun } from './font-runs.js';
import {
  FONT,
  fontName,
  sharedFont,
  sharedShapedWords,
  weightOf,
  type Face,
  type Weight,
} from './fonts.js';

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
  _font: {
    name: string;
    ascender: number;
    layoutCache?: object;
  } | null;
  _fontSize: number;
  _fragment(text: string, x: number, y: number, options: LineOptions): void;
  widthOfString(text: string, options?: LineOptions): number;
}

/**
 * Gives a new pdfkit document the report's fonts and the fallback fonts. Each is a pdfkit font of
 * this document (its own subset, widths and ToUnicode map) over the process's shared fontkit font
 * and cache of shaped words, both free of history (see sharedFont): the document's bytes never
 * depend on what the process rendered before it.
 *
 * Text in the report's fonts that has characters they lack (Arabic, Hebrew, emoji, anything else)
 * is drawn run by run: each line pdfkit has wrapped is cut into runs by the face that has each
 * character (visualRuns), each run drawn in its face on the line's baseline, and measured the same
 * way, so that wrapping, table cells and centred text account for it. This goes through pdfkit's
 * private line drawing (`_fragment`), pinned by the exact pdfkit version in package.json. A
 * justified line that holds such text is set ragged.
 */
export function useDocumentFonts(doc: PDFKit.PDFDocument): void {
  const pdf = doc as unknown as PdfkitText;
  const registered = new Set<string>();
  const use = (face: Face, weight: Weight): void => {
    const name = fontName(face, weight);
    if (registered.has(name)) {
      doc.font(name);
      return;
    }
    registered.add(name);
    doc.registerFont(name, sharedFont(face, weight) as unknown as Buffer);
    doc.font(name);
    // pdfkit's font of this document keeps a cache of shaped words: give it the shared one.
    pdf._font!.layoutCache = sharedShapedWords(face, weight);
  };
  use('primary', 'semibold');
  use('primary', 'regular');

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
    // Right-to-left words are drawn in reading order, not typed order: the line's typed text
    // as the span's ActualText is what copying or a screen reader then gets (PDF 1.7, 14.9.4).
    const reordered = runs.some((run) => run.rtl);
    if (reordered) doc.markContent('Span', { actual: line } as object);
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
    if (reordered) doc.endMarkedContent();
  };
}
