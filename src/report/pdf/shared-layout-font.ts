import type { Font } from 'fontkit';

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface GlyphRun {
  glyphs: unknown[];
  positions: Position[];
}

/** Enough for every word of several questionnaires in two languages; cleared when full. */
const MAX_WORDS = 50_000;

/**
 * The font with its text shaping remembered across documents. pdfkit shapes every word of every
 * report again (its cache lives and dies with one document), and OpenType shaping of Source Sans
 * (kerning, ligatures) is most of a report's render time. The copy handed out is fresh each time
 * because pdfkit scales the positions of the run it receives in place.
 */
export function sharedLayoutFont(font: Font): Font {
  const runs = new Map<string, GlyphRun>();
  const layout = (text: string, features?: unknown) => {
    if (features !== undefined) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_WORDS) runs.clear();
      const shaped = font.layout(text) as GlyphRun;
      run = { glyphs: shaped.glyphs, positions: shaped.positions.map((p) => ({ ...p })) };
      runs.set(text, run);
    }
    return freshCopy(run);
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

function freshCopy(run: GlyphRun) {
  const positions = run.positions.map((p) => ({ ...p }));
  return {
    glyphs: run.glyphs,
    positions,
    // Read after pdfkit has scaled the positions, as fontkit's own getter is.
    get advanceWidth() {
      return positions.reduce((sum, p) => sum + p.xAdvance, 0);
    },
  };
}
