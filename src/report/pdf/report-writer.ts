import PDFDocument from 'pdfkit';
import { useDocumentFonts } from './document-fonts.js';
import { FONT, sharedFont, type FontName } from './fonts.js';
import { packObjects } from './pack-objects.js';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from './page-layout.js';

export interface ReportDocumentInfo {
  /** BCP 47 language of the whole document, for screen readers and hyphenation in viewers. */
  locale: string;
  title: string;
  subject: string;
  /** Creation and modification date: taken from the data, never the clock, so bytes repeat. */
  date: Date;
}

export type Struct = PDFKit.PDFStructureElement;

export interface TextStyle {
  font?: FontName;
  size?: number;
  colour?: string;
  /** Space after, in points. */
  after?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

/**
 * A tagged PDF written top to bottom. Every piece of content goes into the structure tree
 * (headings, paragraphs, lists, tables, figures, links) in reading order, and decoration is
 * marked as an artifact, so that screen readers read the report as a document.
 */
export class ReportWriter {
  readonly doc: PDFKit.PDFDocument;
  /** The structure tree's root: a "Document" element. */
  readonly root: Struct;
  private readonly bytes: Promise<Uint8Array>;

  constructor(info: ReportDocumentInfo) {
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: PAGE.margins,
      bufferPages: true,
      tagged: true,
      pdfVersion: '1.7',
      lang: info.locale,
      displayTitle: true,
      // No standard (non-embedded) font at all: the first font is ours.
      font: sharedFont('primary', 'regular') as unknown as string,
      info: {
        Title: info.title,
        Subject: info.subject,
        Author: 'AssoRadar',
        Creator: 'AssoRadar',
        Producer: 'AssoRadar (PDFKit)',
        CreationDate: info.date,
        ModDate: info.date,
      },
    });
    useDocumentFonts(this.doc);
    const chunks: Buffer[] = [];
    this.bytes = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => {
        try {
          resolve(packObjects(Buffer.concat(chunks)));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.style({});
  }

  get bottom(): number {
    return PAGE.height - PAGE.margins.bottom;
  }

  /** Sets font, size and colour; unset parts fall back to the body text's. */
  style({ font = FONT.regular, size = SIZE.body, colour = COLOUR.text }: TextStyle): this {
    this.doc.font(font).fontSize(size).fillColor(colour);
    return this;
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = PAGE.margins.left;
  }

  /** A structure element under `parent`, with its content drawn by `draw` (if any). */
  element(parent: Struct, type: string, draw?: () => void, options: object = {}): Struct {
    const element = this.doc.struct(type, options);
    parent.add(element);
    if (draw) element.add(draw);
    return element;
  }

  /** A grouping element whose children `build` adds; ended once built. */
  group(
    parent: Struct,
    type: string,
    build: (element: Struct) => void,
    options: object = {},
  ): Struct {
    const element = this.element(parent, type, undefined, options);
    build(element);
    element.end();
    return element;
  }

  /** Decoration (rules, bands, running headers): drawn, but skipped by screen readers. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  heading(parent: Struct, level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    const font = FONT.semibold;
    this.style({ font, size });
    // Keep a heading with at least three lines of what follows it.
    const height = this.doc.heightOfString(text, { width: CONTENT_WIDTH });
    this.ensureSpace(height + 4 * SIZE.body * 1.3);
    if (level < 3) this.doc.moveDown(level === 1 ? 0 : 0.4);
    this.element(parent, `H${level}`, () => {
      this.style({ font, size, colour: level === 3 ? COLOUR.text : COLOUR.accent });
      this.doc.text(text, PAGE.margins.left, this.doc.y, { width: CONTENT_WIDTH });
    });
    this.doc.moveDown(level === 1 ? 0.5 : 0.25);
  }

  paragraph(parent: Struct, text: string, style: TextStyle = {}): void {
    this.style(style);
    this.ensureSpace(this.doc.currentLineHeight(true) * 2);
    this.element(parent, 'P', () => {
      this.style(style);
      this.doc.text(text, PAGE.margins.left, this.doc.y, {
        width: CONTENT_WIDTH,
        lineGap: SIZE.lineGap,
        align: style.align ?? 'left',
      });
    });
    this.doc.y += style.after ?? 6;
  }

  /** The height `paragraph` gives this text in this style, its space after included. */
  paragraphHeight(text: string, style: TextStyle = {}): number {
    this.style(style);
    const height = this.doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: SIZE.lineGap });
    return height + (style.after ?? 6);
  }

  /** A bulleted list, tagged L > LI > Lbl + LBody. */
  list(parent: Struct, items: string[], style: TextStyle = {}): void {
    if (items.length === 0) return;
    this.style(style);
    this.ensureSpace(this.doc.currentLineHeight(true) * 2);
    this.group(parent, 'L', (list) => {
      this.style(style);
      this.doc.list(items, PAGE.margins.left + 6, this.doc.y, {
        width: CONTENT_WIDTH - 6,
        lineGap: SIZE.lineGap,
        bulletRadius: 1.6,
        textIndent: 10,
        paragraphGap: 2,
        structParent: list,
        // LI > LBody, the bullet inside the body: a label element per item adds nothing a
        // screen reader needs and weighs on a long report.
        structTypes: ['LI', null, 'LBody'],
      });
    });
    this.doc.y += style.after ?? 6;
  }

  /** A clickable web address, tagged as a Link with its annotation. */
  link(
    parent: Struct,
    title: string,
    url: string,
    x: number,
    width: number,
    size = SIZE.small,
  ): void {
    this.element(parent, 'Link', () => {
      this.style({ size, colour: COLOUR.link });
      this.doc.text(title, x, this.doc.y, { width, link: url, underline: true });
    });
  }

  end(): Promise<Uint8Array> {
    this.doc.end();
    return this.bytes;
  }
}
