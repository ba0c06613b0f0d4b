import { createSdkTarget } from './sdk-target';
import { startMockSwf } from './mock/mock-swf-server';
import { MOCK_CREDENTIALS } from './mock/mock-credentials';
import { startManagedMoto } from './moto/managed-moto';
import { resetMoto } from './moto/reset-moto';
import { openAwsTarget } from './aws/open-aws-target';
import type { Target } from './target';

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
  /** For aws: the one domain the run may touch, the explicit consent, the pace, the profile. */
  aws?: { domain?: string; allow?: boolean; rate?: number; profile?: string; endpoint?: string };
}

// Re-exported for the CLI's redaction and tests; the mock owns its credentials.
export { MOCK_CREDENTIALS };

// Emulators accept any credentials; real ones from the environment are used when set.
const EMULATOR_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** A bad target name or a missing option: the run cannot start (exit 2). */
export class UnknownTargetError extends Error {}

/** Opens a target by name; throws UnknownTargetError for bad options, Error when the target cannot be started. */
export async function openTarget(name: string, options: OpenTargetOptions = {}): Promise<Target> {
  const region = options.region ?? 'us-east-1';
  if (name === 'mock') {
    // The mock's interceptor listens before the SDK client below exists: MSW misses clients created earlier.
    const mock = await startMockSwf({ quirks: options.quirks });
    const label = options.label ?? (options.quirks?.length ? `mock+${options.quirks.join('+')}` : 'mock');
    return createSdkTarget({
      name: label,
      client: { endpoint: mock.endpoint, region, credentials: MOCK_CREDENTIALS },
      callTimeoutMs: options.callTimeoutMs,
      reset: async () => mock.reset(),
      onClose: () => mock.close(),
    });
  }
  if (options.quirks?.length) throw new UnknownTargetError('--mock-quirk applies to --target mock only');
  if (name === 'moto') {
    const moto = await startManagedMoto();
    return createSdkTarget({
      name: options.label ?? 'moto',
      client: { endpoint: moto.endpoint, region, credentials: EMULATOR_CREDENTIALS },
      callTimeoutMs: options.callTimeoutMs,
      reset: () => moto.reset(),
      onClose: () => moto.stop(),
    });
  }
  if (name === 'endpoint') {
    const endpoint = options.endpoint;
    if (!endpoint) throw new UnknownTargetError('--target endpoint needs --endpoint URL');
    if (!/^https?:\/\/[^/\s]+\/?$/.test(endpoint)) throw new UnknownTargetError(`--endpoint must be an http(s) URL with no path, got '${endpoint}'`);
    const env = process.env;
    const fromEnv = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }
      : undefined;
    const target = createSdkTarget({ name: options.label ?? 'endpoint', client: { endpoint, region, credentials: fromEnv ?? EMULATOR_CREDENTIALS }, callTimeoutMs: options.callTimeoutMs });
    // Never started or stopped here; emptied only through moto's reset API when the endpoint offers it.
    const canReset = await resetMoto(endpoint);
    return canReset ? { ...target, reset: async () => { if (!(await resetMoto(endpoint))) throw new Error(`could not reset ${endpoint}`); } } : target;
  }
  if (name === 'aws') {
    const aws = options.aws ?? {};
    if (!aws.domain || !aws.allow) {
      throw new UnknownTargetError('--target aws needs both --aws-domain NAME and --allow-aws: it registers types and starts executions in that domain of your account');
    }
    return openAwsTarget({ domain: aws.domain, region: options.region, profile: aws.profile, rate: aws.rate ?? 5, endpoint: aws.endpoint, label: options.label, callTimeoutMs: options.callTimeoutMs });
  }
  throw new UnknownTargetError(`unknown target '${name}' (known: ${TARGET_NAMES.join(', ')})`);
}
