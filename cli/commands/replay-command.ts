import { parseOptions } from '../parse-options.ts';
import { loadSpec } from '../../spec/load-spec.ts';
import { replayOnTarget } from '../../runner/replay-on-target.ts';
import { readReport } from '../../reports/read-report.ts';
import { findStreamedDivergence } from '../../reports/find-streamed-divergence.ts';
import { openNamedTarget } from '../open-named-target.ts';
import { UsageError } from '../usage-error.ts';
import { parsePolicy } from '../../oracle/policy/parse-policy.ts';
import { redact, type Io } from '../io.ts';

/** Reads the target a report names: 'mock+quirk-a+quirk-b' is the mock with those quirks. */
function targetOfReport(label: string): { target: string; quirks: string[] } {
  const [target, ...quirks] = label.split('+');
  return { target, quirks };
}

/** `replay`: runs one divergence's case again, from an empty target, in this process; exit 1 when it diverges again. */
export async function replayCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    argv,
    {
      target: { type: 'string' },
      endpoint: { type: 'string' },
      region: { type: 'string' },
      'mock-quirk': { type: 'string', multiple: true },
      quiet: { type: 'boolean' }, // accepted like run's; replay prints no progress anyway
    },
    true,
  );
  const [file, id] = parsed.positionals;
  if (!file || !id || parsed.positionals.length > 2)
    throw new UsageError("replay needs REPORT DIVERGENCE-ID (e.g. reports/out/report.json 'tagList.maxItems#0.0')");
  const report = readReport(file);
  // A divergence folded into another's repeats is not listed in the report, but results.jsonl beside it has it.
  const d = report.divergences.find((x) => x.id === id) ?? findStreamedDivergence(file, id);
  if (!d) throw new UsageError(`report ${file} has no divergence '${id}' (nor has the results.jsonl beside it)`);
  const from = targetOfReport(report.target);
  const target = parsed.values.target ?? from.target;
  if (target === 'aws') throw new UsageError('replay does not run against aws; use --target mock, moto or endpoint');
  const quirks = parsed.values['mock-quirk'] ?? (parsed.values.target ? [] : from.quirks);
  const spec = loadSpec();
  // Access and limits cases are generated from what the run was told: the caller's policy and the quota.
  const knowledge = {
    ...(report.caller
      ? { callerPolicy: parsePolicy(spec.access, report.caller.policy, report.caller.arn, `policy in ${file}`) }
      : {}),
    ...(report.quotas ? { quotas: report.quotas } : {}),
  };
  const opened = await openNamedTarget({
    target,
    endpoint: parsed.values.endpoint,
    region: parsed.values.region,
    quirks,
    callerPolicy: report.caller?.policy,
    limits: report.quotas,
  });
  let again;
  try {
    again = await replayOnTarget(spec, opened, { ...d.replay, target: opened.name }, knowledge);
  } finally {
    await opened.close();
  }
  const same = again.divergences.filter((x) => x.rule === d.rule && x.kind === d.kind);
  if (same.length) {
    io.out(redact(`reproduced on ${opened.name}: ${d.rule} ${d.kind}; observed ${JSON.stringify(same[0].observed)}`));
    return 1;
  }
  const now = again.divergences.map((x) => `${x.rule} ${x.kind}`).join(', ') || 'no divergence';
  io.out(`not reproduced on ${opened.name}: ${d.rule} ${d.kind} is gone (the case now gives: ${now})`);
  return 0;
}
