import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A piece of text where a PDF viewer draws it: x and y from the page's top-left corner, in points. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
}

export interface PdfPage {
  /** The page's text in drawing order, a line break after each line pdf.js sees end. */
  text: string;
  /**
   * The tagged text in the order of the structure tree, a line break after each piece: what a
   * screen reader reads. Artifacts (running header, page number, repeated table headers) are
   * left out.
   */
  body: string;
  /**
   * The text without artifacts in drawing order: a cell drawn over several pages reads as one
   * text here, where the page-by-page structure trees break it at each page.
   */
  content: string;
  /** Text that is neither tagged nor an artifact: lost to a screen reader. */
  untagged: string;
  items: PlacedText[];
  /** The web addresses of the page's link annotations, in order. */
  links: string[];
  /** Whether the page has a structure tree (a tagged page). */
  tagged: boolean;
  /** The alternative texts in the page's structure tree (figures), in reading order. */
  alts: string[];
}

/** A node of pdf.js's structure tree: an element, or a piece of marked content by its id. */
interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

function altTexts(node: StructNode | null): string[] {
  if (!node) return [];
  return [...(node.alt ? [node.alt] : []), ...(node.children ?? []).flatMap(altTexts)];
}

/** The text of the tree's marked content in tree order, a line break after each piece. */
function readingOrder(node: StructNode | null, content: ReadonlyMap<string, string>): string {
  if (!node) return '';
  if (node.type === 'content' && node.id) return `${content.get(node.id) ?? ''}\n`;
  return (node.children ?? []).map((child) => readingOrder(child, content)).join('');
}

export interface PdfContent {
  pageCount: number;
  pages: PdfPage[];
  /** Every page's text, one after the other. */
  text: string;
  /** Every page's body, one after the other. */
  body: string;
  /** Every page's content, one after the other: a text that flows over pages reads unbroken. */
  content: string;
  links: string[];
  /** The document information dictionary: Title, Subject, Author, ... */
  info: Record<string, unknown>;
  /** The catalogue's /Lang. */
  language: string | null;
  /** The catalogue's /MarkInfo /Marked: the document says it is tagged. */
  marked: boolean;
}

/**
 * Reads a PDF the way a reader's viewer does (pdf.js, as in Firefox): the text of each page, its
 * links, its metadata and whether it is tagged. No system fonts and no eval: the PDF must carry
 * everything it needs.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js may take ownership of (detach) the buffer it is given: hand it a copy.
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const height = page.view[3]!;
      const { items } = await page.getTextContent({ includeMarkedContent: true });
      const placed: PlacedText[] = [];
      let text = '';
      let untagged = '';
      let drawn = '';
      /** The text of each piece of marked content, by its id. */
      const content = new Map<string, string>();
      // Marked content nests: the open pieces, innermost last.
      const open: Array<{ id: string | null; artifact: boolean }> = [];
      for (const item of items) {
        if (!('str' in item)) {
          const marked = item as { type: string; id?: string | null; tag?: string };
          if (marked.type === 'endMarkedContent') open.pop();
          else open.push({ id: marked.id ?? null, artifact: marked.tag === 'Artifact' });
          continue;
        }
        const line = item.str + (item.hasEOL ? '\n' : '');
        text += line;
        placed.push({ str: item.str, x: item.transform[4], y: height - item.transform[5] });
        if (open.some((piece) => piece.artifact)) continue;
        drawn += line;
        const id = open.findLast((piece) => piece.id !== null)?.id;
        if (id) content.set(id, (content.get(id) ?? '') + line);
        else untagged += line;
      }
      const annotations = (await page.getAnnotations()) as Array<{ url?: string }>;
      const links = annotations.flatMap((annotation) => (annotation.url ? [annotation.url] : []));
      const tree = (await page.getStructTree()) as StructNode | null;
      const body = readingOrder(tree, content);
      pages.push({
        text,
        body,
        content: drawn,
        untagged,
        items: placed,
        links,
        tagged: tree !== null,
        alts: altTexts(tree),
      });
    }
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    const markInfo = (await document.getMarkInfo()) as { Marked?: boolean } | null;
    return {
      pageCount: document.numPages,
      pages,
      text: pages.map((page) => page.text).join('\n'),
      body: pages.map((page) => page.body).join('\n'),
      content: pages.map((page) => page.content).join('\n'),
      links: pages.flatMap((page) => page.links),
      info,
      language: typeof info.Language === 'string' ? info.Language : null,
      marked: markInfo?.Marked === true,
    };
  } finally {
    await document.destroy();
  }
}

/**
 * Text as a search compares it: every run of white space (line breaks, no-break and narrow
 * no-break spaces included) made one plain space. A sentence wrapped over lines or pages, or set
 * with French spacing, still matches its source.
 */
export function searchable(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
