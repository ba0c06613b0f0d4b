import fc from 'fast-check';

/**
 * Yields IAM role ARNs of the form real roles have. The model allows any 1-1600 characters, but whether SWF checks
 * the ARN's form is not documented, so valid cases stay with well-formed role ARNs.
 */
export function lambdaRole(): fc.Arbitrary<string> {
  // Arbitraries are immutable, and building this one (its pattern) costs milliseconds: built once, shared.
  return (built ??= buildLambdaRole());
}

let built: fc.Arbitrary<string> | undefined;

function buildLambdaRole(): fc.Arbitrary<string> {
  const segment = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789+=,.@_-'),
    minLength: 1,
    maxLength: 32,
  });
  return fc
    .tuple(fc.stringMatching(/^[0-9]{12}$/), fc.array(segment, { maxLength: 3 }), segment)
    .map(([account, path, name]) => `arn:aws:iam::${account}:role/${[...path, name].join('/')}`);
}
