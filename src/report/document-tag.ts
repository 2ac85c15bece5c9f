import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentKind, DocumentModel } from '../usecases/report-ports.js';

const REPORT_DIR = dirname(fileURLToPath(import.meta.url));

let rendererVersion: string | undefined;
/**
 * Tags already worked out, by view model object: the use case and the cache ask alike. A view
 * model is not changed once it is tagged (documentFile tags it last).
 */
const tagsOf = new WeakMap<DocumentModel, Map<DocumentKind, string>>();

/**
 * What a document's bytes depend on besides its view model: the renderer's own code (every
 * file of src/report, or of dist/src/report) and the app's dependencies (pdfkit, fonts). Read
 * once; a new release of either changes every tag, so no client keeps an outdated document.
 */
function currentRendererVersion(): string {
  if (rendererVersion !== undefined) return rendererVersion;
  const hash = createHash('sha256');
  const files = readdirSync(REPORT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|js)$/.test(file))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(join(REPORT_DIR, file)));
  const manifest = packageManifest(REPORT_DIR);
  if (manifest) hash.update(manifest);
  rendererVersion = hash.digest('base64url');
  return rendererVersion;
}

/** The nearest package.json above the report's folder (the app's, in src/ as in dist/src/). */
function packageManifest(from: string): Buffer | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return readFileSync(file);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * A strong validator of a document: the SHA-256 of its kind, its view model (as JSON: view
 * models are plain data built in a fixed order) and the renderer's version. The renderer is
 * deterministic, so the same tag always stands for the same bytes.
 */
export function documentTag(kind: DocumentKind, model: DocumentModel): string {
  const known = tagsOf.get(model)?.get(kind);
  if (known) return known;
  const tag = createHash('sha256')
    .update(currentRendererVersion())
    .update('\0')
    .update(kind)
    .update('\0')
    .update(JSON.stringify(model))
    .digest('base64url');
  tagsOf.set(model, (tagsOf.get(model) ?? new Map<DocumentKind, string>()).set(kind, tag));
  return tag;
}
