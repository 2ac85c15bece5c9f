/**
 * `npm start`: serves the built app, building first only the part whose sources are newer than
 * its build. `npm install` builds both (the "prepare" script), so a first start serves at once
 * instead of spending some twenty seconds on a build that is already there; after a `git pull`
 * or an edit, the part that changed is built again. `npm run build` always builds both.
 *
 * Plain JavaScript, run by Node itself: starting must not need the development tools.
 */
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each built part: the file its build writes every time, and what it is built from. */
const PARTS = [
  {
    name: 'server',
    output: 'dist/src/server.js',
    sources: ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    script: 'build:server',
  },
  {
    name: 'web',
    output: 'web/dist/app.js',
    sources: [
      'web/src',
      'web/locales',
      'web/index.html',
      'web/styles.css',
      'src/domain',
      'scripts/build-web.ts',
      'package-lock.json',
    ],
    script: 'build:web',
  },
];

/** The latest modification time under a file or folder, 0 when it does not exist. */
function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (latest, entry) => Math.max(latest, newest(join(path, entry))),
    stats.mtimeMs,
  );
}

for (const part of PARTS) {
  const built = newest(join(root, part.output));
  const changed = Math.max(...part.sources.map((source) => newest(join(root, source))));
  if (built > changed) continue;
  console.log(built === 0 ? `Building the ${part.name}…` : `The ${part.name} changed: building…`);
  const build = spawnSync('npm', ['run', '--silent', part.script], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import('../dist/src/server.js');
