/** A JSON object (not null, not an array): what the mock's readers of policies and inputs descend into. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
