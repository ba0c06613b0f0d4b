import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `job` in a fresh folder of the OS's temporary one, removed once the job is done, whatever its outcome. */
export async function withTempDir<T>(prefix: string, job: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await job(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
