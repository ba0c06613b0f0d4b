import type { WireForm } from '../model/wire.ts';
import { SDK_WIRE_HEADERS } from '../model/wire.ts';
import { renderWireBody, wireHeaders } from '../model/render-wire-body.ts';

/** A string as one single-quoted shell word. */
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The body without its padding, which both reproductions make on the spot, so a 1 MB body does not sit in the report. */
const unpadded = (wire: WireForm) => (wire.body.kind === 'json' ? { ...wire.body, padding: 0 } : wire.body);

/** A shell command that writes the body's exact bytes to stdout: readable JSON where it can be, base64 where not. */
function bodyProducer(wire: WireForm): string {
  const body = wire.body;
  if (body.kind === 'bytes') return `printf '%s' ${quote(body.base64)} | base64 -d`;
  if (body.kind === 'text') return `printf '%s' ${quote(body.text)}`;
  const json = renderWireBody(unpadded(wire)).toString('utf8');
  return body.padding
    ? `{ printf '%s' ${quote(json)}; head -c ${body.padding} /dev/zero | tr '\\0' ' '; }`
    : `printf '%s' ${quote(json)}`;
}

/** Temporary credentials (STS, SSO) need their session token sent; the shell adds the header only when it is set. */
export const SESSION_TOKEN_HEADER = '${AWS_SESSION_TOKEN:+-H "X-Amz-Security-Token: $AWS_SESSION_TOKEN"}';

/** curl for a wire case: the same bytes, headers and signing (a wrong secret for a bad signature, none when unsigned). */
export function wireCurl(wire: WireForm): string {
  const headers = wireHeaders(wire.headers, SDK_WIRE_HEADERS);
  // curl sends a header given with an empty value as 'Name;', and removes one given as 'Name:'.
  const headerArgs = (Object.keys(SDK_WIRE_HEADERS) as Array<keyof typeof SDK_WIRE_HEADERS>).map((name) => {
    const value = headers[name];
    return value === undefined
      ? `-H ${quote(`${name}:`)}`
      : value === ''
        ? `-H ${quote(`${name};`)}`
        : `-H ${quote(`${name}: ${value}`)}`;
  });
  const signing =
    wire.signing === 'none'
      ? []
      : [
          `--aws-sigv4 "aws:amz:\${AWS_REGION:-us-east-1}:swf" --user "$AWS_ACCESS_KEY_ID:${wire.signing === 'bad' ? 'swf-conformance-deliberately-wrong-secret' : '$AWS_SECRET_ACCESS_KEY'}"`,
          SESSION_TOKEN_HEADER,
        ];
  return [
    `${bodyProducer(wire)} |`,
    `  curl -sS -i "$SWF_ENDPOINT" ${[...signing, ...headerArgs].join(' ')} --data-binary @-`,
  ].join(' \\\n');
}

/** A TypeScript snippet that sends the wire form through @aws-sdk/client-swf, swapping in the raw body and headers before signing. */
export function wireTypescript(wire: WireForm, note: string): string {
  const headers = Object.entries(wire.headers ?? {}).map(([name, value]) =>
    value === null
      ? `delete args.request.headers['${name}'];`
      : `args.request.headers['${name}'] = ${JSON.stringify(value)};`,
  );
  const credentials =
    wire.signing === 'bad'
      ? ", credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: 'swf-conformance-deliberately-wrong-secret' }"
      : '';
  const signer = wire.signing === 'none' ? ', signer: { sign: async (request: unknown) => request } as never' : '';
  return [
    "import { SWFClient, StartWorkflowExecutionCommand } from '@aws-sdk/client-swf';",
    '',
    `// ${note} The SDK would not send this body: a build-step middleware puts the raw bytes and headers in before signing.`,
    `const client = new SWFClient({ endpoint: process.env.SWF_ENDPOINT, region: process.env.AWS_REGION ?? 'us-east-1', maxAttempts: 1${credentials}${signer} });`,
    `const body = Buffer.from(${JSON.stringify(renderWireBody(unpadded(wire)).toString('base64'))}, 'base64');`,
    ...(wire.body.kind === 'json' && wire.body.padding
      ? [`const sent = Buffer.concat([body, Buffer.alloc(${wire.body.padding}, ' ')]);`]
      : ['const sent = body;']),
    'client.middlewareStack.add((next) => async (args: any) => {',
    '  args.request.body = sent;',
    "  args.request.headers['content-length'] = String(sent.length);",
    ...headers.map((h) => `  ${h}`),
    '  return next(args);',
    "}, { step: 'build', priority: 'low' });",
    'console.log(await client.send(new StartWorkflowExecutionCommand({} as never)).catch((e) => e.$metadata ?? e));',
  ].join('\n');
}
