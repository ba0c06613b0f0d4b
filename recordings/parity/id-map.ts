// The recording's runIds and task tokens are the recorded service's; the replay's are the target's. An IdMap pairs
// them as answers arrive, so later requests name the target's executions and later answers compare on equal terms.

/** Members whose values a service makes up: compared through the map, never as recorded. */
export const ID_MEMBER = /(^runId$|RunId$|^taskToken$)/;

export class IdMap {
  private readonly pairs = new Map<string, string>();
  private readonly pairedValues = new Set<string>();
  /** Every id value a recorded answer held, and which interaction's answer held it first. */
  readonly recordedIds = new Map<string, string>();

  get size(): number {
    return this.pairs.size;
  }

  has(recorded: string): boolean {
    return this.pairs.has(recorded);
  }

  get(recorded: string): string | undefined {
    return this.pairs.get(recorded);
  }

  /** Whether a value is one the target gave for a recorded id (so a recorded id, mapped, that must match). */
  isPaired(value: string): boolean {
    return this.pairedValues.has(value);
  }

  /**
   * Walks a recorded answer and the target's side by side and pairs the id members found at the same place, except
   * under members `skip` leaves out (those that rest on calls the replay did not make: their ids are not the same).
   */
  learn(
    recorded: unknown,
    observed: unknown,
    from: string,
    skip: (path: string) => boolean = () => false,
    path = '',
    key = '',
  ): void {
    if (path && skip(path)) observed = undefined;
    if (typeof recorded === 'string' && ID_MEMBER.test(key)) {
      if (!this.recordedIds.has(recorded)) this.recordedIds.set(recorded, from);
      if (typeof observed === 'string' && recorded !== '' && !this.pairs.has(recorded)) {
        this.pairs.set(recorded, observed);
        this.pairedValues.add(observed);
      }
      return;
    }
    if (Array.isArray(recorded)) {
      recorded.forEach((r, i) =>
        this.learn(r, Array.isArray(observed) ? observed[i] : undefined, from, skip, `${path}[${i}]`, key),
      );
    } else if (recorded && typeof recorded === 'object') {
      const o = observed && typeof observed === 'object' ? (observed as Record<string, unknown>) : {};
      for (const [k, v] of Object.entries(recorded)) this.learn(v, o[k], from, skip, path ? `${path}.${k}` : k, k);
    }
  }

  /** A recorded value with every known recorded id replaced by the target's, also inside longer strings (messages). */
  apply<T>(value: T): T {
    if (typeof value === 'string') {
      let out: string = this.pairs.get(value) ?? value;
      for (const [from, to] of this.pairs) if (from.length >= 8 && out.includes(from)) out = out.split(from).join(to);
      return out as T;
    }
    if (Array.isArray(value)) return value.map((v) => this.apply(v)) as T;
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.apply(v)])) as T;
    return value;
  }

  /**
   * The id members of a request whose recorded value came from an answer the replay did not pair, each with the
   * interaction whose recorded answer gave it (undefined: a placeholder no recorded answer holds, a call not recorded).
   */
  unpaired(request: unknown, key = ''): Array<{ member: string; from?: string }> {
    // A placeholder (`<taskToken:3>`) always stood for something an answer gave.
    const fromAnswer = (v: string) => this.recordedIds.has(v) || /^<[A-Za-z]+:[^>]+>$/.test(v);
    if (typeof request === 'string') {
      return ID_MEMBER.test(key) && fromAnswer(request) && !this.pairs.has(request)
        ? [{ member: key, from: this.recordedIds.get(request) }]
        : [];
    }
    if (Array.isArray(request)) return request.flatMap((r) => this.unpaired(r, key));
    if (request && typeof request === 'object') return Object.entries(request).flatMap(([k, v]) => this.unpaired(v, k));
    return [];
  }
}
