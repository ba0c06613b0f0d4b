import type { RunHooks } from '../runner/run-hooks.ts';

/** Where progress goes: whole lines, and (on a terminal) a line redrawn in place. */
export interface ProgressSink {
  line(text: string): void;
  /** Present on a terminal: replaces the current status line. */
  redraw?(text: string): void;
}

export interface Progress {
  hooks: RunHooks;
  /** Clears the status line, so what follows starts on a clean line. */
  finish(): void;
}

// A redraw at most this often: a fast target finishes many cases a second.
const REDRAW_MS = 100;

/**
 * Progress of a run. On a terminal, one status line redrawn in place: cases done of the total, divergences so far,
 * the current family and rule. Otherwise (CI, a pipe) plain lines, one a rule.
 */
export function createProgress(sink: ProgressSink): Progress {
  // The run says how many rules and cases it plans before its first case.
  let rules = 0;
  let total = 0;
  let rule = 0;
  let done = 0;
  let found = 0;
  let current = '';
  let drawn = 0;
  const status = () => `[${done}/${total} cases] ${found} divergences · ${current}`;
  return {
    hooks: {
      onRunStart(plan) {
        rules = plan.rules;
        total = plan.cases;
      },
      onRuleStart({ rule: r, cases }) {
        rule++;
        current = `${r.family} · ${r.id}`;
        if (sink.redraw) sink.redraw(status());
        else
          sink.line(`[${rule}/${rules}] ${r.id}: ${cases} cases (done ${done}/${total}, divergences so far: ${found})`);
      },
      onCaseResult({ divergences }) {
        done++;
        found += divergences.length;
        if (sink.redraw && Date.now() - drawn >= REDRAW_MS) {
          drawn = Date.now();
          sink.redraw(status());
        }
      },
    },
    finish() {
      // The last rule's line was printed before its cases ran: the plain output ends with where the run got to.
      if (sink.redraw) sink.redraw('');
      else if (total) sink.line(`done: ${done}/${total} cases, ${found} divergences`);
    },
  };
}

/** A command's progress on stderr, masked, each line marked with `label` when given; none with --quiet. */
export function commandProgress(
  io: { err: (line: string) => void },
  redact: (text: string) => string,
  quiet: boolean,
  label?: string,
): Progress | undefined {
  return quiet ? undefined : createProgress(stderrSink((l) => io.err(redact(label ? `${label}: ${l}` : l))));
}

/** The sink for this process's stderr: redrawn in place on a terminal, unless CI=true asks for plain lines. */
export function stderrSink(write: (line: string) => void, stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  if (!stream.isTTY || process.env.CI === 'true') return { line: write };
  return { line: write, redraw: (text) => stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 100) - 1)}`) };
}
