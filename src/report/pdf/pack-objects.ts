import { deflateSync } from 'node:zlib';

/** Objects a compressed object stream holds; readers and qpdf use about as many. */
const OBJECTS_PER_STREAM = 100;

/**
 * Rewrites a PDF as pdfkit writes it (one uncompressed object after another, a classic
 * cross-reference table) with its non-stream objects packed into compressed object streams
 * and a cross-reference stream (PDF 1.5, ISO 32000-1 §7.5.7-7.5.8). A tagged report is mostly
 * small dictionaries (structure elements, link annotations) that pdfkit cannot compress: packing
 * them halves the file. Streams (page contents, fonts) are copied byte for byte, object numbers
 * are kept, and the output depends only on the input, so equal reports stay equal.
 *
 * @see https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf
 */
export function packObjects(pdf: Uint8Array): Uint8Array {
  const source = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const { objects, trailer } = readObjects(source);
  const parts: Buffer[] = [];
  let length = 0;
  const write = (part: Buffer | string) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  // The header line and the binary-marker comment, as pdfkit wrote them.
  write(source.subarray(0, source.indexOf('\n', source.indexOf('\n') + 1) + 1));

  /** Where each object now lives: [type, field 2, field 3] of its cross-reference entry. */
  const entries = new Map<number, [number, number, number]>();
  const packable: PdfObject[] = [];
  for (const object of objects) {
    if (object.isStream) {
      entries.set(object.number, [1, length, 0]);
      write(`${object.number} 0 obj\n`);
      write(object.body);
      write('\nendobj\n');
    } else {
      packable.push(object);
    }
  }

  let nextNumber = Math.max(0, ...objects.map((object) => object.number)) + 1;
  for (let start = 0; start < packable.length; start += OBJECTS_PER_STREAM) {
    const chunk = packable.slice(start, start + OBJECTS_PER_STREAM);
    const streamNumber = nextNumber++;
    const offsets: string[] = [];
    const bodies: Buffer[] = [];
    let offset = 0;
    for (const [index, object] of chunk.entries()) {
      entries.set(object.number, [2, streamNumber, index]);
      offsets.push(`${object.number} ${offset}`);
      bodies.push(object.body, Buffer.from('\n'));
      offset += object.body.length + 1;
    }
    const head = Buffer.from(`${offsets.join(' ')}\n`, 'latin1');
    const data = deflateSync(Buffer.concat([head, ...bodies]));
    entries.set(streamNumber, [1, length, 0]);
    write(
      `${streamNumber} 0 obj\n<<\n/Type /ObjStm\n/N ${chunk.length}\n/First ${head.length}\n` +
        `/Filter /FlateDecode\n/Length ${data.length}\n>>\nstream\n`,
    );
    write(data);
    write('\nendstream\nendobj\n');
  }

  const xrefNumber = nextNumber++;
  const xrefOffset = length;
  entries.set(xrefNumber, [1, xrefOffset, 0]);
  const table = Buffer.alloc(nextNumber * 7);
  // Object 0 heads the free list, as in every PDF.
  table.writeUInt8(0, 0);
  table.writeUInt32BE(0, 1);
  table.writeUInt16BE(65535, 5);
  for (let number = 1; number < nextNumber; number++) {
    const [type, second, third] = entries.get(number) ?? [0, 0, 0];
    table.writeUInt8(type, number * 7);
    table.writeUInt32BE(second, number * 7 + 1);
    table.writeUInt16BE(third, number * 7 + 5);
  }
  const data = deflateSync(table);
  write(
    `${xrefNumber} 0 obj\n<<\n/Type /XRef\n/Size ${nextNumber}\n/W [1 4 2]\n${trailer}` +
      `/Filter /FlateDecode\n/Length ${data.length}\n>>\nstream\n`,
  );
  write(data);
  write(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts, length));
}

interface PdfObject {
  number: number;
  /** What lies between "N 0 obj\n" and "\nendobj". */
  body: Buffer;
  isStream: boolean;
}

/**
 * The objects of a pdfkit file, found through its cross-reference table, and the trailer's
 * /Root, /Info and /ID entries (each on its own line, as pdfkit writes them).
 */
function readObjects(source: Buffer): { objects: PdfObject[]; trailer: string } {
  const startxref = source.lastIndexOf('startxref');
  const xrefOffset = Number(
    source
      .toString('latin1', startxref + 'startxref'.length, source.length)
      .trim()
      .split(/\s+/)[0],
  );
  const trailerAt = source.indexOf('trailer', xrefOffset);
  if (!Number.isInteger(xrefOffset) || trailerAt < 0) throw new Error('Not a pdfkit PDF.');
  const lines = source.toString('latin1', xrefOffset, trailerAt).trim().split('\n');
  // "xref", "0 N", the free entry, then one "offset generation n" line per object from 1.
  const offsets = lines
    .slice(3)
    .map((line, i) => ({ number: i + 1, offset: Number(line.slice(0, 10)) }));
  const ends = [...offsets.map((entry) => entry.offset), xrefOffset].sort((a, b) => a - b);
  const objects = offsets.map(({ number, offset }): PdfObject => {
    const end = ends[ends.indexOf(offset) + 1]!;
    const header = `${number} 0 obj\n`;
    if (source.toString('latin1', offset, offset + header.length) !== header) {
      throw new Error(`Object ${number} is not where the cross-reference table says.`);
    }
    const raw = source.subarray(offset + header.length, end);
    const body = raw.subarray(0, raw.lastIndexOf('\nendobj'));
    const dictionaryEnd = body.indexOf('\nstream\n');
    return { number, body, isStream: dictionaryEnd >= 0 };
  });
  const trailerText = source.toString('latin1', trailerAt, startxref);
  const trailer = ['Root', 'Info', 'ID']
    .map((key) => new RegExp(`^/${key} .*$`, 'm').exec(trailerText)?.[0])
    .filter((line): line is string => line !== undefined)
    .map((line) => `${line}\n`)
    .join('');
  return { objects: objects.sort((a, b) => a.number - b.number), trailer };
}
