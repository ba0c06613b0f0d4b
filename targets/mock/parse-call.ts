import { checkWireTypes } from './check-wire-types.ts';
import { inputShapeOf, type ServiceModel } from './service-model.ts';
import { SwfFault } from './swf-fault.ts';

/** The bare SerializationException Coral answers for an unreadable body, tagged with what was wrong. */
const unreadable = (check: string) => new SwfFault('SerializationException', undefined, 400, check);

/**
 * Reads a call's JSON body from its bytes; SerializationException when it is empty, not UTF-8, not JSON, not a JSON
 * object, or has a member of the wrong type.
 */
export function parseCall(model: ServiceModel, operation: string, bytes: Uint8Array): Record<string, unknown> {
  if (bytes.length === 0) throw unreadable('wire:body.empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('wire:body.utf8');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw unreadable('wire:body.json');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw unreadable('wire:body.object');
  const shape = inputShapeOf(model, operation);
  if (shape) checkWireTypes(model, shape, body);
  return body as Record<string, unknown>;
}
