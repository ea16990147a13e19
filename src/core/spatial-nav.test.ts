import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './spatial-nav';

const points = [
  { id: 'centre', x: 100, y: 100 },
  { id: 'below', x: 105, y: 160 },
  { id: 'near-side', x: 140, y: 112 },
  { id: 'right', x: 200, y: 95 },
  { id: 'above', x: 90, y: 20 },
];

describe('nearestInDirection', () => {
  it('prefers the point straight ahead over a closer one off to the side', () => {
    expect(nearestInDirection(points, 'centre', 'down')).toBe('below');
    expect(nearestInDirection(points, 'centre', 'up')).toBe('above');
  });
  it('takes the nearest in a direction', () => {
    expect(nearestInDirection(points, 'centre', 'right')).toBe('near-side');
    expect(nearestInDirection(points, 'near-side', 'right')).toBe('right');
  });
  it('returns null at the edge or for an unknown start', () => {
    expect(nearestInDirection(points, 'above', 'up')).toBeNull();
    expect(nearestInDirection(points, 'nobody', 'up')).toBeNull();
    expect(nearestInDirection(points, 'centre', 'left')).toBe('above');
  });
});
