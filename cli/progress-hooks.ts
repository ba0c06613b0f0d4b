import type { Family, Spec } from '../spec/spec-types';
import { hasOwnCases } from '../generators/case-for-rule';
import type { RunHooks } from '../runner/run-hooks';

/** Plain progress lines, one a rule: which rule, how many cases, divergences found so far. */
export function progressHooks(spec: Spec, families: Family[] | undefined, write: (line: string) => void): RunHooks {
  const total = spec.rules.filter((r) => hasOwnCases(r) && (!families || families.includes(r.family))).length;
  let done = 0;
  let found = 0;
  return {
    onRuleStart(rule, cases) {
      done++;
      write(`[${done}/${total}] ${rule.id}: ${cases} cases (divergences so far: ${found})`);
    },
    onCaseDone(_rule, _index, divergences) {
      found += divergences.length;
    },
  };
}
