// Secrets never reach a report or a log: known values and credential-shaped strings are masked on the way out.

// Each pattern keeps its first group (the label) and masks the rest.
const PATTERNS: RegExp[] = [
  /()\b(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}\b/g, // access key ids
  /(Signature=)[0-9a-f]{16,}/gi,
  /(Credential=)[^,\s]+/gi,
  /(X-Amz-Security-Token[=:]\s*)(?!\$AWS_SESSION_TOKEN\b)[^&\s,]+/gi, // the reproductions' own variable is no secret
  /(aws_secret_access_key\s*[=:]\s*)\S+/gi,
];

/** Makes a function that masks the given secret values and anything shaped like a credential in a string. */
export function makeRedactor(secrets: Array<string | undefined> = []): (text: string) => string {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return (text) => {
    let out = text;
    for (const s of known) out = out.split(s).join('[REDACTED]');
    for (const p of PATTERNS) out = out.replace(p, '$1[REDACTED]');
    return out;
  };
}

/** Masks secrets in every string of a JSON-like value. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  }
  return value;
}
