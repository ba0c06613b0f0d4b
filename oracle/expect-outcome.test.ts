// Hand-written examples from the operation's AWS page (spec/evidence/start-workflow-execution.rst) pin the oracle.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import { typeOfRole, domainOfRole, type World } from '../model/world.ts';
import type { Request } from '../model/request.ts';
import { expectOutcome } from './expect-outcome.ts';

const spec = loadSpec();
const fresh = (): World => buildWorld(spec, 'ex');
const world = fresh();
const main = domainOfRole(world, 'main').name;
const bare = typeOfRole(world, 'bare');
const full = typeOfRole(world, 'full');
const typeRef = (t: typeof bare) => ({ name: t.name, version: t.version });
/** A request on the bare type (no defaults), so it must send everything itself. */
const complete = (extra: Request = {}): Request => ({
  domain: main,
  workflowId: 'order-42',
  workflowType: typeRef(bare),
  taskList: { name: 'deciders' },
  executionStartToCloseTimeout: '3600',
  taskStartToCloseTimeout: '60',
  childPolicy: 'TERMINATE',
  ...extra,
});
const rejects = (request: Request, w: World = world) => {
  const e = expectOutcome(spec, w, request);
  if (e.outcome !== 'reject') throw new Error(`expected a rejection, got ${JSON.stringify(e)}`);
  return e;
};

