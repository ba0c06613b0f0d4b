/** A pacer: each call waits until at least 1/ratePerSecond seconds have passed since the previous one started. */
export function createPacer(ratePerSecond: number): () => Promise<void> {
  const gap = 1000 / ratePerSecond;
  let next = 0;
  return async () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + gap;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  };
}
