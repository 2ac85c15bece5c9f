// fontkit ships no types; the report opens fonts, reads their cmap and hands them to pdfkit.
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    isMark: boolean;
    isLigature: boolean;
  }
  export interface Font {
    postscriptName: string;
    /** Every code point the font's cmap maps to a glyph. */
    characterSet: number[];
    layout(text: string, features?: unknown): unknown;
    getGlyph(id: number, codePoints?: number[]): Glyph | null;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
