import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC_PATH } from '../spec/load-spec.ts';
import { runInProcess } from './run-in-process.test-support.ts';

const raw = () => JSON.parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8'));

describe('run --spec with a spec its schema refuses', () => {
  it('runs the CLI with a maxLength rule that lacks member to exit 2 and one stderr line', async () => {
    const bad = raw();
    delete bad.rules.find((r: { id: string }) => r.id === 'domain.maxLength').check.member;
    const file = join(mkdtempSync(join(tmpdir(), 'swfc-spec-')), 'bad-spec.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await runInProcess('run', '--target', 'mock', '--spec', file);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/rule domain.maxLength/);
  });
});
