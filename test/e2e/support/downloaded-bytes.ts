import type { Download } from 'playwright-core';

/**
 * The bytes of a finished download, streamed from the browser: the browser is shared and
 * connected over a WebSocket (shared-chromium.ts), where `download.path()` is not available.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
