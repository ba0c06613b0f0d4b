/** The goals as the bench checks them: each printed beside its figure, all of them again at the end. */
export interface Goals {
  /** Prints whether a figure meets its goal; `figure` and `goal` are read by people (`0.83`, `at least 0.8`). */
  check(name: string, figure: string, goal: string, met: boolean): void;
  /** The closing lines: every goal checked, met or not. */
  summary(): string[];
}

export function createGoals(): Goals {
  const checked: Array<{ name: string; figure: string; goal: string; met: boolean }> = [];
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  return {
    check(name, figure, goal, met) {
      checked.push({ name, figure, goal, met });
      console.log(`  goal: ${name} ${goal}: ${figure}, ${verdict(met)}`);
    },
    summary() {
      const met = checked.filter((g) => g.met).length;
      return [
        `goals: ${met} of ${checked.length} met`,
        ...checked.map((g) => `  ${verdict(g.met).padEnd(7)}  ${g.name}: ${g.figure} (goal ${g.goal})`),
      ];
    },
  };
}
