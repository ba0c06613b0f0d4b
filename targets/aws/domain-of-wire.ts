import type { WireForm } from '../../model/wire.ts';
import { renderWireBody } from '../../model/render-wire-body.ts';

/** Every domain a wire body could name to a parser: its `domain`, and a duplicated key's first value too. */
export function domainsOfWire(wire: WireForm): unknown[] {
  const duplicated =
    wire.body.kind === 'json' && wire.body.duplicate?.key === 'domain' ? [wire.body.duplicate.first] : [];
  try {
    const value: unknown = JSON.parse(renderWireBody(wire.body).toString('utf8'));
    return [...duplicated, value && typeof value === 'object' ? (value as { domain?: unknown }).domain : undefined];
  } catch {
    // Not JSON: the service cannot read a domain out of it.
    return duplicated;
  }
}
