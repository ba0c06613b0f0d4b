import fc from 'fast-check';
import {
  DeprecateDomainCommand,
  DeprecateTypeCommand,
  DescribeCommand,
  StartCommand,
  TerminateCommand,
  type Command,
} from './commands.ts';
import { CompleteCommand, PollCommand } from './decision-commands.ts';
import { DescribeChildrenCommand, StartChildCommand } from './child-commands.ts';
import { WaitPastTimeoutCommand } from './wait-past-timeout.ts';
import { DOMAIN_ROLES, WORKFLOW_IDS } from './stateful-model.ts';

/**
 * The commands a sequence draws from, weighted: starts, polls and describes often; a wait past a time-out rarely,
 * since each costs seconds of real time (and a sequence makes at most maxWaits of them).
 */
export function commandArbitrary(): fc.Arbitrary<Command> {
  const role = fc.constantFrom(...DOMAIN_ROLES);
  const id = fc.constantFrom(...WORKFLOW_IDS);
  const weighted = (weight: number, arbitrary: fc.Arbitrary<Command>) => ({ weight, arbitrary });
  return fc.oneof(
    weighted(
      24,
      fc.tuple(role, id).map(([r, w]) => new StartCommand(r, w)),
    ),
    weighted(
      8,
      fc.tuple(role, id).map(([r, w]) => new TerminateCommand(r, w)),
    ),
    weighted(
      16,
      fc.tuple(role, id).map(([r, w]) => new DescribeCommand(r, w)),
    ),
    weighted(
      3,
      role.map((r) => new DeprecateTypeCommand(r)),
    ),
    weighted(3, fc.constant(new DeprecateDomainCommand())),
    weighted(
      32,
      role.map((r) => new PollCommand(r)),
    ),
    weighted(20, fc.constant(new CompleteCommand())),
    weighted(20, fc.constant(new StartChildCommand())),
    weighted(12, fc.constant(new DescribeChildrenCommand())),
    weighted(
      1,
      fc.tuple(role, id).map(([r, w]) => new WaitPastTimeoutCommand(r, w)),
    ),
  );
}
