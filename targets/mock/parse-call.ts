import { checkWireTypes } from './check-wire-types';
import { inputShapeOf, type ServiceModel } from './service-model';
import { SwfFault } from './swf-fault';

/** Reads a call's JSON body; SerializationException when it is not a JSON object or a member has the wrong type. */
export async function parseCall(request: Request, model: ServiceModel, operation: string): Promise<Record<string, unknown>> {
  const text = await request.text();
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new SwfFault('SerializationException');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SwfFault('SerializationException');
  const shape = inputShapeOf(model, operation);
  if (shape) checkWireTypes(model, shape, body);
  return body as Record<string, unknown>;
}
