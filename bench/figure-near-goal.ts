/**
 * A figure to `digits` decimals, or with more where that rounding would show the goal itself: 0.798 against "at least
 * 0.8" prints 0.798, not a 0.80 marked NOT met.
 */
export function figureNearGoal(value: number, goal: number, digits = 2): string {
  let shown = value.toFixed(digits);
  for (let more = digits + 1; more <= 4 && value !== goal && Number(shown) === goal; more++)
    shown = value.toFixed(more);
  return shown;
}
