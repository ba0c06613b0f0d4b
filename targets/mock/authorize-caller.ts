import type { SigV4Authorization } from './parse-authorization.ts';
import { evaluateCallerPolicy } from './evaluate-caller-policy.ts';
import { MOCK_CALLER_CREDENTIALS } from './mock-credentials.ts';
import type { MockContext } from './mock-context.ts';
import { MOCK_ACCOUNT_ID, policyRequestOf } from './policy-request.ts';
import { SwfFault } from './swf-fault.ts';

/** The identity the caller's key stands for, as AWS names it in an access-denied message. */
export const CALLER_IDENTITY_ARN = `arn:aws:sts::${MOCK_ACCOUNT_ID}:assumed-role/swf-conformance-caller/mock`;

/**
 * Refuses with OperationNotPermittedFault (400, tagged `policy:explicit-deny` or `policy:implicit-deny`) a call
 * signed with the caller's key that the caller policy does not allow. Calls signed otherwise (the admin key, or
 * none under a quirk) and every call of a mock without a caller policy pass.
 */
export function authorizeCaller(
  context: MockContext,
  auth: SigV4Authorization | undefined,
  operation: string,
  input: Record<string, unknown>,
): void {
  if (!context.callerPolicy || auth?.accessKeyId !== MOCK_CALLER_CREDENTIALS.accessKeyId) return;
  const { behaviour } = context;
  const request = policyRequestOf(operation, input, auth.scope.region, behaviour.hiddenConditionKeys);
  const decision = evaluateCallerPolicy(context.callerPolicy, request, { applyDeny: !behaviour.ignoresDeny });
  if (decision === 'allowed') return;
  const message = `User: ${CALLER_IDENTITY_ARN} is not authorized to perform: ${request.action} on resource: ${request.resource}`;
  throw new SwfFault('OperationNotPermittedFault', message, 400, `policy:${decision}`);
}
