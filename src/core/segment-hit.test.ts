import { describe, expect, it } from 'vitest';
import { nearestSegment } from './segment-hit';

describe('nearestSegment', () => {
  // A horizontal segment from (0,0) to (10,0), and a vertical one from (20,-5) to (20,5).
  const packed = [0, 0, 10, 0, 20, -5, 20, 5];

  it('finds the segment under the point, measuring to the segment and not its infinite line', () => {
    expect(nearestSegment(packed, 5, 1, 3)).toBe(0);
    expect(nearestSegment(packed, 19, 4, 3)).toBe(1);
    // Beyond the horizontal segment's end: 5 away from (10,0) though on its line.
    expect(nearestSegment(packed, 15, 0, 3)).toBe(-1);
  });

  it('answers -1 when nothing is within reach, and the nearer of two within reach', () => {
    expect(nearestSegment(packed, 5, 8, 3)).toBe(-1);
    expect(nearestSegment(packed, 16, 0, 6.5)).toBe(1);
    expect(nearestSegment(packed, 12, 0, 6.5)).toBe(0);
  });

  it('handles a segment of zero length as a point, and an empty list', () => {
    expect(nearestSegment([3, 3, 3, 3], 4, 3, 2)).toBe(0);
    expect(nearestSegment([], 0, 0, 10)).toBe(-1);
  });
});
