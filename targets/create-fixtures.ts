import {
  DeprecateDomainCommand,
  DeprecateWorkflowTypeCommand,
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  type SWFClient,
} from '@aws-sdk/client-swf';
import type { World } from '../model/world.ts';
import { TargetError } from './target.ts';
import { toObservation } from './to-observation.ts';

// Answers that mean the fixture is already in place, as on an emulator that outlives one run.
const ALREADY = new Set([
  'DomainAlreadyExistsFault',
  'TypeAlreadyExistsFault',
  'TypeDeprecatedFault',
  'DomainDeprecatedFault',
]);

/** Creates the world's fixtures through SWF calls only, so the same set-up works on any endpoint. */
export async function createFixtures(client: SWFClient, targetName: string, world: World): Promise<void> {
  const call = async (what: string, send: () => Promise<unknown>) => {
    try {
      await send();
    } catch (error) {
      const o = toObservation(error);
      if (ALREADY.has(o.code)) return;
      const how =
        o.status === undefined
          ? `unreachable (${o.code}: ${o.message ?? ''})`
          : `${o.status} ${o.code}: ${o.message ?? ''}`;
      throw new TargetError(`${targetName}: set-up call ${what} failed: ${how}`.trim());
    }
  };
  for (const d of world.domains) {
    await call(`RegisterDomain ${d.role}`, () =>
      client.send(new RegisterDomainCommand({ name: d.name, workflowExecutionRetentionPeriodInDays: '1' })),
    );
  }
  for (const t of world.types) {
    await call(`RegisterWorkflowType ${t.role}`, () =>
      client.send(
        new RegisterWorkflowTypeCommand({
          domain: t.domain,
          name: t.name,
          version: t.version,
          ...t.defaults,
          defaultChildPolicy: t.defaults.defaultChildPolicy as never,
        }),
      ),
    );
  }
  const deprecatedDomains = new Set(world.domains.filter((d) => d.status === 'DEPRECATED').map((d) => d.name));
  for (const t of world.types.filter((x) => x.status === 'DEPRECATED' && !deprecatedDomains.has(x.domain))) {
    await call(`DeprecateWorkflowType ${t.role}`, () =>
      client.send(
        new DeprecateWorkflowTypeCommand({ domain: t.domain, workflowType: { name: t.name, version: t.version } }),
      ),
    );
  }
  for (const name of deprecatedDomains) {
    await call('DeprecateDomain', () => client.send(new DeprecateDomainCommand({ name })));
  }
}
