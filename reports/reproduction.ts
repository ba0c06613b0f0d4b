import type { Divergence } from '../model/divergence.ts';
import { SESSION_TOKEN_HEADER, wireCurl, wireTypescript } from './wire-reproduction.ts';
import { holdsLargeValues } from '../model/clip-large-values.ts';

/** Copy-paste reproductions of a divergence's request: raw HTTP with curl, and the SDK call in TypeScript. */
export interface Reproduction {
  command: string;
  curl: string;
  typescript: string;
}

const TARGET_HEADER = 'SimpleWorkflowService.StartWorkflowExecution';

/**
 * Builds the reproductions of a divergence. Credentials and the endpoint stay environment variables: a report never
 * holds a secret, and the endpoint of an in-process mock or a managed moto exists only during its run.
 */
export function reproduce(
  d: Omit<Divergence, 'id'> & { id: string },
  reportPath = 'reports/out/report.json',
): Reproduction {
  const command = `npx swf-conformance replay ${reportPath} '${d.id}'`;
  // The same whether built from the run's divergence or from a report's clipped copy (report merge rebuilds them).
  if (holdsLargeValues(d.request) || holdsLargeValues(d.wire)) return regenerated(d, command);
  if (d.wire)
    return {
      command,
      curl: wireCurl(d.wire),
      typescript: wireTypescript(d.wire, `Needs the fixtures of run tag ${d.replay.runTag}.`),
    };
  const body = JSON.stringify(d.request);
  const curl = [
    `curl -sS "$SWF_ENDPOINT" --aws-sigv4 "aws:amz:\${AWS_REGION:-us-east-1}:swf" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" ${SESSION_TOKEN_HEADER} \\`,
    `  -H 'X-Amz-Target: ${TARGET_HEADER}' -H 'Content-Type: application/x-amz-json-1.0' \\`,
    `  --data-binary @- <<'JSON'`,
    body,
    'JSON',
  ].join('\n');
  const typescript = [
    "import { SWFClient, StartWorkflowExecutionCommand } from '@aws-sdk/client-swf';",
    '',
    `// Needs the fixtures of run tag ${d.replay.runTag}${d.call === 'request' ? '' : ` and the case's earlier steps (this is ${d.call})`}.`,
    "const client = new SWFClient({ endpoint: process.env.SWF_ENDPOINT, region: process.env.AWS_REGION ?? 'us-east-1', maxAttempts: 1 });",
    `const request = ${body};`,
    'console.log(await client.send(new StartWorkflowExecutionCommand(request as never)));',
  ].join('\n');
  return { command, curl, typescript };
}

/** For a request too large for the report: no body to paste, but how to regenerate the case and send it. */
function regenerated(d: { replay: Divergence['replay'] }, command: string): Reproduction {
  const why = [
    'The request holds values too long for the report (kept there as length and sha256 only).',
    `The replay command regenerates the whole case from rule ${d.replay.rule}, seed ${d.replay.seed}, path ${d.replay.path} and sends it:`,
  ];
  return {
    command,
    curl: [...why.map((l) => `# ${l}`), command].join('\n'),
    typescript: [...why.map((l) => `// ${l}`), `// ${command}`].join('\n'),
  };
}
