import type fc from 'fast-check';
import { trackWorld } from '../../model/track-world.ts';
import type { Observation } from '../../model/observation.ts';
import { expectOutcome } from '../../oracle/expect-outcome.ts';
import { classifyOutcome } from '../../oracle/classify-outcome.ts';
import type { Request } from '../../model/request.ts';
import { findType, type OpenExecution } from '../../model/world.ts';
import { effectiveConfig } from '../../oracle/effective-config.ts';
import type { Target } from '../../targets/target.ts';
import { ModelMismatch, pick, shown, type DomainPick, type ModelRun, type StatefulModel } from './stateful-model.ts';
import { closeRun, TASK_TIMEOUT } from './model-runs.ts';

/** A command of a sequence: it runs on the target and is compared with the model. */
export type Command = fc.AsyncCommand<StatefulModel, Target>;

/**
 * Sends a start and compares the answer with the oracle's expectation; an accepted start is recorded in the model with
 * its effective configuration and its first decision task scheduled (model-runs.ts). Undefined when it was refused.
 */
export async function startAndCompare(
  m: StatefulModel,
  target: Target,
  request: Request,
  command: Command,
): Promise<ModelRun | undefined> {
  const expected = expectOutcome(m.spec, m.world, request);
  const observed = await target.start(request);
  const kind = classifyOutcome(expected, observed);
  if (kind)
    throw new ModelMismatch(
      `${kind}: ${command} expected ${expected.outcome === 'success' ? 'success' : expected.rules.join('+')}, got ${shown(observed)}`,
    );
  trackWorld(m.world, { op: 'start', request }, observed);
  if (!observed.ok) return undefined;
  const type = findType(
    m.world,
    request.domain,
    (request.workflowType as { name: string }).name,
    (request.workflowType as { version: string }).version,
  )!;
  // The world's entry is the one trackWorld just added.
  const run: ModelRun = {
    ...m.world.open.at(-1)!,
    config: effectiveConfig(m.spec, type, request),
    task: { state: 'scheduled' },
  };
  m.runs.push(run);
  return run;
}

/** StartWorkflowExecution of the domain's full type; the oracle says what must happen in the model's world. */
export class StartCommand implements Command {
  constructor(
    readonly role: DomainPick,
    readonly workflowId: string,
  ) {}
  check = () => true;
  async run(m: StatefulModel, target: Target) {
    const { domain, type } = pick(m.world, this.role);
    // The task time-out is explicit (TASK_TIMEOUT) so that a poll of the task is safe on every target.
    const request = {
      domain: domain.name,
      workflowId: this.workflowId,
      workflowType: { name: type.name, version: type.version },
      taskStartToCloseTimeout: TASK_TIMEOUT,
    };
    await startAndCompare(m, target, request, this);
  }
  toString = () => `Start(${this.role}, ${this.workflowId})`;
}

/** TerminateWorkflowExecution of the current run: it succeeds exactly when the model has that workflowId open. */
export class TerminateCommand implements Command {
  constructor(
    readonly role: DomainPick,
    readonly workflowId: string,
  ) {}
  check = () => true;
  async run(m: StatefulModel, target: Target) {
    const domain = pick(m.world, this.role).domain.name;
    const open = m.world.open.filter((e) => e.domain === domain && e.workflowId === this.workflowId);
    const observed: Observation = await target.terminate(domain, this.workflowId);
    if (!!open.length !== observed.ok)
      throw new ModelMismatch(
        `${this} expected ${open.length ? 'success' : 'a client error (nothing open)'}, got ${shown(observed)}`,
      );
    // The execution's own effective childPolicy (the request gave none) decides what becomes of its children.
    if (observed.ok)
      for (const e of open)
        closeRun(
          m,
          e,
          'TERMINATED',
          m.runs.find((r) => r.runId === e.runId && r.domain === e.domain)?.config.childPolicy,
        );
  }
  toString = () => `Terminate(${this.role}, ${this.workflowId})`;
}

/** DescribeWorkflowExecution of a run: its executionStatus must be the model's (`what` names the run in the message). */
export async function expectStatus(
  target: Target,
  run: OpenExecution,
  status: string,
  command: Command,
  what = '',
): Promise<void> {
  const effects = await target.readEffects(run.domain, run.workflowId, run.runId);
  if (effects.describe?.executionStatus !== status) {
    throw new ModelMismatch(
      `${command} expected ${what}${status}, got ${shown(effects.describe?.executionStatus ?? effects.readError)}`,
    );
  }
}

/** DescribeWorkflowExecution of the latest run the model knows: its status must be the model's. */
export class DescribeCommand implements Command {
  constructor(
    readonly role: DomainPick,
    readonly workflowId: string,
  ) {}
  private latest(m: StatefulModel) {
    const domain = pick(m.world, this.role).domain.name;
    const same = (e: { domain: string; workflowId: string }) => e.domain === domain && e.workflowId === this.workflowId;
    const open = m.world.open.find(same);
    const closed = m.world.closed.filter(same).at(-1);
    return open ? { run: open, status: 'OPEN' } : closed ? { run: closed, status: 'CLOSED' } : undefined;
  }
  check = (m: Readonly<StatefulModel>) => this.latest(m as StatefulModel) !== undefined;
  async run(m: StatefulModel, target: Target) {
    const { run, status } = this.latest(m)!;
    await expectStatus(target, run, status, this);
  }
  toString = () => `Describe(${this.role}, ${this.workflowId})`;
}

/** DeprecateWorkflowType of the domain's full type (through the target's fixture set-up, which is idempotent). */
export class DeprecateTypeCommand implements Command {
  constructor(readonly role: DomainPick) {}
  check = (m: Readonly<StatefulModel>) =>
    pick(m.world as StatefulModel['world'], this.role).type.status === 'REGISTERED';
  async run(m: StatefulModel, target: Target) {
    pick(m.world, this.role).type.status = 'DEPRECATED';
    await target.createFixtures(m.world);
  }
  toString = () => `DeprecateType(${this.role})`;
}

/** DeprecateDomain of the other domain, which also deprecates its types. */
export class DeprecateDomainCommand implements Command {
  check = (m: Readonly<StatefulModel>) =>
    pick(m.world as StatefulModel['world'], 'other').domain.status === 'REGISTERED';
  async run(m: StatefulModel, target: Target) {
    const { domain } = pick(m.world, 'other');
    domain.status = 'DEPRECATED';
    for (const t of m.world.types.filter((x) => x.domain === domain.name)) t.status = 'DEPRECATED';
    await target.createFixtures(m.world);
  }
  toString = () => 'DeprecateDomain(other)';
}
