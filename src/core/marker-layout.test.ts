import { describe, expect, it } from 'vitest';
import { overlapsRect } from './marker-label-geometry';
import { adjustLabels, dodgeCircles, legendCounts, placeLabels, radiusFor, radiusScaleFor, type LabelInput, type LabelPlacement, type Rect } from './marker-layout';
import { seededLcg } from './network-layout';

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

describe('adjustLabels', () => {
  const bounds = { x: 0, y: 0, w: 760, h: 520 };
  // A crowded world map: 320 places, the biggest first, as the map orders them.
  const rand = seededLcg(5);
  const places: LabelInput[] = Array.from({ length: 320 }, (_, i) => ({
    id: `p${i}`, x: 10 + rand() * 740, y: 10 + rand() * 500, r: 4 + 13 * rand() ** 3, w: 30 + rand() * 50, h: 16, keep: false,
  })).sort((a, b) => b.r - a.r);
  const prior = placeLabels(places, bounds);
  const shown = (m: Map<string, unknown>) => [...m.values()].filter(Boolean).length;

  function expectSound(out: Map<string, LabelPlacement | null>, labels: readonly LabelInput[], obstacles: Rect[] = []) {
    const boxes = [...out].filter(([, p]) => p).map(([id, p]) => ({ id, ...p! }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlapsRect(a, b), `${a.id} × ${b.id}`).toBe(false);
      for (const o of obstacles) expect(overlapsRect(a, o), a.id).toBe(false);
      // No other circle is drawn under a name.
      for (const c of labels) if (c.id !== a.id) expect(Math.hypot(Math.max(a.x - c.x, 0, c.x - a.x - a.w), Math.max(a.y - c.y, 0, c.y - a.y - a.h)) >= c.r, `${a.id} on ${c.id}`).toBe(true);
    }
  }

  it('keeps every spot when nothing changed', () => {
    const out = adjustLabels(prior, places, bounds);
    expect(shown(prior)).toBeGreaterThan(40);
    for (const p of places) expect(out.get(p.id), p.id).toEqual(prior.get(p.id));
  });

  it('names a kept place that had no name, moving only the few names in its way', () => {
    const hidden = places.find((p) => prior.get(p.id) === null && p.r < 8)!;
    const selected = { ...hidden, r: hidden.r + 4, w: hidden.w + 6, keep: true };
    const labels = [selected, ...places.filter((p) => p.id !== hidden.id)];
    const out = adjustLabels(prior, labels, bounds);
    expect(out.get(hidden.id)).not.toBeNull();
    expectSound(out, labels);
    const moved = places.filter((p) => p.id !== hidden.id && JSON.stringify(out.get(p.id)) !== JSON.stringify(prior.get(p.id)));
    expect(moved.length).toBeLessThan(6);
    // A name hidden before stays hidden: nothing is searched for it.
    for (const p of places) if (prior.get(p.id) === null && p.id !== hidden.id) expect(out.get(p.id), p.id).toBeNull();
  });

  it('moves the names an obstacle now covers, and no other', () => {
    const card = { x: 0, y: 0, w: 260, h: 520 };
    const out = adjustLabels(prior, places, bounds, [card]);
    expectSound(out, places, [card]);
    for (const p of places) {
      const before = prior.get(p.id);
      if (before && !overlapsRect(before, card) && p.x - p.r > card.w + 80) expect(out.get(p.id), p.id).toEqual(before);
    }
  });
});
