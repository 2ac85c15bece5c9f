/**
 * The front end's first visit, in headless Chromium against the real app on a fresh SQLite file:
 * the compressed size of the JavaScript and CSS that "/" loads, and the time from navigation to
 * the first question being interactive. Targets (issue 15): under 70 KB of compressed
 * JavaScript (only the page's language, no facilitator string, no Chart.js before a radar is
 * drawn); first question interactive under 600 ms.
 * Run: npx tsx bench/web.bench.ts (builds web/dist first). BENCH_RUNS sets the timed runs (5).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildWeb } from '../test/e2e/support/build-web.js';
import { launchChromium } from '../test/e2e/support/launch-chromium.js';
import { startWebApp, type WebApp } from '../test/e2e/support/start-web-app.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const JS_TARGET_KB = 70;
const INTERACTIVE_TARGET_MS = 600;

/**
 * A phone on a poor mobile connection (Chrome DevTools' "Slow 4G" figures): for information, to
 * show what the bytes on the wire cost a volunteer; the target is measured without it.
 */
const SLOW_PHONE_NETWORK = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Asset {
  url: string;
  kind: 'script' | 'stylesheet';
  raw: number;
  gzip: number;
  brotli: number;
  /** Bytes of body on the wire, as served (the app may or may not compress). */
  transferred: number;
  encoding: string;
}

/** The scripts and stylesheets a first visit of "/" loads, each compressed both ways. */
async function firstVisitAssets(browser: Browser, web: WebApp): Promise<Asset[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: Array<Promise<Asset>> = [];
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    if (kind !== 'script' && kind !== 'stylesheet') return;
    seen.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        return {
          url: new URL(response.url()).pathname,
          kind,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          brotli: brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
          }).length,
          transferred: sizes.responseBodySize,
          encoding: (await response.headerValue('content-encoding')) ?? 'identity',
        };
      })(),
    );
  });
  await page.goto(web.url, { waitUntil: 'networkidle' });
  const assets = await Promise.all(seen);
  await context.close();
  return assets;
}

/**
 * From navigation to a started diagnosis (its credentials already on the device, as after a
 * reload) until the first question's first choice can be ticked. A fresh context each run:
 * nothing cached, as on a first visit.
 */
async function timeToFirstQuestion(
  browser: Browser,
  web: WebApp,
  network?: typeof SLOW_PHONE_NETWORK,
): Promise<{ ms: number; loaded: string[] }> {
  const started = (
    await web.app.inject({
      method: 'POST',
      url: '/api/responses',
      payload: { questionnaireId: 'asso-numerique', locale: 'fr' },
    })
  ).json<{ id: string; token: string }>();
  const context = await browser.newContext({ locale: 'fr-FR' });
  await context.addInitScript(
    `localStorage.setItem('assoradar.current', ${JSON.stringify(JSON.stringify(started))})`,
  );
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  const loaded: Array<Promise<string>> = [];
  page.on('requestfinished', (request) =>
    loaded.push(
      request
        .sizes()
        .then((sizes) => `${new URL(request.url()).pathname} ${kb(sizes.responseBodySize)}`),
    ),
  );
  const firstChoice = page.locator('fieldset.question input').first();
  const begin = performance.now();
  await page.goto(`${web.url}/#/diagnostic/${started.id}/0`, { waitUntil: 'commit' });
  await firstChoice.waitFor();
  while (!(await firstChoice.isEnabled())) await page.waitForTimeout(5);
  const ms = performance.now() - begin;
  const names = await Promise.all(loaded);
  await context.close();
  return { ms, loaded: names };
}

await buildWeb();
const web = await startWebApp();
const browser = await launchChromium();
try {
  const assets = await firstVisitAssets(browser, web);
  for (const asset of assets) {
    console.log(
      `${asset.url} (${asset.kind}): ${kb(asset.raw)} raw, ${kb(asset.gzip)} gzip -9, ` +
        `${kb(asset.brotli)} brotli 11; served ${asset.encoding}, ${kb(asset.transferred)} on the wire`,
    );
  }
  for (const kind of ['script', 'stylesheet'] as const) {
    const total = (key: 'raw' | 'gzip' | 'brotli' | 'transferred') =>
      assets.filter((a) => a.kind === kind).reduce((sum, a) => sum + a[key], 0);
    const target =
      kind === 'script'
        ? `, target < ${JS_TARGET_KB} KB compressed: ${total('gzip') / 1024 < JS_TARGET_KB ? 'met' : 'MISSED'}`
        : '';
    console.log(
      `first visit ${kind === 'script' ? 'JavaScript' : 'CSS'}: ${kb(total('raw'))} raw, ` +
        `${kb(total('gzip'))} gzip, ${kb(total('brotli'))} brotli, ${kb(total('transferred'))} transferred${target}`,
    );
  }

  // Warm-up (the browser's own first start), which also says what the first question costs.
  const { loaded } = await timeToFirstQuestion(browser, web);
  console.log(`loaded before the first question, on the wire: ${loaded.join(', ')}`);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) times.push((await timeToFirstQuestion(browser, web)).ms);
  const typical = median(times);
  console.log(
    `navigation to first question interactive: median ${typical.toFixed(0)} ms over ${RUNS} runs ` +
      `(${times.map((t) => t.toFixed(0)).join(', ')} ms), target < ${INTERACTIVE_TARGET_MS} ms: ` +
      `${typical < INTERACTIVE_TARGET_MS ? 'met' : 'MISSED'}`,
  );

  const slow: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    slow.push((await timeToFirstQuestion(browser, web, SLOW_PHONE_NETWORK)).ms);
  }
  console.log(
    `same on a slow 4G connection (150 ms, 1.6 Mbit/s; no target): median ${median(slow).toFixed(0)} ms ` +
      `(${slow.map((t) => t.toFixed(0)).join(', ')} ms)`,
  );
} finally {
  await browser.close();
  await web.close();
}
