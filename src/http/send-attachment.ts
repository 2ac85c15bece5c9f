import type { FastifyReply } from 'fastify';

/**
 * Sends a file to download: its type, its name, and no shared cache (every one holds an
 * association's data). A Buffer or string is sent as it is: no serializer runs, so the typed
 * reply, which knows only the routes' JSON schemas, is told nothing of it.
 */
export function sendAttachment(
  reply: FastifyReply,
  type: string,
  fileName: string,
  body: Uint8Array | string,
) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send((typeof body === 'string' ? body : Buffer.from(body)) as never);
}
