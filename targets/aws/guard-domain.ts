import { DescribeDomainCommand, type SWFClient } from '@aws-sdk/client-swf';
import type { Observation } from '../../model/observation.ts';
import { toObservation } from '../to-observation.ts';
import { retryThrottled } from './retry-throttled.ts';

/**
 * Decides whether a case may be sent to a domain other than the one the run may touch: only when that domain cannot
 * exist in the account (DescribeDomain refuses it), so a start there can change nothing. Answers are cached.
 */
export function createDomainGuard(
  client: SWFClient,
  allowed: string,
): (domain: unknown) => Promise<Observation | undefined> {
  const verdicts = new Map<string, boolean>();
  return async (domain) => {
    if (domain === allowed || typeof domain !== 'string') return undefined;
    if (!verdicts.has(domain)) {
      const exists = await retryThrottled(() => client.send(new DescribeDomainCommand({ name: domain }))).then(
        () => true,
        (e) => {
          const o = toObservation(e);
          return !(o.status !== undefined && o.status >= 400 && o.status < 500);
        },
      );
      verdicts.set(domain, exists);
    }
    if (!verdicts.get(domain)) return undefined;
    return {
      ok: false,
      code: 'NotSent',
      inconclusive: `not sent: domain '${domain}' may exist in this account, and only '${allowed}' may be touched`,
    };
  };
}
