import type { Target } from '../../targets/target.ts';
import { TargetError } from '../../targets/target.ts';
import type { RecordedFixtures } from './fixtures-of-recording.ts';

const SHORT = 'SimpleWorkflowService.';
// A fresh state may still hold them (a target that cannot be reset): what matters is that they exist.
const ALREADY = /DomainAlreadyExistsFault|TypeAlreadyExistsFault|DomainDeprecatedFault|TypeDeprecatedFault/;

/** Registers (and deprecates) what the recording shows existed before it began, as the harness, through `exchange`. */
export async function registerFixtures(target: Target, fixtures: RecordedFixtures): Promise<void> {
  const send = async (operation: string, input: object) => {
    const answer = await target.exchange!({
      target: SHORT + operation,
      contentType: 'application/x-amz-json-1.0',
      body: JSON.stringify(input),
    });
    if (answer.status === undefined)
      throw new TargetError(`${target.name}: ${operation} before the replay got no answer: ${answer.error}`);
    if ((answer.status < 200 || answer.status >= 300) && !ALREADY.test(answer.text)) {
      throw new TargetError(
        `${target.name}: ${operation} before the replay was refused (${answer.status}): ${answer.text.slice(0, 200)}`,
      );
    }
  };
  for (const d of fixtures.domains)
    await send('RegisterDomain', { name: d.name, workflowExecutionRetentionPeriodInDays: d.retention });
  for (const t of fixtures.types) {
    await send('RegisterWorkflowType', { domain: t.domain, name: t.name, version: t.version, ...t.defaults });
    if (t.deprecated)
      await send('DeprecateWorkflowType', { domain: t.domain, workflowType: { name: t.name, version: t.version } });
  }
  for (const d of fixtures.domains.filter((x) => x.deprecated)) await send('DeprecateDomain', { name: d.name });
}
