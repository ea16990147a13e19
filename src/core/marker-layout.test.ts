import { describe, expect, it } from 'vitest';
import { dodgeCircles, legendCounts, placeLabels, radiusFor, radiusScaleFor } from './marker-layout';

describe('radiusFor', () => {
  it('makes area proportional to the count', () => {
    const r1 = radiusFor(1, 16);
    const r4 = radiusFor(4, 16);
    expect(r4 / r1).toBeCloseTo(2);
    expect(radiusFor(16, 16)).toBe(17);
  });

  it('gives places with no passing event the small empty size, and never goes below the minimum', () => {
    expect(radiusFor(0, 7)).toBe(4);
    expect(radiusFor(1, 10_000)).toBe(4);
  });
});

describe('radiusScaleFor', () => {
  it('shrinks the circles in a small frame and caps them in a big one', () => {
    expect(radiusScaleFor(320, 330).maxRadius).toBe(10.5);
    expect(radiusScaleFor(450, 520).maxRadius).toBe(15);
    expect(radiusScaleFor(1260, 700).maxRadius).toBe(17);
    expect(radiusScaleFor(200, 150).maxRadius).toBe(9);
  });
});

describe('legendCounts', () => {
  it('picks 1, a round middle and the maximum', () => {
    expect(legendCounts(10)).toEqual([1, 5, 10]);
    expect(legendCounts(7)).toEqual([1, 2, 7]);
    expect(legendCounts(120)).toEqual([1, 50, 120]);
    expect(legendCounts(2)).toEqual([1, 2]);
    expect(legendCounts(1)).toEqual([1]);
  });
});

describe('dodgeCircles', () => {
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  it('separates overlapping circles, even on the same spot', () => {
    const circles = [
      { id: 'a', x: 100, y: 100, r: 10 },
      { id: 'b', x: 104, y: 100, r: 6 },
      { id: 'c', x: 100, y: 100, r: 6 },
    ];
    const out = dodgeCircles(circles, { gap: 2 });
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        expect(dist(out[i]!, out[j]!)).toBeGreaterThanOrEqual(circles[i]!.r + circles[j]!.r + 2 - 0.5);
      }
    }
    // The big circle moves least.
    expect(dist(out[0]!, circles[0]!)).toBeLessThan(dist(out[1]!, circles[1]!));
  });

  it('leaves circles that do not touch where they are, and is deterministic', () => {
    const circles = [
      { id: 'a', x: 0, y: 0, r: 5 },
      { id: 'b', x: 50, y: 0, r: 5 },
    ];
    expect(dodgeCircles(circles)).toEqual([{ x: 0, y: 0 }, { x: 50, y: 0 }]);
    const crowd = Array.from({ length: 8 }, (_, i) => ({ id: String(i), x: 100 + (i % 3), y: 100, r: 8 }));
    expect(dodgeCircles(crowd)).toEqual(dodgeCircles(crowd));
  });
});

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, w: 400, h: 300 };

  it('puts a label to the right when there is room', () => {
    const out = placeLabels([{ id: 'a', x: 100, y: 100, r: 5, w: 40, h: 14, keep: false }], bounds);
    expect(out.get('a')).toMatchObject({ side: 'right', x: 109, y: 93 });
  });

  it('moves a label to the left at the right edge', () => {
    const out = placeLabels([{ id: 'a', x: 390, y: 100, r: 5, w: 40, h: 14, keep: false }], bounds);
    expect(out.get('a')?.side).toBe('left');
  });

  it('hides a colliding label unless it must be kept', () => {
    const crowd = [
      { id: 'a', x: 100, y: 100, r: 5, w: 60, h: 14, keep: false },
      { id: 'b', x: 102, y: 102, r: 5, w: 60, h: 14, keep: false },
      { id: 'c', x: 101, y: 98, r: 5, w: 60, h: 14, keep: false },
      { id: 'd', x: 99, y: 101, r: 5, w: 60, h: 14, keep: false },
      { id: 'e', x: 100, y: 103, r: 5, w: 60, h: 14, keep: true },
    ];
    const out = placeLabels(crowd, bounds);
    // Stacked circles: no label could be told apart from a neighbour's, so only the kept one shows.
    expect([...out.values()].filter((v) => v === null).length).toBeGreaterThan(0);
    expect(out.get('e')).not.toBeNull();
  });

  it('names two close places with each name nearer its own circle, using a corner or a step out', () => {
    const pair = [
      { id: 'pyongyang', x: 200, y: 100, r: 9, w: 70, h: 14, keep: false },
      { id: 'seoul', x: 196, y: 116, r: 4, w: 40, h: 14, keep: false },
      { id: 'beijing', x: 175, y: 102, r: 8, w: 55, h: 14, keep: false },
    ];
    const out = placeLabels(pair, bounds);
    for (const p of pair) expect(out.get(p.id), p.id).not.toBeNull();
  });

  it('names a place hemmed in by its neighbours off in free room, on a leader line from its rim past no other circle', () => {
    const ring = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, x: 200 + 14 * Math.cos(i), y: 150 + 14 * Math.sin(i), r: 5, w: 30, h: 14, keep: false }));
    const hub = { id: 'hub', x: 200, y: 150, r: 4, w: 50, h: 14, keep: false };
    const out = placeLabels([...ring, hub], bounds);
    const label = out.get('hub');
    expect(label?.leader).toBeDefined();
    const { x1, y1, x2, y2 } = label!.leader!;
    expect(Math.hypot(x1 - hub.x, y1 - hub.y)).toBeCloseTo(hub.r);
    // The line ends on the label's box.
    expect(x2).toBeGreaterThanOrEqual(label!.x - 0.01);
    expect(x2).toBeLessThanOrEqual(label!.x + label!.w + 0.01);
    expect(y2).toBeGreaterThanOrEqual(label!.y - 0.01);
    expect(y2).toBeLessThanOrEqual(label!.y + label!.h + 0.01);
    for (const n of ring) {
      const t = Math.max(0, Math.min(1, ((n.x - x1) * (x2 - x1) + (n.y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
      expect(Math.hypot(n.x - (x1 + t * (x2 - x1)), n.y - (y1 + t * (y2 - y1))), n.id).toBeGreaterThan(n.r);
    }
    // Names that fit beside their circles get no line.
    expect([...out.values()].filter((l) => l?.leader)).toHaveLength(1);
  });

  it('avoids obstacles such as the legend', () => {
    const out = placeLabels([{ id: 'a', x: 100, y: 100, r: 5, w: 40, h: 14, keep: false }], bounds, [{ x: 100, y: 80, w: 80, h: 40 }]);
    expect(out.get('a')?.side).toBe('left');
  });
});
