import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Builds web/dist with the project's own script, what `npm start` builds and serves. */
export async function buildWeb(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-web.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`scripts/build-web.ts exited with ${code}`);
}
