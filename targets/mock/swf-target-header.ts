// Modern SDKs send the short form; old clients sent the long one, and the real service accepted both.
const TARGET_PREFIXES = ['SimpleWorkflowService.', 'com.amazonaws.swf.service.model.SimpleWorkflowService.'];

/** The SWF operation an X-Amz-Target value names, or undefined when it is no SWF call. */
export function operationOf(target: string): string | undefined {
  const prefix = TARGET_PREFIXES.find((p) => target.startsWith(p));
  return prefix ? target.slice(prefix.length) : undefined;
}
