import { loadSpec } from '../../spec/load-spec.ts';
import { importInteractions } from '../../recordings/import/import-interactions.ts';
import { redactDeep } from '../../reports/redact.ts';
import { checkOutputFolder, writeOutput } from '../../reports/write-output.ts';
import { dirname } from 'node:path';
import { MOCK_CALLER_CREDENTIALS, MOCK_CREDENTIALS } from '../../targets/open-target.ts';
import { parseOptions } from '../parse-options.ts';
import { UsageError } from '../usage-error.ts';
import { redact, type Io } from '../io.ts';

/**
 * `import`: reads vcrpy cassettes, HAR files, harness recordings and imported recordings into one recording of SWF
 * interactions (secrets stripped) for `parity` and `run --evidence`. Nothing is written unless every file imports.
 */
export async function importCommand(argv: string[], io: Io, _signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parseOptions(argv, { out: { type: 'string' }, spec: { type: 'string' } }, true);
  if (!positionals.length) throw new UsageError('import needs at least one FILE (a cassette, HAR file or recording)');
  if (!values.out) throw new UsageError('import needs --out RECORDING (the file to write)');
  checkOutputFolder(dirname(values.out), `--out ${values.out}: its folder`);
  const secrets = [
    MOCK_CREDENTIALS.secretAccessKey,
    MOCK_CREDENTIALS.accessKeyId,
    MOCK_CALLER_CREDENTIALS.secretAccessKey,
    MOCK_CALLER_CREDENTIALS.accessKeyId,
    process.env.AWS_SECRET_ACCESS_KEY,
    process.env.AWS_SESSION_TOKEN,
    process.env.AWS_ACCESS_KEY_ID,
  ];
  const { recording, summaries } = importInteractions(positionals, { spec: () => loadSpec(values.spec), secrets });
  writeOutput(values.out, JSON.stringify(redactDeep(recording, redact), null, 1) + '\n');
  for (const s of summaries) {
    io.out(redact(`${s.file} (${s.kind}): ${s.interactions} interactions kept, ${s.skipped} entries skipped`));
    for (const note of s.notes) io.out(redact(`  ${note}`));
  }
  io.out(
    redact(
      `imported ${recording.interactions.length} interactions from ${summaries.length} file${summaries.length === 1 ? '' : 's'}: ${values.out}`,
    ),
  );
  return 0;
}
