import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder with a path for a real SQLite file; call remove() when done. */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'assoradar-test-'));
  return {
    dir,
    file: join(dir, 'test.sqlite'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
