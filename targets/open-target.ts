import { createSdkTarget } from './sdk-target';
import { startMockSwf } from './mock/mock-swf-server';
import type { Target } from './target';

/** Targets the CLI knows, with what each needs. */
export const TARGET_NAMES = ['mock'] as const;

export interface OpenTargetOptions {
  /** For the mock only: deliberately broken behaviours, to see the harness catch them. */
  quirks?: string[];
}

/** Credentials of the in-process mock; fake, and still masked in reports like any secret. */
export const MOCK_CREDENTIALS = { accessKeyId: 'AKIDSWFCONFORMANCEMOCK', secretAccessKey: 'swf-conformance-mock-secret' };

/** Opens a target by name; throws an Error with a one-line message for an unknown one. */
export async function openTarget(name: string, options: OpenTargetOptions = {}): Promise<Target> {
  if (name === 'mock') {
    // The mock's interceptor listens before the SDK client below exists: MSW misses clients created earlier.
    const mock = await startMockSwf({ quirks: options.quirks });
    const label = options.quirks?.length ? `mock+${options.quirks.join('+')}` : 'mock';
    return createSdkTarget({
      name: label,
      client: { endpoint: mock.endpoint, region: 'us-east-1', credentials: MOCK_CREDENTIALS },
      reset: async () => mock.reset(),
      onClose: () => mock.close(),
    });
  }
  throw new UnknownTargetError(`unknown target '${name}' (known: ${TARGET_NAMES.join(', ')})`);
}

export class UnknownTargetError extends Error {}
