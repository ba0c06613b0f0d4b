import { inputShapeOf, type ServiceModel, type Shape } from './service-model.ts';
import type { Violation } from './violation.ts';

interface Place {
  /** The operation, the first part of every check id. */
  operation: string;
  /** Path without list indexes, for check ids: `tagList.member`. */
  idPath: string;
  /** Path as Coral reports it: `tagList.2.member`. */
  wirePath: string;
}

type Sink = (place: Place, kind: string, value: unknown, constraint: string) => void;

/** Appends a member name to both paths of a place. */
function child(place: Place, idPart: string, wirePart: string): Place {
  const join = (a: string, b: string) => (a ? `${a}.${b}` : b);
  return { operation: place.operation, idPath: join(place.idPath, idPart), wirePath: join(place.wirePath, wirePart) };
}

/** Length of a string in Unicode code points, the unit of the model's min and max. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Checks a size (string or list length, or a number) against the shape's min and max. */
function checkRange(
  shape: Shape,
  size: number,
  place: Place,
  value: unknown,
  what: 'length' | 'value',
  report: Sink,
): void {
  if (shape.min !== undefined && size < shape.min)
    report(place, 'min', value, `Member must have ${what} greater than or equal to ${shape.min}`);
  if (shape.max !== undefined && size > shape.max)
    report(place, 'max', value, `Member must have ${what} less than or equal to ${shape.max}`);
}

/** Walks one value against its shape, reporting every failed constraint. */
function walk(model: ServiceModel, shape: Shape, value: unknown, place: Place, report: Sink): void {
  if (shape.type === 'structure') {
    const object = value as Record<string, unknown>;
    for (const [name, ref] of Object.entries(shape.members ?? {})) {
      const at = child(place, name, name);
      const member = object[name];
      if (member === undefined || member === null) {
        if (shape.required?.includes(name)) report(at, 'required', null, 'Member must not be null');
      } else walk(model, model.shapes[ref.shape], member, at, report);
    }
  } else if (shape.type === 'list') {
    const items = value as unknown[];
    checkRange(shape, items.length, place, items, 'length', report);
    const itemShape = model.shapes[shape.member!.shape];
    // A null item passes and is kept: the real service accepted tagList [null] and echoed it (2016, swf-facts §7).
    items.forEach((item, i) => {
      if (item !== null && item !== undefined)
        walk(model, itemShape, item, child(place, 'member', `${i + 1}.member`), report);
    });
  } else if (shape.type === 'string') {
    const text = value as string;
    checkRange(shape, codePoints(text), place, text, 'length', report);
    if (shape.enum && !shape.enum.includes(text))
      report(place, 'enum', text, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  } else if (shape.type === 'integer' || shape.type === 'long') {
    checkRange(shape, value as number, place, value, 'value', report);
  }
}

/**
 * Checks an operation's input (already of the right JSON types) against the model: required members at every depth,
 * string lengths in code points, list sizes, number ranges, enums. Checks whose id is in `skip` are not made.
 */
export function validateAgainstModel(
  model: ServiceModel,
  operation: string,
  input: unknown,
  skip: ReadonlySet<string> = new Set(),
): Violation[] {
  const shape = inputShapeOf(model, operation);
  if (!shape) return [];
  const found: Violation[] = [];
  walk(model, shape, input ?? {}, { operation, idPath: '', wirePath: '' }, (place, kind, value, constraint) => {
    const check = `${operation}:${place.idPath}.${kind}`;
    if (!skip.has(check)) found.push({ check, path: place.wirePath, value, constraint });
  });
  return found;
}
