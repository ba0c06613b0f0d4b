/** The parts of an IAM role ARN the harness uses. */
export interface RoleArnParts {
  partition: string;
  account: string;
  roleName: string;
}

// arn:<partition>:iam::<12 digits>:role/<path/>name; a path segment is printable ASCII without '/', a name IAM's characters.
const ROLE_ARN = /^arn:(aws(?:-[a-z]+)*):iam::(\d{12}):role\/(?:[\x21-\x2e\x30-\x7e]+\/){0,50}([\w+=,.@-]{1,64})$/;

/** Splits the caller's role ARN given to the CLI; throws a one-line Error for anything else, which the CLI turns into exit 2. */
export function parseRoleArn(text: string): RoleArnParts {
  const m = ROLE_ARN.exec(text);
  if (!m) {
    const shown = JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text);
    throw new Error(
      `not an IAM role ARN: ${shown} (expected arn:<partition>:iam::<12-digit account>:role/<path/>name)`,
    );
  }
  return { partition: m[1], account: m[2], roleName: m[3] };
}
