import { describe, expect, it } from 'vitest';
import {
  ANGLES, gapToCircle, LEADER_CLEARANCE, LEADER_LENGTHS, leaderSpot, labelRect, overlapsCircle, overlapsRect, pointToSegment, segmentHitsRect, SIDES,
  spotsAround, STEPS_OUT, type LabelInput, type LabelPlacement, type Rect,
} from './marker-label-geometry';
import { placeLabels, placementLimits } from './marker-layout';
import { seededLcg } from './network-layout';

/*
 * The map's label placement as it was before the spatial grid: every test scans every circle, label and
 * line. The indexed placer must choose exactly the same spots.
 */
/**
 * Greedy label placement, in the order given (most important first): each label takes the first spot —
 * a side, a corner, then the same a little further out — where it meets no placed label, no other circle,
 * no obstacle (legend, buttons), stays inside `bounds` and lies nearer its own circle than any other (so
 * it is never read as a neighbour's name). A label with nowhere to go there stands off in free room on a
 * leader line (see leaderedSpot); with nowhere at all it is hidden (null) unless it must be
 * kept, in which case it takes its least bad side. When some are hidden, the placement is tried again
 * with those first (after the kept ones), a few times, and the run naming the most places wins.
 */
function referencePlaceLabels(
  labels: readonly LabelInput[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
  pad = 4,
  { rounds = 4, tried = labels }: { rounds?: number; tried?: readonly LabelInput[] } = {},
): Map<string, LabelPlacement | null> {
  let order = tried;
  let best: Map<string, LabelPlacement | null> | null = null;
  const shown = (m: Map<string, LabelPlacement | null>) => [...m.values()].filter(Boolean).length;
  for (let round = 0; round < rounds; round++) {
    const run = placeInOrder(order, labels, bounds, obstacles, pad);
    if (!best || shown(run) > shown(best)) best = run;
    if (shown(run) === tried.length) break;
    order = [...order.filter((l) => l.keep), ...order.filter((l) => !l.keep && !run.get(l.id)), ...order.filter((l) => !l.keep && run.get(l.id))];
  }
  return new Map(labels.map((l) => [l.id, best?.get(l.id) ?? null]));
}

function placeInOrder(
  order: readonly LabelInput[],
  labels: readonly LabelInput[],
  bounds: Rect,
  obstacles: readonly Rect[],
  pad: number,
): Map<string, LabelPlacement | null> {
  const placed: Rect[] = [];
  const leaders: NonNullable<LabelPlacement['leader']>[] = [];
  const out = new Map<string, LabelPlacement | null>();
  const inside = (r: Rect) => r.x >= bounds.x && r.y >= bounds.y && r.x + r.w <= bounds.x + bounds.w && r.y + r.h <= bounds.y + bounds.h;
  const cost = (l: LabelInput, rect: Rect) => {
    let c = 0;
    if (!inside(rect)) c += 4;
    for (const p of placed) if (overlapsRect(rect, p)) c += 2;
    for (const line of leaders) if (segmentHitsRect(line, rect, 1)) c += 2;
    for (const o of obstacles) if (overlapsRect(rect, o)) c += 2;
    for (const other of labels) if (other.id !== l.id && overlapsCircle(rect, other)) c += 1;
    return c;
  };
  // By a margin: the drawn text's box is a little bigger than the measured one.
  const nearestIsOwn = (l: LabelInput, rect: Rect) => {
    const own = gapToCircle(rect, l);
    return labels.every((other) => other.id === l.id || gapToCircle(rect, other) > own + 1);
  };
  for (const l of order) {
    let chosen: LabelPlacement | null = null;
    search: for (const step of STEPS_OUT) {
      for (const rect of spotsAround(l, pad, step)) {
        if (cost(l, rect) === 0 && nearestIsOwn(l, rect)) {
          chosen = rect;
          break search;
        }
      }
    }
    if (!chosen) chosen = leaderedSpot(l, labels, placed, (rect) => cost(l, rect) === 0);
    if (!chosen && l.keep) {
      // Its least bad side beside the circle.
      let bestCost = Infinity;
      for (const side of SIDES.slice(0, 4)) {
        const rect = labelRect(l, side, pad);
        const c = cost(l, rect);
        if (c < bestCost) {
          chosen = rect;
          bestCost = c;
        }
      }
    }
    if (chosen) placed.push(chosen);
    if (chosen?.leader) leaders.push(chosen.leader);
    out.set(l.id, chosen);
  }
  return out;
}

/**
 * A label off in free room, joined to its circle by a leader line: tried in 24 directions, nearest first.
 * The spot must be free (`free`), the line must pass no other circle and no placed label, and the label
 * must lie nearer its line's end than any circle, so the line is what it is read by.
 */
function leaderedSpot(l: LabelInput, labels: readonly LabelInput[], placed: readonly Rect[], free: (r: Rect) => boolean): LabelPlacement | null {
  for (const length of LEADER_LENGTHS) {
    for (const deg of ANGLES) {
      const { leader, side, ...rect } = leaderSpot(l, length, deg);
      if (!free(rect)) continue;
      const others = labels.filter((o) => o.id !== l.id);
      if (others.some((o) => pointToSegment(o.x, o.y, leader) < o.r + LEADER_CLEARANCE)) continue;
      if (placed.some((p) => segmentHitsRect(leader, p, LEADER_CLEARANCE))) continue;
      if (others.some((o) => gapToCircle(rect, o) <= LEADER_CLEARANCE)) continue;
      return { side, ...rect, leader };
    }
  }
  return null;
}
/** Places in a map frame: clusters (crowded, so names step out, take leaders or hide), stacked spots, a few kept. */
function randomMarks(seed: number, n: number, width: number, height: number): LabelInput[] {
  const rand = seededLcg(seed);
  const hubs = Array.from({ length: 6 }, () => ({ x: rand() * width, y: rand() * height }));
  return Array.from({ length: n }, (_, i) => {
    const hub = hubs[i % hubs.length]!;
    const spread = i % 3 === 0 ? width / 2 : 40;
    const stacked = i % 17 === 0 && i > 0;
    return {
      id: `p${i}`,
      x: stacked ? hub.x : Math.min(width, Math.max(0, hub.x + (rand() - 0.5) * spread)),
      y: stacked ? hub.y : Math.min(height, Math.max(0, hub.y + (rand() - 0.5) * spread)),
      r: 4 + rand() * 13,
      w: 20 + Math.round(rand() * 80),
      h: 16,
      keep: i % 50 === 7,
    };
  });
}

/** The plain scan takes seconds at a few hundred marks on a busy machine. */
const SLOW = 30_000;

describe('indexed map label placement against the brute-force scan', () => {
  const bounds = { x: 2, y: 2, w: 796, h: 496 };
  const legend = [{ x: 10, y: 400, w: 120, h: 90 }, { x: 760, y: 10, w: 30, h: 60 }];

  // The brute-force scan is slow at a few hundred places (what the grid fixes): one round there.
  it.each([[1, 40, 4], [2, 120, 4], [3, 260, 1]])('chooses the same spots for the same places (seed %i, %i places, %i rounds)', (seed, n, rounds) => {
    const marks = randomMarks(seed, n, 800, 500);
    const expected = referencePlaceLabels(marks, bounds, legend, 4, { rounds });
    const got = placeLabels(marks, bounds, legend, 4, { rounds, budget: Infinity });
    expect(got).toEqual(expected);
    // The case is crowded enough to exercise every path: names beside, on leaders, and hidden.
    const values = [...got.values()];
    expect(values.some((v) => v?.leader)).toBe(true);
    expect(values.some((v) => v === null)).toBe(true);
  }, SLOW);

  it('keeps the old behaviour by default for a small set, and at scale tries only the names that can fit, in fewer rounds', () => {
    const small = randomMarks(4, 60, 800, 500);
    expect(placeLabels(small, bounds, legend)).toEqual(referencePlaceLabels(small, bounds, legend));
    // A small frame: the 300 names' boxes would cover it several times over.
    const frame = { x: 0, y: 0, w: 400, h: 300 };
    const many = randomMarks(5, 300, 400, 300);
    const limits = placementLimits(many, frame);
    expect(limits.rounds).toBe(1);
    expect(limits.budget).toBeLessThan(many.length - 6);
    let budget = limits.budget;
    const tried = many.filter((l) => l.keep || budget-- > 0);
    const got = placeLabels(many, frame);
    expect(got).toEqual(referencePlaceLabels(many, frame, [], 4, { rounds: 1, tried }));
    for (const l of many.filter((m) => m.keep)) expect(got.get(l.id)).not.toBeNull();
  }, SLOW);
});
