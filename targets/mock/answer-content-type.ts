// The Content-Type the real service answers with, by what the request said it sent.
const PLAIN_JSON = /^\s*application\/json\s*(;|$)/i;

/**
 * application/json to a request sent as application/json (with or without parameters: boto2's long-target requests,
 * answered so in every recorded interaction, swf-facts §7), application/x-amz-json-1.0 to anything else (modern SDKs, §1).
 */
export function answerContentType(requestContentType: string | null): string {
  return requestContentType !== null && PLAIN_JSON.test(requestContentType)
    ? 'application/json'
    : 'application/x-amz-json-1.0';
}
