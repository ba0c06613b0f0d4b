import type fc from 'fast-check';
import { trackWorld } from '../../model/track-world';
import type { Observation } from '../../model/observation';
import { expectOutcome } from '../../oracle/expect-outcome';
import { classifyOutcome } from '../../oracle/classify-outcome';
import type { Target } from '../../targets/target';
import { ModelMismatch, pick, type DomainPick, type StatefulModel } from './stateful-model';

type Command = fc.AsyncCommand<StatefulModel, Target>;
const show = (o: unknown) => JSON.stringify(o).slice(0, 200);

/** StartWorkflowExecution of the domain's full type; the oracle says what must happen in the model's world. */
export class StartCommand implements Command {
  constructor(readonly role: DomainPick, readonly workflowId: string) {}
  check = () => true;
  async run(m: StatefulModel, target: Target) {
    const { domain, type } = pick(m.world, this.role);
    const request = { domain: domain.name, workflowId: this.workflowId, workflowType: { name: type.name, version: type.version } };
    const expected = expectOutcome(m.spec, m.world, request);
    const observed = await target.start(request);
    const kind = classifyOutcome(expected, observed);
    if (kind) throw new ModelMismatch(`${kind}: ${this} expected ${expected.outcome === 'success' ? 'success' : expected.rules.join('+')}, got ${show(observed)}`);
    trackWorld(m.world, { op: 'start', request }, observed);
  }
  toString = () => `Start(${this.role}, ${this.workflowId})`;
}

/** TerminateWorkflowExecution of the current run: it succeeds exactly when the model has that workflowId open. */
export class TerminateCommand implements Command {
  constructor(readonly role: DomainPick, readonly workflowId: string) {}
  check = () => true;
  async run(m: StatefulModel, target: Target) {
    const domain = pick(m.world, this.role).domain.name;
    const open = m.world.open.some((e) => e.domain === domain && e.workflowId === this.workflowId);
    const observed: Observation = await target.terminate(domain, this.workflowId);
    if (open !== observed.ok) throw new ModelMismatch(`${this} expected ${open ? 'success' : 'a client error (nothing open)'}, got ${show(observed)}`);
    trackWorld(m.world, { op: 'terminate', domain, workflowId: this.workflowId }, observed);
  }
  toString = () => `Terminate(${this.role}, ${this.workflowId})`;
}

/** DescribeWorkflowExecution of the latest run the model knows: its status must be the model's. */
export class DescribeCommand implements Command {
  constructor(readonly role: DomainPick, readonly workflowId: string) {}
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
    const effects = await target.readEffects(run.domain, run.workflowId, run.runId);
    if (effects.describe?.executionStatus !== status) {
      throw new ModelMismatch(`${this} expected ${status}, got ${show(effects.describe?.executionStatus ?? effects.readError)}`);
    }
  }
  toString = () => `Describe(${this.role}, ${this.workflowId})`;
}

/** DeprecateWorkflowType of the domain's full type (through the target's fixture set-up, which is idempotent). */
export class DeprecateTypeCommand implements Command {
  constructor(readonly role: DomainPick) {}
  check = (m: Readonly<StatefulModel>) => pick(m.world as StatefulModel['world'], this.role).type.status === 'REGISTERED';
  async run(m: StatefulModel, target: Target) {
    pick(m.world, this.role).type.status = 'DEPRECATED';
    await target.createFixtures(m.world);
  }
  toString = () => `DeprecateType(${this.role})`;
}

/** DeprecateDomain of the other domain, which also deprecates its types. */
export class DeprecateDomainCommand implements Command {
  check = (m: Readonly<StatefulModel>) => pick(m.world as StatefulModel['world'], 'other').domain.status === 'REGISTERED';
  async run(m: StatefulModel, target: Target) {
    const { domain } = pick(m.world, 'other');
    domain.status = 'DEPRECATED';
    for (const t of m.world.types.filter((x) => x.domain === domain.name)) t.status = 'DEPRECATED';
    await target.createFixtures(m.world);
  }
  toString = () => 'DeprecateDomain(other)';
}
