import { hasDuplicateKey } from './find-duplicate-key.ts';
import type { Quirk } from './quirk.ts';
import { inputShapeOf, loadServiceModel } from './service-model.ts';
import { SwfFault } from './swf-fault.ts';

/** A 500 InternalFailure in place of the fault of one check, tagged with that check. */
const crashOn = (check: string) => (fault: SwfFault) =>
  fault.check === check ? new SwfFault('InternalFailure', undefined, 500, check) : fault;

/** The value at a dotted path of a request body (`workflowType.name`), undefined when a step is missing. */
function valueAt(body: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      body,
    );
}

/** Whether a body has a top-level member the operation's input shape does not define. */
function hasUnknownMember(operation: string, body: Record<string, unknown>): boolean {
  const members = inputShapeOf(loadServiceModel(), operation)?.members ?? {};
  return Object.keys(body).some((name) => !Object.hasOwn(members, name));
}

/**
 * Quirks on the wire, for requests sent raw: each breaks one rule of the 'wire' family; SDK traffic never meets them.
 * They name the `wire:` checks of check-wire-request.ts, check-signature.ts and parse-call.ts.
 */
export const WIRE_QUIRKS: readonly Quirk[] = [
  {
    name: 'accept-unsigned',
    description: 'A request without an Authorization header is processed as if it were signed.',
    skipChecks: ['wire:auth.missing'],
  },
  {
    name: 'accept-bad-signature',
    description: 'A SigV4 signature that does not match is accepted (an unsigned request is still refused).',
    skipChecks: ['wire:auth.signature'],
  },
  {
    name: 'crash-on-malformed-json',
    description:
      'A body that is not well-formed JSON is answered HTTP 500 InternalFailure instead of SerializationException.',
    replaceFault: crashOn('wire:body.json'),
  },
  {
    name: 'hang-on-empty-body',
    description: 'A request with an empty body is never answered (until the mock closes).',
    answerInstead: (fault) => (fault.check === 'wire:body.empty' ? 'hang' : undefined),
  },
  {
    name: 'drop-oversized-body',
    description: 'A body over 1 MB gets a dropped connection instead of 413.',
    answerInstead: (fault) => (fault.check === 'wire:body.size' ? 'drop' : undefined),
  },
  {
    name: 'crash-on-invalid-utf8',
    description:
      'A body that is not valid UTF-8 is answered HTTP 500 InternalFailure instead of SerializationException.',
    replaceFault: crashOn('wire:body.utf8'),
  },
  {
    name: 'crash-on-unknown-member',
    description:
      'A StartWorkflowExecution body with a top-level member the model does not define is answered HTTP 500 InternalFailure.',
    refuseCall: (operation, _request, body) =>
      operation === 'StartWorkflowExecution' && hasUnknownMember(operation, body)
        ? new SwfFault('InternalFailure', undefined, 500)
        : undefined,
  },
  {
    name: 'crash-on-duplicate-key',
    description: 'A body in which some object has the same key twice is answered HTTP 500 InternalFailure.',
    refuseCall: (_operation, request) =>
      hasDuplicateKey(new TextDecoder().decode(request.bytes))
        ? new SwfFault('InternalFailure', undefined, 500)
        : undefined,
  },
  {
    name: 'refuse-long-target',
    description:
      'The long X-Amz-Target form com.amazonaws.swf.service.model.SimpleWorkflowService.* is refused with UnknownOperationException.',
    refuseCall: (_operation, request) =>
      request.headers.get('x-amz-target')?.startsWith('com.amazonaws.swf.service.model.')
        ? new SwfFault('UnknownOperationException')
        : undefined,
  },
  {
    name: 'refuse-json-content-type',
    description: 'Content-Type application/json (with or without a charset) is refused with SerializationException.',
    refuseCall: (_operation, request) =>
      /^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')
        ? new SwfFault('SerializationException')
        : undefined,
  },
  {
    name: 'missing-target-500',
    description:
      'A request without X-Amz-Target is answered HTTP 500 InternalFailure instead of UnknownOperationException.',
    replaceFault: crashOn('wire:target.missing'),
  },
  {
    name: 'unknown-target-500',
    description:
      'An X-Amz-Target that names no operation is answered HTTP 500 InternalFailure instead of UnknownOperationException.',
    replaceFault: crashOn('wire:target.unknown'),
  },
  {
    name: 'crash-on-other-content-type',
    description:
      'A Content-Type other than application/x-amz-json-1.0 or application/json, or none, is answered HTTP 500 InternalFailure.',
    refuseCall: (_operation, request) =>
      /^application\/(x-amz-json-1\.0|json)\s*(;|$)/i.test(request.headers.get('content-type') ?? '')
        ? undefined
        : new SwfFault('InternalFailure', undefined, 500),
  },
  {
    name: 'crash-on-wrong-type',
    description:
      'A member of the wrong JSON type is answered HTTP 500 InternalFailure instead of SerializationException.',
    replaceFault: crashOn('wire:body.types'),
  },
  {
    name: 'null-member-500',
    description:
      'A required StartWorkflowExecution member sent as JSON null is answered HTTP 500 InternalFailure instead of ValidationException.',
    replaceFault: (fault, operation, request) => {
      const path =
        operation === 'StartWorkflowExecution' &&
        /^StartWorkflowExecution:(.+)\.required$/.exec(fault.check ?? '')?.[1];
      return path && valueAt(request, path) === null
        ? new SwfFault('InternalFailure', undefined, 500, fault.check)
        : fault;
    },
  },
];
