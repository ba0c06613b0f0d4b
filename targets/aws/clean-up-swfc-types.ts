import {
  DeleteWorkflowTypeCommand,
  DeprecateWorkflowTypeCommand,
  ListOpenWorkflowExecutionsCommand,
  ListWorkflowTypesCommand,
  TerminateWorkflowExecutionCommand,
  type SWFClient,
} from '@aws-sdk/client-swf';
import { toObservation } from '../to-observation.ts';
import { retryThrottled } from './retry-throttled.ts';
import { AWS_VERSION_PREFIX } from './aws-version-prefix.ts';

// Answers that mean there is nothing (more) to do for that item.
const DONE = new Set(['UnknownResourceFault', 'TypeDeprecatedFault', 'UnknownOperationException']);

/**
 * Terminates every open execution of the harness's types in the domain, then deprecates and deletes those types.
 * Runs at the start (leftovers of a killed run) and at the end of every aws run. Touches nothing of other types.
 */
export async function cleanUpSwfcTypes(
  client: SWFClient,
  domain: string,
): Promise<{ terminated: number; types: number }> {
  const ignoreDone = (e: unknown) => {
    if (!DONE.has(toObservation(e).code)) throw e;
  };
  const ours: Array<{ name: string; version: string }> = [];
  for (const registrationStatus of ['REGISTERED', 'DEPRECATED'] as const) {
    let nextPageToken: string | undefined;
    do {
      const page = await retryThrottled(() =>
        client.send(new ListWorkflowTypesCommand({ domain, registrationStatus, nextPageToken })),
      );
      for (const t of page.typeInfos ?? []) {
        if (t.workflowType?.version?.startsWith(AWS_VERSION_PREFIX))
          ours.push({ name: t.workflowType.name!, version: t.workflowType.version! });
      }
      nextPageToken = page.nextPageToken;
    } while (nextPageToken);
  }
  let terminated = 0;
  for (const type of ours) {
    let nextPageToken: string | undefined;
    do {
      const page = await retryThrottled(() =>
        client.send(
          new ListOpenWorkflowExecutionsCommand({
            domain,
            typeFilter: type,
            startTimeFilter: { oldestDate: new Date(0) },
            nextPageToken,
          }),
        ),
      );
      for (const e of page.executionInfos ?? []) {
        await retryThrottled(() =>
          client.send(
            new TerminateWorkflowExecutionCommand({
              domain,
              workflowId: e.execution!.workflowId!,
              runId: e.execution!.runId,
              reason: 'swf-conformance clean-up',
            }),
          ),
        ).catch(ignoreDone);
        terminated++;
      }
      nextPageToken = page.nextPageToken;
    } while (nextPageToken);
    await retryThrottled(() => client.send(new DeprecateWorkflowTypeCommand({ domain, workflowType: type }))).catch(
      ignoreDone,
    );
    // Deletion only where the service offers it (emulators may not): a deprecated type is already retired.
    await retryThrottled(() => client.send(new DeleteWorkflowTypeCommand({ domain, workflowType: type }))).catch(
      () => undefined,
    );
  }
  return { terminated, types: ours.length };
}
