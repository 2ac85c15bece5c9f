/**
 * Builds the front end into web/dist: the JavaScript bundle (with the shared scoring code and
 * the parts of Chart.js the radar needs) and its lazily loaded chunks, the stylesheet and the
 * page. Everything is served by the app itself: no CDN. Usage: tsx scripts/build-web.ts
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const web = fileURLToPath(new URL('../web/', import.meta.url));
const out = `${web}dist/`;
// Chunk names change with their content: start empty so that no stale chunk is served.
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await copyFile(`${web}index.html`, `${out}index.html`);
const result = await esbuild.build({
  entryPoints: [
    { in: `${web}src/main.tsx`, out: 'app' },
    { in: `${web}styles.css`, out: 'app' },
  ],
  outdir: out,
  // Preact's JSX runtime: components compile to its `jsx()` calls, no eval, no inline HTML.
  jsx: 'automatic',
  jsxImportSource: 'preact',
  bundle: true,
  minify: true,
  format: 'esm',
  // The facilitator's pages are a dynamic import: split into their own chunk, a volunteer's
  // phone never downloads them.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: ['es2022'],
  sourcemap: true,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});
// Compressed once here, served as is (@fastify/static preCompressed): no work per request.
const files = [
  'index.html',
  ...Object.keys(result.metafile.outputs)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => file.slice(file.indexOf('dist/') + 'dist/'.length)),
];
for (const file of files) {
  const content = await readFile(`${out}${file}`);
  await writeFile(`${out}${file}.gz`, gzipSync(content, { level: 9 }));
  await writeFile(
    `${out}${file}.br`,
    brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
}
const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, info]) => `${file.split('dist/').pop()} ${(info.bytes / 1024).toFixed(1)} KB`);
console.log(`web/dist: ${sizes.join(', ')}`);
