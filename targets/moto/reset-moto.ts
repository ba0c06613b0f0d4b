/** Empties a moto server's state with its reset API; true when it answered 200. */
export async function resetMoto(endpoint: string): Promise<boolean> {
  try {
    const res = await fetch(`${endpoint.replace(/\/$/, '')}/moto-api/reset`, {
      method: 'POST',
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok;
  } catch {
    return false;
  }
}
