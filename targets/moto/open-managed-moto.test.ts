import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openManagedMoto } from './open-managed-moto.ts';

describe('openManagedMoto without moto', () => {
  const path = process.env.PATH;
  let dir: string | undefined;
  afterEach(() => {
    process.env.PATH = path;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('tries each way to start moto server, then fails in one line naming how each ended', async () => {
    // A PATH with sh and a python3 that has no moto, but no moto_server.
    dir = mkdtempSync(join(tmpdir(), 'swfc-no-moto-'));
    symlinkSync('/bin/sh', join(dir, 'sh'));
    writeFileSync(join(dir, 'python3'), '#!/bin/sh\necho "No module named moto" >&2\nexit 1\n');
    chmodSync(join(dir, 'python3'), 0o755);
    process.env.PATH = dir;
    const error = await openManagedMoto().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^moto server not found: install it with pip install "moto\[server\]"/);
    expect(error?.message).toMatch(/\(moto_server exited with 127; python3 -m moto.server exited with 1\)$/);
    expect(error?.message).not.toContain('\n');
  });
});
