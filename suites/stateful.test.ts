// Model-based testing: sequences of SWF calls compared with the oracle's model after every call.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import { openTarget } from '../targets/open-target.ts';
import type { Target } from '../targets/target.ts';
import { runStateful } from '../runner/stateful/run-stateful.ts';
import { runSequence } from '../runner/stateful/run-sequence.ts';
import { DescribeCommand, StartCommand, TerminateCommand, type Command } from '../runner/stateful/commands.ts';
import { CompleteCommand, PollCommand } from '../runner/stateful/decision-commands.ts';
import { DescribeChildrenCommand, StartChildCommand } from '../runner/stateful/child-commands.ts';
import { WaitPastTimeoutCommand } from '../runner/stateful/wait-past-timeout.ts';
import { SUITE_SEED, SUITE_TARGET } from './run-on-target.ts';

/** A target made wrong by the test itself, for what no mock quirk breaks. */
type Wrong = (target: Target) => Target;

async function statefulOn(
  name: string,
  quirks: string[] = [],
  runs = 60,
  o: { wrong?: Wrong; maxWaits?: number } = {},
) {
  const target = await openTarget(name, { quirks });
  try {
    return await runStateful(loadSpec(), o.wrong ? o.wrong(target) : target, {
      seed: SUITE_SEED,
      runs,
      maxWaits: o.maxWaits,
    });
  } finally {
    await target.close();
  }
}

/** Runs one given sequence on the mock; resolves, or rejects with the first mismatch. */
async function sequenceOn(quirks: string[], commands: Command[], wrong?: Wrong) {
  const target = await openTarget('mock', { quirks });
  try {
    const spec = loadSpec();
    await runSequence(spec, wrong ? wrong(target) : target, buildWorld(spec, `swfc-${SUITE_SEED}-sequence`), commands);
  } finally {
    await target.close();
  }
}

// Accepts RespondDecisionTaskCompleted but drops its CompleteWorkflowExecution decisions: the execution stays open.
const dropsCompletion: Wrong = (target) => ({
  ...target,
  call: (operation, input) =>
    target.call!(
      operation,
      operation !== 'RespondDecisionTaskCompleted'
        ? input
        : {
            ...input,
            decisions: (input.decisions as Array<{ decisionType: string }>).filter(
              (d) => d.decisionType !== 'CompleteWorkflowExecution',
            ),
          },
    ),
});

// Terminates with childPolicy TERMINATE whatever the execution's own (ABANDON): children close with their parent.
const terminatesChildren: Wrong = (target) => ({
  ...target,
  async terminate(domain, workflowId, runId) {
    const answer = await target.call!('TerminateWorkflowExecution', {
      domain,
      workflowId,
      runId,
      childPolicy: 'TERMINATE',
    });
    return answer.ok ? { ok: true, status: answer.status } : answer;
  },
});

describe('stateful suite', () => {
  it(`finds ${SUITE_TARGET} in step with the model`, async () => {
    const result = await statefulOn(SUITE_TARGET);
    expect(result.failure).toBeUndefined();
    expect(result.runs).toBe(60);
  });

  it('catches a mock that forgets to close a terminated execution, with at most four commands', async () => {
    const result = await statefulOn('mock', ['terminate-keeps-open'], 60, { maxWaits: 0 });
    expect(result.failure).toBeDefined();
    expect(result.failure!.length).toBeLessThanOrEqual(4);
    expect(result.failure!.commands).toMatch(/Terminate\(/);
    expect(result.failure!.error).toMatch(/rejected-valid|expected CLOSED|expected a client error \(nothing open\)/);
  });

  it('catches a mock whose timed-out execution closes as TERMINATED, with one command', async () => {
    // More runs than the others: waits are rare in sequences (each costs seconds), and the run stops at the first failure.
    const result = await statefulOn('mock', ['timed-out-closes-as-terminated'], 200);
    expect(result.failure).toBeDefined();
    expect(result.failure!.commands).toMatch(/^WaitPastTimeout\([^)]*\)$/);
    expect(result.failure!.error).toMatch(/expected CLOSED TIMED_OUT, got .*TERMINATED/);
  });

  it('catches a target that accepts CompleteWorkflowExecution but leaves the execution open, with at most four commands', async () => {
    const result = await statefulOn('mock', [], 60, { wrong: dropsCompletion, maxWaits: 0 });
    expect(result.failure).toBeDefined();
    expect(result.failure!.length).toBeLessThanOrEqual(4);
    expect(result.failure!.commands).toMatch(/Poll\(.*Complete\(\)/);
    expect(result.failure!.error).toMatch(/rejected-valid|expected CLOSED/);
  });

  it('runs polls, decisions and children in step with the mock', async () => {
    await expect(
      sequenceOn(
        [],
        [
          new StartCommand('main', 'order-a'),
          new StartCommand('main', 'order-b'),
          new PollCommand('main'),
          new StartChildCommand(),
          new PollCommand('main'),
          new PollCommand('main'),
          new CompleteCommand(),
          new TerminateCommand('main', 'order-b'),
          new DescribeChildrenCommand(),
          new StartCommand('main', 'order-a'),
          new DescribeCommand('main', 'order-b'),
        ],
      ),
    ).resolves.toBeUndefined();
  });

  // No mock quirk makes a poll disagree by itself; a kept-open termination leaves a task the model no longer has.
  it('compares the delivered task with the model: a task of an execution the model closed is caught', async () => {
    const sequence = [
      new StartCommand('main', 'order-a'),
      new StartCommand('main', 'order-b'),
      new TerminateCommand('main', 'order-a'),
      new PollCommand('main'),
    ];
    await expect(sequenceOn(['terminate-keeps-open'], sequence)).rejects.toThrow(
      /Poll\(main\) expected a task token for one of .*order-b/,
    );
  });

  it("applies the parent's ABANDON on termination: a target that terminates the child is caught", async () => {
    const sequence = [
      new StartCommand('main', 'order-a'),
      new PollCommand('main'),
      new StartChildCommand(),
      new TerminateCommand('main', 'order-a'),
      new DescribeChildrenCommand(),
    ];
    await expect(sequenceOn([], sequence)).resolves.toBeUndefined();
    await expect(sequenceOn([], sequence, terminatesChildren)).rejects.toThrow(
      /DescribeChildren\(\) expected .*-child-1 OPEN, got "CLOSED"/,
    );
  });

  it('does not run the decision commands on a target without call', async () => {
    const sequence = [
      new StartCommand('main', 'order-a'),
      new PollCommand('main'),
      new CompleteCommand(),
      new WaitPastTimeoutCommand('main', 'order-b'),
      new DescribeCommand('main', 'order-a'),
    ];
    await expect(sequenceOn([], sequence, (t) => ({ ...t, call: undefined }))).resolves.toBeUndefined();
  });
});