describe('oracle on the AWS page examples', () => {
  it('accepts a complete request and keeps every value it sent', () => {
    const e = expectOutcome(
      spec,
      world,
      complete({
        tagList: ['a', 'b'],
        input: '{"x":1}',
        taskPriority: '5',
        lambdaRole: 'arn:aws:iam::123456789012:role/r',
      }),
    );
    expect(e).toEqual({
      outcome: 'success',
      effective: {
        workflowType: typeRef(bare),
        taskList: 'deciders',
        executionStartToCloseTimeout: '3600',
        taskStartToCloseTimeout: '60',
        childPolicy: 'TERMINATE',
        taskPriority: '5',
        lambdaRole: 'arn:aws:iam::123456789012:role/r',
        tagList: ['a', 'b'],
        input: '{"x":1}',
      },
    });
  });

  it('uses the type defaults when the request leaves them out ("This overrides the defaultTaskList")', () => {
    const e = expectOutcome(spec, world, { domain: main, workflowId: 'w', workflowType: typeRef(full) });
    expect(e.outcome === 'success' && e.effective).toMatchObject({
      taskList: full.defaults.defaultTaskList!.name,
      executionStartToCloseTimeout: '86400',
      taskStartToCloseTimeout: 'NONE',
      childPolicy: 'ABANDON',
      taskPriority: '7',
      lambdaRole: full.defaults.defaultLambdaRole,
    });
    const overridden = expectOutcome(spec, world, {
      domain: main,
      workflowId: 'w',
      workflowType: typeRef(full),
      taskList: { name: 'mine' },
      taskPriority: '-3',
    });
    expect(overridden.outcome === 'success' && overridden.effective).toMatchObject({
      taskList: 'mine',
      taskPriority: '-3',
    });
  });

  it('uses priority 0 when neither the request nor the type sets one', () => {
    const e = expectOutcome(spec, world, complete());
    expect(e.outcome === 'success' && e.effective.taskPriority).toBe('0');
    expect(e.outcome === 'success' && 'lambdaRole' in e.effective).toBe(false);
  });

  it.each(['taskList', 'executionStartToCloseTimeout', 'taskStartToCloseTimeout', 'childPolicy'])(
    'refuses a missing %s with no type default with DefaultUndefinedFault ("a fault is returned")',
    (member) => {
      const request = complete();
      delete (request as Record<string, unknown>)[member];
      expect(rejects(request)).toMatchObject({
        rules: [`defaults.${member}.undefined`],
        codes: ['DefaultUndefinedFault'],
        anyClientError: false,
      });
    },
  );

  it('refuses "NONE" for executionStartToCloseTimeout but accepts it for taskStartToCloseTimeout', () => {
    expect(rejects(complete({ executionStartToCloseTimeout: 'NONE' }))).toMatchObject({
      rules: ['executionStartToCloseTimeout.none'],
      anyClientError: true,
    });
    expect(expectOutcome(spec, world, complete({ taskStartToCloseTimeout: 'NONE' })).outcome).toBe('success');
  });

  it('holds the one-year maximum of the execution timeout', () => {
    expect(expectOutcome(spec, world, complete({ executionStartToCloseTimeout: '31536000' })).outcome).toBe('success');
    expect(rejects(complete({ executionStartToCloseTimeout: '31536001' })).rules).toEqual([
      'executionStartToCloseTimeout.max',
    ]);
    expect(rejects(complete({ executionStartToCloseTimeout: '-1' })).rules).toEqual([
      'executionStartToCloseTimeout.notInteger',
    ]);
  });

  it('holds taskPriority to Integer.MIN_VALUE..Integer.MAX_VALUE', () => {
    for (const ok of ['-2147483648', '2147483647', '0'])
      expect(expectOutcome(spec, world, complete({ taskPriority: ok })).outcome).toBe('success');
    expect(rejects(complete({ taskPriority: '2147483648' })).rules).toEqual(['taskPriority.int32']);
    expect(rejects(complete({ taskPriority: '-2147483649' })).rules).toEqual(['taskPriority.int32']);
    expect(rejects(complete({ taskPriority: 'high' })).rules).toEqual(['taskPriority.notInteger']);
  });

  it('allows "a maximum of 5 tags"', () => {
    expect(expectOutcome(spec, world, complete({ tagList: ['1', '2', '3', '4', '5'] })).outcome).toBe('success');
    expect(rejects(complete({ tagList: ['1', '2', '3', '4', '5', '6'] }))).toMatchObject({
      rules: ['tagList.maxItems'],
      anyClientError: true,
      likelyCodes: ['ValidationException'],
    });
  });

  it.each([':', '/', '|', '\u0000', '\u001f', '\u007f', '\u009f'])(
    'refuses workflowId, domain and taskList containing %j',
    (ch) => {
      expect(rejects(complete({ workflowId: `a${ch}b` })).rules).toEqual(['workflowId.forbiddenChars']);
      expect(rejects(complete({ domain: `${main}${ch}` })).rules).toEqual(['domain.forbiddenChars']);
      expect(rejects(complete({ taskList: { name: ch } })).rules).toEqual(['taskList.name.forbiddenChars']);
    },
  );

  it('accepts characters just outside the control ranges, and refuses only the exact literal "arn"', () => {
    expect(expectOutcome(spec, world, complete({ workflowId: '\u00a0 \u0020~' })).outcome).toBe('success');
    expect(rejects(complete({ workflowId: 'arn' })).rules).toEqual(['workflowId.literalArn']);
    expect(expectOutcome(spec, world, complete({ workflowId: 'arn-42' })).outcome).toBe('success');
  });

  it('refuses a childPolicy outside TERMINATE, REQUEST_CANCEL, ABANDON', () => {
    expect(rejects(complete({ childPolicy: 'terminate' })).rules).toEqual(['childPolicy.enum']);
  });

  it('refuses missing required members with ValidationException', () => {
    expect(rejects({ workflowId: 'w', workflowType: typeRef(full) })).toMatchObject({
      rules: ['domain.required'],
      codes: ['ValidationException'],
    });
    expect(rejects(complete({ taskList: {} })).rules).toEqual(['taskList.name.required']);
  });

  it('refuses unknown and deprecated resources', () => {
    expect(rejects(complete({ domain: 'nowhere' }))).toMatchObject({
      rules: ['domain.unknown'],
      codes: ['UnknownResourceFault'],
    });
    expect(rejects(complete({ workflowType: { name: 'bare', version: '2' } }))).toMatchObject({
      rules: ['workflowType.unknown'],
      codes: ['UnknownResourceFault'],
    });
    expect(
      rejects({ domain: main, workflowId: 'w', workflowType: typeRef(typeOfRole(world, 'deprecated')) }),
    ).toMatchObject({ rules: ['workflowType.deprecated'], codes: ['TypeDeprecatedFault'] });
    const dep = typeOfRole(world, 'in-deprecated-domain');
    expect(rejects({ domain: dep.domain, workflowId: 'w', workflowType: typeRef(dep) })).toMatchObject({
      rules: ['domain.deprecated'],
      anyClientError: true,
    });
  });

  it('refuses "two open workflow executions with the same workflowId ... within the same domain", nothing more', () => {
    const w = fresh();
    w.open.push({ domain: main, workflowId: 'order-42', runId: 'r1' });
    expect(rejects(complete(), w)).toMatchObject({
      rules: ['workflowId.duplicateOpen'],
      codes: ['WorkflowExecutionAlreadyStartedFault'],
    });
    const other = typeOfRole(w, 'other');
    expect(
      expectOutcome(spec, w, { domain: other.domain, workflowId: 'order-42', workflowType: typeRef(other) }).outcome,
    ).toBe('success');
    w.open = [];
    expect(expectOutcome(spec, w, complete()).outcome).toBe('success');
  });

  it("accepts any of the broken rules' outcomes when a request breaks several, assuming no validation order", () => {
    const request = complete({ tagList: ['1', '2', '3', '4', '5', '6'] });
    delete (request as Record<string, unknown>).childPolicy;
    expect(rejects(request)).toMatchObject({
      rules: ['tagList.maxItems', 'defaults.childPolicy.undefined'],
      anyClientError: true,
    });
  });
});
