import { describe, expect, it } from 'vitest';
import {
  clipRingToLonRange,
  closeAroundPole,
  pointsBounds,
  ringArea,
  splitLineAtAntimeridian,
  splitPolygonAtAntimeridian,
  unwrapRing,
  type PolygonRings,
  type Position,
} from './basemap-geometry';

const allLons = (polys: PolygonRings[]) => polys.flat(2).map((p) => p[0]);
/** No edge of any ring is wider than `max` degrees: what a streak across the map would be. */
const widestEdge = (polys: PolygonRings[]) =>
  Math.max(...polys.flatMap((poly) => poly.flatMap((ring) => ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i]![0])))));
const totalArea = (polys: PolygonRings[]) => polys.reduce((s, poly) => s + Math.abs(ringArea(poly[0]!)), 0);

describe('unwrapRing', () => {
  it('keeps consecutive points within half a turn', () => {
    expect(unwrapRing([[179, 0], [-179, 1], [-178, 2], [179, 3]])).toEqual([[179, 0], [181, 1], [182, 2], [179, 3]]);
  });

  it('leaves an ordinary ring as it is', () => {
    const ring: Position[] = [[0, 0], [10, 0], [10, 10], [0, 0]];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('closeAroundPole', () => {
  it('closes a ring that goes once round the south pole along the bottom edge', () => {
    const ring = unwrapRing([[-180, -70], [0, -65], [180, -70], [-180, -70]]);
    const closed = closeAroundPole(ring, 85);
    expect(closed.slice(-3)).toEqual([[180, -85], [-180, -85], [-180, -70]]);
  });

  it('does nothing to a ring that closes on itself', () => {
    const ring: Position[] = [[0, 0], [10, 0], [10, 10], [0, 0]];
    expect(closeAroundPole(ring)).toBe(ring);
  });
});

describe('clipRingToLonRange', () => {
  it('keeps the part of a square inside the strip', () => {
    const clipped = clipRingToLonRange([[170, 0], [190, 0], [190, 10], [170, 10], [170, 0]], -180, 180);
    expect(Math.min(...clipped.map((p) => p[0]))).toBe(170);
    expect(Math.max(...clipped.map((p) => p[0]))).toBe(180);
    expect(Math.abs(ringArea(clipped))).toBeCloseTo(100);
  });
});

describe('splitPolygonAtAntimeridian', () => {
  // A Fiji-like island stepping from 179° to -179° and back, as world-atlas stores it.
  const island: PolygonRings = [[[178, -16], [-179, -16], [-179, -18], [178, -18], [178, -16]]];

  it('cuts a crossing polygon into pieces on each side, with no edge spanning the map', () => {
    const pieces = splitPolygonAtAntimeridian(island);
    expect(pieces).toHaveLength(2);
    expect(widestEdge(pieces)).toBeLessThanOrEqual(3);
    expect(Math.min(...allLons(pieces))).toBeGreaterThanOrEqual(-180);
    expect(Math.max(...allLons(pieces))).toBeLessThanOrEqual(180);
    // 3° by 2° of land, split 2° + 1° wide.
    expect(totalArea(pieces)).toBeCloseTo(6);
    const east = pieces.find((p) => p[0]!.every((q) => q[0] <= -179 + 1e-9))!;
    expect(Math.abs(ringArea(east[0]!))).toBeCloseTo(2);
  });

  it('returns a polygon that does not cross untouched', () => {
    const poly: PolygonRings = [[[0, 0], [10, 0], [10, 10], [0, 0]]];
    const out = splitPolygonAtAntimeridian(poly);
    expect(out).toHaveLength(1);
    expect(out[0]).toBe(poly);
  });

  it('fills a ring round the south pole down to the pole line instead of streaking across', () => {
    const antarctica: PolygonRings = [[[-180, -70], [-90, -65], [0, -68], [90, -66], [180, -70], [-180, -70]]];
    const pieces = splitPolygonAtAntimeridian(antarctica, 85);
    expect(pieces).toHaveLength(1);
    const lats = pieces[0]![0]!.map((p) => p[1]);
    expect(Math.min(...lats)).toBe(-85);
    expect(Math.min(...allLons(pieces))).toBe(-180);
    expect(Math.max(...allLons(pieces))).toBe(180);
  });

  it('carries holes with their piece', () => {
    const withHole: PolygonRings = [
      [[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]],
      [[172, 2], [174, 2], [174, 4], [172, 4], [172, 2]],
    ];
    const pieces = splitPolygonAtAntimeridian(withHole);
    const west = pieces.find((p) => p[0]!.some((q) => q[0] === 170))!;
    expect(west).toHaveLength(2);
    expect(Math.abs(ringArea(west[1]!))).toBeCloseTo(4);
  });
});

describe('splitLineAtAntimeridian', () => {
  it('ends the line at 180 and restarts it at -180 where it crosses', () => {
    const parts = splitLineAtAntimeridian([[178, 60], [-178, 64]]);
    expect(parts).toEqual([
      [[178, 60], [180, 62]],
      [[-180, 62], [-178, 64]],
    ]);
  });

  it('keeps a line that does not cross in one part', () => {
    expect(splitLineAtAntimeridian([[0, 0], [10, 10]])).toEqual([[[0, 0], [10, 10]]]);
  });
});

describe('pointsBounds', () => {
  it('boxes the points', () => {
    expect(pointsBounds([{ lon: -77, lat: 38.9 }, { lon: 126.98, lat: 37.6 }, { lon: 113.6, lat: 22.3 }, { lon: 37.6, lat: 55.8 }])).toEqual([-77, 22.3, 126.98, 55.8]);
  });

  it('goes across the antimeridian when that is the narrower way', () => {
    expect(pointsBounds([{ lon: 170, lat: -10 }, { lon: -170, lat: 10 }])).toEqual([170, -10, 190, 10]);
  });

  it('is a point for one place and null for none', () => {
    expect(pointsBounds([{ lon: 5, lat: 6 }])).toEqual([5, 6, 5, 6]);
    expect(pointsBounds([])).toBeNull();
  });
});
