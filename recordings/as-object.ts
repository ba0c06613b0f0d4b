/** A parsed JSON value as an object to read members of: itself when it is one, else an empty one. */
export const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
