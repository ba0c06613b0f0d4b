// The run's hooks come in pairs: every rule's start is followed by its end, with that rule's case results in between,
// and the run's end comes once, last, also when the run was interrupted.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import type { Family } from '../spec/spec-types.ts';
import type { RunHooks } from './run-hooks.ts';
import type { RunResult } from './run-result.ts';
import { runConformance } from './run-conformance.ts';

const spec = loadSpec();

/** Hooks that write down every call, as `hook rule#index` lines, and keep the result onRunEnd got. */
function journal() {
  const events: string[] = [];
  const ended: RunResult[] = [];
  const hooks: RunHooks = {
    onRunStart: ({ rules, cases }) => events.push(`run-start ${rules} ${cases}`),
    onRuleStart: ({ rule, cases }) => events.push(`rule-start ${rule.id} ${cases}`),
    onCaseResult: ({ rule, index }) => events.push(`case ${rule.id}#${index}`),
    onRuleEnd: ({ rule, tally }) => events.push(`rule-end ${rule.id} ${tally.id}`),
    onRunEnd: ({ result }) => (events.push('run-end'), ended.push(result)),
  };
  return { events, ended, hooks };
}

/** Checks the pairing: run start first and run end last, rules never nested, every case inside its own rule. */
function expectPaired(events: string[]): void {
  expect(events[0]).toMatch(/^run-start /);
  expect(events.at(-1)).toBe('run-end');
  expect(events.filter((e) => e.startsWith('run-'))).toHaveLength(2);
  let open: string | undefined;
  for (const e of events.slice(1, -1)) {
    const [hook, what] = e.split(' ');
    if (hook === 'rule-start') {
      expect(open, `${e} while ${open} is open`).toBeUndefined();
      open = what;
    } else if (hook === 'rule-end') {
      expect(what).toBe(open);
      expect(e).toBe(`rule-end ${open} ${open}`);
      open = undefined;
    } else expect(what.split('#')[0]).toBe(open);
  }
  expect(open).toBeUndefined();
}

async function run(families: Family[], hooks: RunHooks, signal?: AbortSignal): Promise<RunResult> {
  const target = await openTarget('mock', {});
  try {
    return await runConformance({ spec, target, seed: 3, runs: 3, families, hooks, signal, lifecycleMarginMs: 500 });
  } finally {
    await target.close();
  }
}

describe('the run hooks', () => {
  it('pair every start with its end, lifecycle rules too, each case result between its rule start and end', async () => {
    const { events, ended, hooks } = journal();
    const result = await run(['tag-list', 'lifecycle'], hooks);
    expectPaired(events);
    expect(ended).toEqual([result]);
    const started = events.filter((e) => e.startsWith('rule-start')).map((e) => e.split(' ')[1]);
    expect(started.some((id) => id.startsWith('lifecycle.'))).toBe(true);
    expect(started.some((id) => id.startsWith('tagList.'))).toBe(true);
    expect(events.filter((e) => e.startsWith('case '))).toHaveLength(result.cases);
  }, 60_000);

  it('end the rule that was running and the run, once, when the run is interrupted', async () => {
    const { events, ended, hooks } = journal();
    const abort = new AbortController();
    const onCase = hooks.onCaseResult!;
    hooks.onCaseResult = (r) => (onCase(r), events.length >= 4 && abort.abort('test'));
    const result = await run(['tag-list'], hooks, abort.signal);
    expect(result.interrupted).toBe('test');
    expectPaired(events);
    expect(ended).toEqual([result]);
  }, 60_000);

  it('end the rule that broke the target and the run, once, when the run stops early', async () => {
    const { events, ended, hooks } = journal();
    const target = await openTarget('mock', { quirks: ['corrupt-after-non-numeric-timeout'] });
    try {
      const { reset: _no, ...withoutReset } = target;
      const result = await runConformance({
        spec,
        target: withoutReset,
        seed: 5,
        runs: 10,
        families: ['value-formats'],
        hooks,
      });
      expect(result.stoppedEarly).toMatch(/cannot be reset/);
      expectPaired(events);
      expect(ended).toEqual([result]);
    } finally {
      await target.close();
    }
  }, 60_000);
});
