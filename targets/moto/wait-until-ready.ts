/** The server's process ended before it answered: its command is missing, or it failed to start. */
export class ExitedBeforeReady extends Error {}

/** Polls a URL until it answers 200, or gives up after `timeoutMs` with an Error naming it. */
export async function waitUntilReady(url: string, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!alive()) throw new ExitedBeforeReady(`moto server exited before answering at ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`moto server did not answer at ${url} within ${timeoutMs / 1000} s (${last})`);
}
