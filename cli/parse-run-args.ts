import { availableParallelism } from 'node:os';
import type { Family } from '../spec/spec-types.ts';
import { FAMILIES } from '../spec/families.ts';
import { UsageError } from './usage-error.ts';
import { parseOptions } from './parse-options.ts';
import { parseRoleArn } from '../targets/aws/parse-role-arn.ts';

export interface RunArgs {
  target: string;
  runs: number;
  seed: number;
  out: string;
  families?: Family[];
  spec?: string;
  quirks: string[];
  quiet: boolean;
  endpoint?: string;
  region?: string;
  name?: string;
  baseline?: string;
  updateBaseline: boolean;
  evidence?: string;
  shrink: boolean;
  stateful: number;
  shard?: { index: number; count: number };
  /** How long one call may go unanswered before it is a timeout divergence. */
  callTimeoutMs: number;
  /** Cases in flight at once, for order-independent cases. */
  concurrency: number;
  /** Managed moto servers the run's cases are spread over (--target moto only; 1 elsewhere). */
  motoServers: number;
  aws: { domain?: string; allow: boolean; rate?: number; profile?: string; endpoint?: string; roleArn?: string };
  /** The IAM policy file the caller of case requests carries. */
  policy?: string;
  /** The target's open-executions-per-domain quota (the mock's is set to it). */
  openExecutionQuota?: number;
  /** The account the policy's ARNs are judged in, on an emulator (LocalStack's is 000000000000). */
  account?: string;
  /** Lifecycle cases: seconds past a case's time-out the run waits for what must follow; default the spec's (aws: longer). */
  lifecycleMarginSeconds?: number;
}

// Each moto server is a Python process of its own: one a core by default, and never more than a few dozen.
const MAX_MOTO_SERVERS = 32;
const DEFAULT_MOTO_SERVERS_CAP = 8;

// A rule's cases are drawn at once: 10,000 runs is 40,000 valid-space cases, held in memory for that rule.
const MAX_RUNS = 10_000;

/** Parses the options of `run`; throws UsageError with a one-line message on anything it does not accept. */
export function parseRunArgs(
  argv: string[],
  randomSeed: () => number = () => Math.floor(Math.random() * 2 ** 31),
): RunArgs {
  const { values } = parseOptions(argv, {
    target: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    family: { type: 'string', multiple: true },
    spec: { type: 'string' },
    'mock-quirk': { type: 'string', multiple: true },
    quiet: { type: 'boolean' },
    endpoint: { type: 'string' },
    region: { type: 'string' },
    name: { type: 'string' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    evidence: { type: 'string' },
    shrink: { type: 'boolean' },
    stateful: { type: 'string' },
    shard: { type: 'string' },
    'call-timeout': { type: 'string' },
    concurrency: { type: 'string' },
    'moto-servers': { type: 'string' },
    'aws-domain': { type: 'string' },
    'allow-aws': { type: 'boolean' },
    'aws-rate': { type: 'string' },
    profile: { type: 'string' },
    'aws-endpoint': { type: 'string' },
    'aws-role-arn': { type: 'string' },
    policy: { type: 'string' },
    'open-execution-quota': { type: 'string' },
    account: { type: 'string' },
    'lifecycle-margin': { type: 'string' },
  });
  if (!values.target) throw new UsageError('run needs --target (known: mock, moto, endpoint)');
  if (values['update-baseline'] && !values.baseline) throw new UsageError('--update-baseline needs --baseline FILE');
  // Every number has a range: past it, a one-line error, never a run that exhausts memory or a timer that overflows.
  const int = (name: string, text: string | undefined, min: number, max: number) => {
    if (text === undefined) return undefined;
    if (!/^-?\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got '${text}'`);
    }
    return Number(text);
  };
  if (values['moto-servers'] !== undefined && values.target !== 'moto')
    throw new UsageError(`--moto-servers is for --target moto, not --target ${values.target}`);
  const families = values.family?.map((f) => {
    if (!FAMILIES.includes(f as Family))
      throw new UsageError(`unknown --family '${f}' (known: ${FAMILIES.join(', ')})`);
    return f as Family;
  });
  return {
    target: values.target,
    runs: int('runs', values.runs, 1, MAX_RUNS) ?? 25,
    seed: int('seed', values.seed, -(2 ** 31), 2 ** 31 - 1) ?? randomSeed(),
    out: values.out ?? 'reports/out',
    families,
    spec: values.spec,
    quirks: values['mock-quirk'] ?? [],
    quiet: values.quiet ?? false,
    endpoint: values.endpoint,
    region: values.region,
    name: values.name,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] ?? false,
    evidence: values.evidence,
    shrink: values.shrink ?? false,
    stateful: int('stateful', values.stateful, 0, 10_000) ?? 0,
    callTimeoutMs: int('call-timeout', values['call-timeout'], 1, 600_000) ?? 10_000,
    concurrency: int('concurrency', values.concurrency, 1, 64) ?? 1,
    motoServers:
      int('moto-servers', values['moto-servers'], 1, MAX_MOTO_SERVERS) ??
      (values.target === 'moto' ? Math.min(availableParallelism(), DEFAULT_MOTO_SERVERS_CAP) : 1),
    ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
    policy: values.policy,
    openExecutionQuota: int('open-execution-quota', values['open-execution-quota'], 1, 100_000),
    account: values.account === undefined ? undefined : accountId(values.account),
    lifecycleMarginSeconds: int('lifecycle-margin', values['lifecycle-margin'], 0, 3600),
    aws: {
      domain: values['aws-domain'],
      allow: values['allow-aws'] ?? false,
      profile: values.profile,
      endpoint: values['aws-endpoint'],
      roleArn: values['aws-role-arn'] === undefined ? undefined : roleArn(values['aws-role-arn']),
      rate: values['aws-rate'] === undefined ? undefined : positiveNumber('aws-rate', values['aws-rate']),
    },
  };
}

/** A positive number option, such as calls per second. */
function positiveNumber(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, got '${text}'`);
  return n;
}

/** `--shard i/n`: part i (1-based) of n. */
function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard must be i/n with 1 <= i <= n, got '${text}'`);
  return { index, count };
}

/** `--aws-role-arn`: an IAM role ARN, checked before anything is sent. */
function roleArn(text: string): string {
  try {
    parseRoleArn(text);
  } catch (e) {
    throw new UsageError(`--aws-role-arn: ${(e as Error).message.split('\n')[0]}`);
  }
  return text;
}

/** `--account`: a 12-digit AWS account ID. */
function accountId(text: string): string {
  if (!/^\d{12}$/.test(text)) throw new UsageError(`--account must be a 12-digit AWS account ID, got '${text}'`);
  return text;
}
