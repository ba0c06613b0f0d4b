import type { Behaviour } from './behaviour.ts';
import { SwfFault } from './swf-fault.ts';

/** Throws the fault of a failed check, tagged with the check's id, unless a quirk switched the check off. */
export function enforce(behaviour: Behaviour, check: string, holds: boolean, code: string, message: string): void {
  if (!holds && !behaviour.skip.has(check)) throw new SwfFault(code, message, 400, check);
}
