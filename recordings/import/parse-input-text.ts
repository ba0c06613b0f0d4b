import { parseDocument } from 'yaml';
import { RecordingError } from '../load-recording.ts';
import { PYTHON_YAML_TAGS } from './python-yaml-tags.ts';

/** A file's text as data: JSON when it parses as JSON (HAR, recordings), else YAML (cassettes); one-line errors. */
export function parseInputText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: YAML, which a JSON file with a slip in it is not either.
  }
  const doc = parseDocument(text, { customTags: PYTHON_YAML_TAGS, uniqueKeys: false });
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const where = problem.linePos?.[0] ? ` (line ${problem.linePos[0].line})` : '';
    const what =
      problem.code === 'TAG_RESOLVE_FAILED'
        ? `unsupported YAML tag ${problem.message.split(' at line')[0].replace(/^Unresolved tag: /, '')}`
        : problem.message.split('\n')[0].split(' at line')[0];
    throw new RecordingError(`${file}: neither JSON nor a YAML cassette: ${what}${where}`);
  }
  return doc.toJS({ maxAliasCount: 1000 });
}
