import { iamQuery, IamQueryError, xmlText } from './iam-query.ts';

/** The IAM user that stands for the caller of StartWorkflowExecution on an emulator. */
export const CALLER_USER = 'swf-conformance-caller';
/** The name of the caller's inline policy (the document given to `run --policy`). */
export const CALLER_POLICY = 'swf-conformance-start';

/** Makes `run --policy`'s caller on a moto: user swf-conformance-caller (made again after a reset) with the document as inline policy swf-conformance-start and a fresh key, its only one; errors name the endpoint and IAM action. */
export async function attachCallerPolicy(
  endpoint: string,
  policy: object,
  region = 'us-east-1',
): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const iam = (action: string, params: Record<string, string>) => iamQuery(endpoint, action, params, region);
  const UserName = CALLER_USER;
  try {
    await iam('CreateUser', { UserName });
  } catch (e) {
    if (!(e instanceof IamQueryError && e.code === 'EntityAlreadyExists')) throw e;
  }
  await iam('PutUserPolicy', { UserName, PolicyName: CALLER_POLICY, PolicyDocument: JSON.stringify(policy) });
  // IAM allows two keys a user: without this a third run on the same emulator would be refused.
  const listed = await iam('ListAccessKeys', { UserName });
  for (const [, id] of listed.matchAll(/<AccessKeyId>([^<]+)<\/AccessKeyId>/g))
    await iam('DeleteAccessKey', { UserName, AccessKeyId: id });
  const created = await iam('CreateAccessKey', { UserName });
  const accessKeyId = xmlText(created, 'AccessKeyId');
  const secretAccessKey = xmlText(created, 'SecretAccessKey');
  if (!accessKeyId || !secretAccessKey)
    throw new Error(`IAM CreateAccessKey at ${endpoint} failed: the answer holds no AccessKeyId and SecretAccessKey`);
  return { accessKeyId, secretAccessKey };
}
