// Model-based testing: sequences of SWF calls compared with the oracle's model after every call.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec';
import { openTarget } from '../targets/open-target';
import { runStateful } from '../runner/stateful/run-stateful';
import { SUITE_SEED, SUITE_TARGET } from './run-on-target';

async function statefulOn(name: string, quirks: string[] = [], runs = 60) {
  const target = await openTarget(name, { quirks });
  try {
    return await runStateful(loadSpec(), target, { seed: SUITE_SEED, runs });
  } finally {
    await target.close();
  }
}

describe('stateful suite', () => {
  it(`finds ${SUITE_TARGET} in step with the model`, async () => {
    const result = await statefulOn(SUITE_TARGET);
    expect(result.failure).toBeUndefined();
    expect(result.runs).toBe(60);
  });

  it('catches a mock that forgets to close a terminated execution, with at most four commands', async () => {
    const result = await statefulOn('mock', ['terminate-keeps-open']);
    expect(result.failure).toBeDefined();
    expect(result.failure!.length).toBeLessThanOrEqual(4);
    expect(result.failure!.commands).toMatch(/Terminate\(/);
    expect(result.failure!.error).toMatch(/rejected-valid|expected CLOSED/);
  });
});
