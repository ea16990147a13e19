import { describe, expect, it } from 'vitest';
import { toggleInSet } from './selection';

describe('click and shift-click (CONTRACT §2)', () => {
  it('click selects one item alone, and again clears', () => {
    expect(toggleInSet([], 'a', false)).toEqual(['a']);
    expect(toggleInSet(['a', 'b'], 'c', false)).toEqual(['c']);
    expect(toggleInSet(['a'], 'a', false)).toEqual([]);
    expect(toggleInSet(['a', 'b'], 'a', false)).toEqual(['a']);
  });

  it('shift-click adds or removes one item', () => {
    expect(toggleInSet(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleInSet(['a', 'b'], 'a', true)).toEqual(['b']);
  });
});
