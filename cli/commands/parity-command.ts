import { join } from 'node:path';
import { parseOptions } from '../parse-options.ts';
import { loadInteractions } from '../../recordings/load-interactions.ts';
import { runParity } from '../../recordings/parity/run-parity.ts';
import { renderParityMarkdown } from '../../recordings/parity/render-parity-markdown.ts';
import { renderParityJunit } from '../../recordings/parity/render-parity-junit.ts';
import { renderParityHtml } from '../../recordings/parity/render-parity-html.ts';
import { redactDeep } from '../../reports/redact.ts';
import { openNamedTarget } from '../open-named-target.ts';
import { UsageError } from '../usage-error.ts';
import { redact, type Io } from '../io.ts';
import { checkOutputFolder, writeOutput } from '../../reports/write-output.ts';

/**
 * `parity RECORDING --target T`: replays an imported recording's requests in order on a target and lists every
 * answer that differs from the recorded one. Exit 1 on a difference; interrupted, it writes what it replayed.
 */
export async function parityCommand(
  argv: string[],
  io: Io,
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      target: { type: 'string' },
      endpoint: { type: 'string' },
      region: { type: 'string' },
      name: { type: 'string' },
      'mock-quirk': { type: 'string', multiple: true },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length !== 1)
    throw new UsageError(
      'parity needs one RECORDING (an imported recording: swf-conformance import FILE... --out RECORDING)',
    );
  if (!values.target) throw new UsageError('parity needs --target mock|moto|endpoint');
  if (values.target === 'aws')
    throw new UsageError(
      "parity does not replay against aws: a recording's calls would touch domains of the account beyond the one the aws target may use",
    );
  const recording = loadInteractions(positionals[0]);
  const out = values.out ?? 'reports/parity';
  checkOutputFolder(out);
  const target = await openNamedTarget({
    target: values.target,
    endpoint: values.endpoint,
    region: values.region,
    name: values.name,
    quirks: values['mock-quirk'],
  });
  let result;
  try {
    const every = Math.max(1, Math.ceil(recording.interactions.length / 20));
    result = await runParity(recording, target, {
      recordingPath: positionals[0],
      signal,
      onProgress: (done, total) => {
        if (!values.quiet && (done % every === 0 || done === total)) io.err(`parity: ${done}/${total}`);
      },
    });
  } finally {
    await target.close();
  }
  const report = redactDeep(result, redact);
  writeOutput(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  writeOutput(join(out, 'report.md'), renderParityMarkdown(report));
  writeOutput(join(out, 'report.html'), renderParityHtml(report));
  writeOutput(join(out, 'junit.xml'), renderParityJunit(report));
  const s = report.summary;
  io.out(
    `parity ${report.target} against ${positionals[0]}: ${s.differences} differences in ${s.differing} of ${s.sent} replayed answers (${s.partial} compared in part, ${s.notSent} not sent)`,
  );
  for (const g of report.groups.slice(0, 10))
    io.out(`  ${g.operation} ${g.kind}${g.path ? ` ${g.path}` : ''}: ${g.count}`);
  if (report.groups.length > 10) io.out(`  … ${report.groups.length - 10} more groups in report.md`);
  io.out(`report: ${join(out, 'report.md')} (also report.json, report.html, junit.xml)`);
  return s.differences > 0 ? 1 : 0;
}
