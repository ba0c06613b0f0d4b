import { openSdkTarget } from './open-sdk-target.ts';
import { MOCK_CALLER_CREDENTIALS, MOCK_CREDENTIALS } from './mock/mock-credentials.ts';
import type { MockLimits } from './mock/mock-limits.ts';
import type { Target } from './target.ts';

// Each kind of target is loaded when it is opened: a mock run need not load moto's or AWS's code (STS, IAM), nor
// a moto run MSW, which keeps the CLI's start-up short.
const openMockSwf = async (...a: Parameters<typeof import('./mock/open-mock-swf.ts').openMockSwf>) =>
  (await import('./mock/open-mock-swf.ts')).openMockSwf(...a);
const openManagedMoto = async () => (await import('./moto/open-managed-moto.ts')).openManagedMoto();
const resetMoto = async (endpoint: string) => (await import('./moto/reset-moto.ts')).resetMoto(endpoint);
const attachCallerPolicy = async (
  ...a: Parameters<typeof import('./moto/attach-caller-policy.ts').attachCallerPolicy>
) => (await import('./moto/attach-caller-policy.ts')).attachCallerPolicy(...a);
const openAwsTarget = async (...a: Parameters<typeof import('./aws/open-aws-target.ts').openAwsTarget>) =>
  (await import('./aws/open-aws-target.ts')).openAwsTarget(...a);

/** Targets the CLI knows. */
export const TARGET_NAMES = ['mock', 'moto', 'endpoint', 'aws'] as const;

export interface OpenTargetOptions {
  /** For the mock only: deliberately broken behaviours, to see the harness catch them. */
  quirks?: string[];
  /** For endpoint: the URL of an SWF emulator that is already up. */
  endpoint?: string;
  region?: string;
  /** How long a raw (wire-level) call may go unanswered before it counts as a hang; default 10 s. */
  callTimeoutMs?: number;
  /** The name reports and baselines use for the target (default: the target's own name). */
  label?: string;
  /** For aws: the one domain the run may touch, the explicit consent, the pace, the profile, the caller's role. */
  aws?: { domain?: string; allow?: boolean; rate?: number; profile?: string; endpoint?: string; roleArn?: string };
  /** The IAM policy document case requests are sent under: given to the mock, attached to an emulator's IAM user. */
  callerPolicy?: object;
  /** For the mock: its quotas (open executions, the start token bucket), lowered to reach their faults on purpose; ignored elsewhere. */
  limits?: Partial<MockLimits>;
}

// Re-exported for the CLI's redaction and tests; the mock owns its credentials.
export { MOCK_CALLER_CREDENTIALS, MOCK_CREDENTIALS };

// Emulators accept any credentials; real ones from the environment are used when set.
const EMULATOR_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** A bad target name or a missing option: the run cannot start (exit 2). */
export class UnknownTargetError extends Error {}

/** Opens a target by name; throws UnknownTargetError for bad options, Error when the target cannot be started. */
export async function openTarget(name: string, options: OpenTargetOptions = {}): Promise<Target> {
  const region = options.region ?? 'us-east-1';
  if (name === 'mock') {
    // The mock's interceptor listens before the SDK client below exists: MSW misses clients created earlier.
    const mock = await openMockSwf({
      quirks: options.quirks,
      callerPolicy: options.callerPolicy,
      limits: options.limits,
      // A run proves nothing with the log: its entries would grow with every request (tests open the mock with it).
      logTraffic: false,
    });
    const label = options.label ?? (options.quirks?.length ? `mock+${options.quirks.join('+')}` : 'mock');
    return openSdkTarget({
      name: label,
      client: { endpoint: mock.endpoint, region, credentials: MOCK_CREDENTIALS },
      callerCredentials: MOCK_CALLER_CREDENTIALS,
      callTimeoutMs: options.callTimeoutMs,
      reset: async () => mock.reset(),
      onClose: () => mock.close(),
    });
  }
  if (options.quirks?.length) throw new UnknownTargetError('--mock-quirk applies to --target mock only');
  if (name === 'moto') {
    const moto = await openManagedMoto();
    const caller = options.callerPolicy
      ? await callerOnEmulator(moto.endpoint, options.callerPolicy, region).catch(async (e) => {
          await moto.stop();
          throw e;
        })
      : undefined;
    return openSdkTarget({
      name: options.label ?? 'moto',
      client: { endpoint: moto.endpoint, region, credentials: EMULATOR_CREDENTIALS },
      callerCredentials: caller?.credentials,
      callTimeoutMs: options.callTimeoutMs,
      reset: async () => {
        await moto.reset();
        await caller?.attach();
      },
      onClose: () => moto.stop(),
    });
  }
  if (name === 'endpoint') {
    const endpoint = options.endpoint;
    if (!endpoint) throw new UnknownTargetError('--target endpoint needs --endpoint URL');
    if (!/^https?:\/\/[^/\s]+\/?$/.test(endpoint))
      throw new UnknownTargetError(`--endpoint must be an http(s) URL with no path, got '${endpoint}'`);
    const env = process.env;
    const fromEnv =
      env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            sessionToken: env.AWS_SESSION_TOKEN,
          }
        : undefined;
    const caller = options.callerPolicy ? await callerOnEmulator(endpoint, options.callerPolicy, region) : undefined;
    const target = openSdkTarget({
      name: options.label ?? 'endpoint',
      client: { endpoint, region, credentials: fromEnv ?? EMULATOR_CREDENTIALS },
      callerCredentials: caller?.credentials,
      callTimeoutMs: options.callTimeoutMs,
    });
    // Never started or stopped here; emptied only through moto's reset API when the endpoint offers it.
    const canReset = await resetMoto(endpoint);
    const reset = async () => {
      if (!(await resetMoto(endpoint))) throw new Error(`could not reset ${endpoint}`);
      await caller?.attach();
    };
    return canReset ? { ...target, reset } : target;
  }
  if (name === 'aws') {
    const aws = options.aws ?? {};
    if (!aws.domain || !aws.allow) {
      throw new UnknownTargetError(
        '--target aws needs both --aws-domain NAME and --allow-aws: it registers types and starts executions in that domain of your account',
      );
    }
    if (options.callerPolicy && !aws.roleArn) {
      throw new UnknownTargetError(
        '--policy on --target aws needs --aws-role-arn: the role that carries that policy, assumed for the case calls',
      );
    }
    return openAwsTarget({
      domain: aws.domain,
      region: options.region,
      profile: aws.profile,
      rate: aws.rate ?? 5,
      endpoint: aws.endpoint,
      label: options.label,
      callTimeoutMs: options.callTimeoutMs,
      roleArn: aws.roleArn,
    });
  }
  throw new UnknownTargetError(`unknown target '${name}' (known: ${TARGET_NAMES.join(', ')})`);
}

/**
 * The caller on an emulator: an IAM user carrying the policy, made through the emulator's IAM API, and made again
 * after every reset (which forgets IAM users too). Whether the emulator enforces the policy is what the run observes.
 */
async function callerOnEmulator(endpoint: string, policy: object, region: string) {
  let current = await attachCallerPolicy(endpoint, policy, region).catch((e: Error) => {
    throw new Error(`cannot give the caller its --policy on ${endpoint}: ${e.message.split('\n')[0]}`);
  });
  return {
    credentials: async () => current,
    attach: async () => {
      current = await attachCallerPolicy(endpoint, policy, region);
    },
  };
}
