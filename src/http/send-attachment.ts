import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentFile } from '../usecases/report-ports.js';
import type { DocumentGate } from './plugins/document-gate.js';

/** Private: every download but the blank questionnaire holds an association's data. */
const PRIVATE = 'private, no-store';

/**
 * Sends a file to download: its type, its name, and no shared cache unless told (every one but
 * the blank questionnaire holds an association's data). A Buffer or string is sent as it is: no
 * serializer runs, so the typed reply, which knows only the routes' JSON schemas, is told
 * nothing of it.
 */
export function sendAttachment(
  reply: FastifyReply,
  type: string,
  fileName: string,
  body: Uint8Array | string,
  cacheControl: string = PRIVATE,
) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', cacheControl)
    .send(
      (typeof body === 'string'
        ? body
        : Buffer.from(body.buffer, body.byteOffset, body.byteLength)) as never,
    );
}

/**
 * Sends a document with its strong ETag, or 304 without rendering it when the client's
 * If-None-Match already names that tag (RFC 9110, 13.1.2). The document is produced (use case,
 * view model, tag) and looked up in the cache in its turn at the gate; a render it needs goes on
 * in a worker after the turn is over, so that a slow render holds no turn.
 */
export async function sendDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  gate: DocumentGate,
  type: string,
  produce: () => Promise<DocumentFile>,
  cacheControl: string = PRIVATE,
) {
  const ready = await gate.prepare(async () => {
    const document = await produce();
    const etag = `"${document.tag}"`;
    reply.header('etag', etag);
    if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) return undefined;
    const bytes = document.bytes();
    // Awaited just below, once the turn is given back: a refusal is not left unhandled meanwhile.
    bytes.catch(() => undefined);
    return { fileName: document.fileName, bytes };
  });
  if (!ready) return reply.code(304).header('cache-control', cacheControl).send();
  return sendAttachment(reply, type, ready.fileName, await ready.bytes, cacheControl);
}

/** If-None-Match holds `*` or this tag (compared weakly, as the RFC asks for this header). */
function ifNoneMatchHolds(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Sends a file as it is produced, chunk by chunk (chunked transfer): never whole in memory. */
export function sendStreamedAttachment(
  reply: FastifyReply,
  type: string,
  fileName: string,
  chunks: AsyncIterable<Uint8Array>,
) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', PRIVATE)
    .send(Readable.from(chunks, { objectMode: false }) as never);
}
