import type { World } from '../../model/world.ts';
import { expectOutcome } from '../../oracle/expect-outcome.ts';
import type { Target } from '../../targets/target.ts';
import { startAndCompare, type Command } from './commands.ts';
import { closeRun, TASK_TIMEOUT } from './model-runs.ts';
import { readUntil, sleep } from './read-until.ts';
import { ModelMismatch, pick, shown, type DomainPick, type StatefulModel } from './stateful-model.ts';

/**
 * Starts the domain's full type with the shortest execution time-out the spec's lifecycle cases use, waits past it
 * (plus the spec's margin at most), and expects Describe CLOSED with closeStatus TIMED_OUT; the model then closes it.
 * Each costs seconds of real time: a sequence makes at most `maxWaits`.
 */
export class WaitPastTimeoutCommand implements Command {
  constructor(
    readonly role: DomainPick,
    readonly workflowId: string,
  ) {}
  private request(m: Readonly<StatefulModel>) {
    const { domain, type } = pick(m.world as World, this.role);
    return {
      domain: domain.name,
      workflowId: this.workflowId,
      workflowType: { name: type.name, version: type.version },
      // A list of its own: nothing polls it, so the poll commands' lists hold only what they expect.
      taskList: { name: `${m.world.runTag}-timeout-tasks` },
      executionStartToCloseTimeout: String(m.spec.lifecycle.timeouts.executionSeconds.min),
      taskStartToCloseTimeout: TASK_TIMEOUT,
    };
  }
  // Only a start that must succeed has a time-out to wait for.
  check = (m: Readonly<StatefulModel>) =>
    m.canCall && m.waits < m.maxWaits && expectOutcome(m.spec, m.world as World, this.request(m)).outcome === 'success';
  async run(m: StatefulModel, target: Target) {
    m.waits++;
    const sentAt = Date.now();
    const run = (await startAndCompare(m, target, this.request(m), this))!;
    const { executionSeconds } = m.spec.lifecycle.timeouts;
    await sleep(sentAt + executionSeconds.min * 1000 - Date.now());
    const execution = { workflowId: run.workflowId, runId: run.runId };
    const seen = await readUntil(
      async () => {
        const answer = await target.call!('DescribeWorkflowExecution', { domain: run.domain, execution });
        const info = answer.ok
          ? (answer.output.executionInfo as { executionStatus?: string; closeStatus?: string } | undefined)
          : undefined;
        return {
          done: !answer.ok || info?.executionStatus === 'CLOSED',
          value: answer.ok ? { executionStatus: info?.executionStatus, closeStatus: info?.closeStatus } : answer,
        };
      },
      sentAt + (executionSeconds.min + m.spec.lifecycle.wait.marginSeconds) * 1000,
    );
    if ('ok' in seen || seen.executionStatus !== 'CLOSED' || seen.closeStatus !== 'TIMED_OUT') {
      throw new ModelMismatch(`${this} expected CLOSED TIMED_OUT, got ${shown(seen)}`);
    }
    closeRun(m, run, 'TIMED_OUT', run.config.childPolicy);
  }
  toString = () => `WaitPastTimeout(${this.role}, ${this.workflowId})`;
}
