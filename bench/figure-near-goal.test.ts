import { describe, expect, it } from 'vitest';
import { figureNearGoal } from './figure-near-goal.ts';

describe('figureNearGoal', () => {
  it('shows two decimals away from the goal', () => {
    expect(figureNearGoal(0.8349, 0.8)).toBe('0.83');
    expect(figureNearGoal(1.3712, 1.15)).toBe('1.37');
  });

  it('shows more decimals where two would read as the goal itself', () => {
    expect(figureNearGoal(0.798, 0.8)).toBe('0.798');
    expect(figureNearGoal(0.8004, 0.8)).toBe('0.8004');
    expect(figureNearGoal(1.1512, 1.15)).toBe('1.151');
  });

  it('shows the goal as it is when the figure is exactly the goal', () => {
    expect(figureNearGoal(0.8, 0.8)).toBe('0.80');
  });
});
