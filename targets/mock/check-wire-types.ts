import type { ServiceModel, Shape } from './service-model.ts';
import { SwfFault } from './swf-fault.ts';

/** Whether a JSON value has the type its shape declares; null counts as absent, in a list too (tagList [null] is read, swf-facts §7). */
function conforms(model: ServiceModel, shape: Shape, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (shape.type) {
    case 'structure':
      if (typeof value !== 'object' || Array.isArray(value)) return false;
      return Object.entries(shape.members ?? {}).every(([name, ref]) =>
        conforms(model, model.shapes[ref.shape], (value as Record<string, unknown>)[name]),
      );
    case 'list':
      return Array.isArray(value) && value.every((item) => conforms(model, model.shapes[shape.member!.shape], item));
    case 'string':
      return typeof value === 'string';
    case 'integer':
    case 'long':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamp':
      return typeof value === 'number' || typeof value === 'string';
  }
}

/** Refuses a body whose members have the wrong JSON types, as Coral does before any validation: SerializationException, no message. */
export function checkWireTypes(model: ServiceModel, shape: Shape, body: unknown): void {
  if (!conforms(model, shape, body)) throw new SwfFault('SerializationException', undefined, 400, 'wire:body.types');
}
