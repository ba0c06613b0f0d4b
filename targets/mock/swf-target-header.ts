// Modern SDKs send the short form; old clients sent the long one, and the real service accepted both.
const TARGET_PREFIXES = ['SimpleWorkflowService.', 'com.amazonaws.swf.service.model.SimpleWorkflowService.'];

/** The SWF operation a request names in X-Amz-Target, or undefined when it is no SWF call. */
export function operationOf(request: Request): string | undefined {
  const target = request.headers.get('x-amz-target') ?? '';
  const prefix = TARGET_PREFIXES.find((p) => target.startsWith(p));
  return prefix ? target.slice(prefix.length) : undefined;
}
