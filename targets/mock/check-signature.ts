import { expectedSignature } from './expected-signature.ts';
import type { MockCredentials } from './mock-credentials.ts';
import { parseAuthorization, type SigV4Authorization } from './parse-authorization.ts';
import { SwfFault } from './swf-fault.ts';
import type { WireRequest } from './wire-request.ts';

/** Reads X-Amz-Date (20260101T120000Z); undefined when malformed. */
function parseAmzDate(text: string | null): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text ?? '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : undefined;
}

/** Throws a fault tagged with its check, unless a quirk skips that check. */
function refuse(skip: ReadonlySet<string>, check: string, code: string, message: string, status: number): void {
  if (!skip.has(check)) throw new SwfFault(code, message, status, check);
}

/**
 * Refuses a request that is not signed with SigV4 by one of the given credentials, as AWS does: 403 when unsigned,
 * signed by an unknown key or not matching, 400 when the Authorization header is malformed. The clock is not checked.
 * Returns the header's parts (who signed, in which region), or undefined for an unsigned request a quirk lets in.
 */
export async function checkSignature(
  request: WireRequest,
  credentials: readonly MockCredentials[],
  skip: ReadonlySet<string>,
): Promise<SigV4Authorization | undefined> {
  const header = request.headers.get('authorization');
  if (header === null) {
    refuse(skip, 'wire:auth.missing', 'MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
    return undefined;
  }
  const auth = parseAuthorization(header);
  const date = parseAmzDate(request.headers.get('x-amz-date'));
  if (!auth)
    throw new SwfFault(
      'IncompleteSignatureException',
      "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters of SigV4",
      400,
      'wire:auth.format',
    );
  if (!date)
    throw new SwfFault(
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      400,
      'wire:auth.format',
    );
  const known = credentials.find((c) => c.accessKeyId === auth.accessKeyId);
  if (!known)
    throw new SwfFault(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
      403,
      'wire:auth.key',
    );
  const matches =
    auth.scope.service === 'swf' &&
    (await expectedSignature(request, auth, known.secretAccessKey, date)) === auth.signature;
  if (!matches)
    refuse(
      skip,
      'wire:auth.signature',
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided.',
      403,
    );
  return auth;
}
