import { describe, expect, it } from 'vitest';
import { nameBudget } from './label-budget';

describe('nameBudget', () => {
  it('tries names, most important first, until they would cover a third of the frame', () => {
    // 300 × 300 frame: a third is 30,000 px²; names of 1,000 px² each.
    expect(nameBudget(Array(100).fill(1000), 300 * 300)).toBe(30);
    expect(nameBudget([20_000, 9_000, 2_000, 10], 300 * 300)).toBe(2);
  });

  it('tries every name when they fit, and none in an empty frame', () => {
    expect(nameBudget([100, 100], 300 * 300)).toBe(2);
    expect(nameBudget([100], 0)).toBe(0);
  });
});
