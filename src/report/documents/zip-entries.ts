import { Zip, ZipPassThrough } from 'fflate';
import type { ZipEntry } from '../../usecases/report-ports.js';

/**
 * The zip's bytes as each entry comes (fflate's streaming zip), so that neither the event loop
 * nor the memory holds the whole zip. Entries are stored as they are: the PDFs it carries are
 * compressed already.
 */
export async function* zipEntries(entries: AsyncIterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else ready.push(chunk);
  });
  for await (const entry of entries) {
    const file = new ZipPassThrough(entry.name);
    file.mtime = entry.mtime;
    zip.add(file);
    file.push(entry.bytes, true);
    if (failures[0]) throw failures[0];
    yield* ready.splice(0);
  }
  zip.end();
  if (failures[0]) throw failures[0];
  yield* ready.splice(0);
}
