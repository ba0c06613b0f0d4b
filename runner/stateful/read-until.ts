/** Waits, then resolves (a real-time pause between reads of the target). */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Reads again and again, `everyMs` apart, until a read says it is done or the clock passes `untilMs`; resolves with
 * the last read. Reads at least once, however late it is: waits in sequences stay bounded and short.
 */
export async function readUntil<T>(
  read: () => Promise<{ done: boolean; value: T }>,
  untilMs: number,
  everyMs = 100,
): Promise<T> {
  for (;;) {
    const { done, value } = await read();
    if (done || Date.now() >= untilMs) return value;
    await sleep(Math.min(everyMs, untilMs - Date.now()));
  }
}
