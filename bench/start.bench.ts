/**
 * `npm start` on a current build, as after `npm install`: the time from the command to the first
 * 200 from /api/health, on a fresh SQLite file each run. Target (issue 17): under 3 s.
 * Run: npx tsx bench/start.bench.ts (builds first if a part is older than its sources, untimed).
 * BENCH_RUNS sets the timed runs (5).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/free-port.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 3000;
const root = fileURLToPath(new URL('..', import.meta.url));

async function timedStart(folder: string, run: number): Promise<number> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: join(folder, `start-${run}.sqlite`),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) {
          return performance.now() - began;
        }
      } catch {
        // Not listening yet.
      }
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const folder = mkdtempSync(join(tmpdir(), 'assoradar-start-bench-'));
try {
  // The build, if a part is stale, is not what is measured: a first start does it, untimed.
  await timedStart(folder, 0);
  const times: number[] = [];
  for (let run = 1; run <= RUNS; run += 1) times.push(await timedStart(folder, run));
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `npm start to a healthy server: median ${Math.round(median)} ms over ${RUNS} runs ` +
      `(${times.map((t) => Math.round(t)).join(', ')} ms); target ${TARGET_MS} ms: ` +
      `${median < TARGET_MS ? 'met' : 'MISSED'}`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
