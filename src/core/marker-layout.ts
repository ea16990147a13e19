/**
 * Where the place circles and their labels go on screen: pure geometry in pixels, no DOM, no map (tested in
 * marker-layout.test.ts). The map projects each place; this module sizes the circles, pushes overlapping
 * circles apart (keeping a leader line to the true spot), and picks a side for each label or hides it.
 */
import { createBoxGrid, type BoxGrid, type Region } from './box-grid';
import { nameBudget } from './label-budget';
import {
  ANGLES, gapToCircle, LEADER_CLEARANCE, LEADER_LENGTHS, leaderSpot, labelRect, overlapsCircle, overlapsRect, pointToSegment, segmentHitsRect, FOUR_SIDES,
  spotsAround, STEPS_OUT, type LabelInput, type LabelPlacement, type Point, type Rect,
} from './marker-label-geometry';

export type { LabelInput, LabelPlacement, LabelSide, Point, Rect } from './marker-label-geometry';

/** Circle radius in pixels: area proportional to the count; places with no passing event get `empty`. */
export interface RadiusScale {
  /** Radius of the largest count the data can show (the unfiltered maximum, so sizes stay comparable). */
  maxRadius: number;
  /** No visible circle smaller than this, even for a count far below the maximum. */
  minRadius: number;
  /** Radius for a place with no passing event (drawn dimmed). */
  empty: number;
}

export const DEFAULT_RADIUS: RadiusScale = { maxRadius: 17, minRadius: 4, empty: 4 };

/**
 * Circles in proportion to the frame: a small embed gets smaller circles, so a cluster of nearby places
 * stays readable and the legend stays small. The largest circle is about a thirtieth of the frame's
 * shorter side, between 9 and 17 pixels.
 */
export function radiusScaleFor(width: number, height: number): RadiusScale {
  if (width <= 0 || height <= 0) return DEFAULT_RADIUS;
  const maxRadius = Math.round(Math.min(17, Math.max(9, Math.min(width, height) / 30)) * 2) / 2;
  return { ...DEFAULT_RADIUS, maxRadius };
}

export function radiusFor(count: number, maxCount: number, scale: RadiusScale = DEFAULT_RADIUS): number {
  if (count <= 0 || maxCount <= 0) return scale.empty;
  return Math.max(scale.minRadius, scale.maxRadius * Math.sqrt(Math.min(count, maxCount) / maxCount));
}

/**
 * Round numbers for the size legend: 1, a middle value and the maximum, e.g. 1, 5, 10 or 1, 3, 7.
 * Never more than three, never repeated.
 */
export function legendCounts(maxCount: number): number[] {
  if (maxCount <= 1) return [1];
  const nice = [2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
  const mid = [...nice].reverse().find((n) => n <= maxCount / 2) ?? Math.round(maxCount / 2);
  return [...new Set([1, Math.max(2, mid), maxCount])].filter((n) => n <= maxCount);
}

export interface CircleInput extends Point {
  id: string;
  r: number;
}

/**
 * Pushes overlapping circles apart until each pair is at least `gap` pixels apart, moving big circles less
 * than small ones and pulling each gently back to its true spot (a Dorling-style dodge).
 * Deterministic: same input, same output. Skipped above `maxCount` circles (quadratic cost per frame).
 */
export function dodgeCircles(circles: readonly CircleInput[], options: { gap?: number; iterations?: number; maxCount?: number } = {}): Point[] {
  const gap = options.gap ?? 2;
  const iterations = options.iterations ?? 80;
  const pos = circles.map((c) => ({ x: c.x, y: c.y }));
  if (circles.length > (options.maxCount ?? 250)) return pos;
  const n = circles.length;
  for (let it = 0; it < iterations; it++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos[i]!;
        const b = pos[j]!;
        const ra = circles[i]!.r;
        const rb = circles[j]!.r;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        const min = ra + rb + gap;
        if (d >= min) continue;
        if (d < 1e-6) {
          // Same spot: split them along a direction fixed by their order, so the result is stable.
          const angle = (j * 2.399963) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        const push = min - d;
        // The bigger circle moves less: weights by the other's area.
        const wa = (rb * rb) / (ra * ra + rb * rb);
        const wb = 1 - wa;
        a.x -= (dx / d) * push * wa;
        a.y -= (dy / d) * push * wa;
        b.x += (dx / d) * push * wb;
        b.y += (dy / d) * push * wb;
        moved = true;
      }
    }
    if (!moved) break;
    // A weak pull home keeps clusters compact; the last rounds have none so the separation holds.
    if (it < iterations - 10) {
      for (let i = 0; i < n; i++) {
        pos[i]!.x += (circles[i]!.x - pos[i]!.x) * 0.04;
        pos[i]!.y += (circles[i]!.y - pos[i]!.y) * 0.04;
      }
    }
  }
  return pos;
}

/**
 * How much work a placement may do. Trying again with the hidden names first helps a small set; with
 * hundreds of places the rounds cost more than they name. And past the names whose boxes would cover the
 * frame together (`budget`, kept ones aside) the rest cannot all fit anyway: they stay hidden untried.
 */
export interface PlacementLimits {
  rounds: number;
  budget: number;
}

/** Up to this many names, every round and every name is tried (the bundled dossier and small embeds). */
const SMALL_SET = 80;

export function placementLimits(labels: readonly LabelInput[], bounds: Rect): PlacementLimits {
  if (labels.length <= SMALL_SET) return { rounds: 4, budget: Infinity };
  return { rounds: 1, budget: nameBudget(labels.filter((l) => !l.keep).map((l) => l.w * l.h), bounds.w * bounds.h) };
}

/**
 * Greedy label placement, in the order given (most important first): each label takes the first spot —
 * a side, a corner, then the same a little further out — where it meets no placed label, no other circle,
 * no obstacle (legend, buttons), stays inside `bounds` and lies nearer its own circle than any other (so
 * it is never read as a neighbour's name). A label with nowhere to go there stands off in free room on a
 * leader line (see leaderedSpot); with nowhere at all it is hidden (null) unless it must be
 * kept, in which case it takes its least bad side. When some are hidden, the placement is tried again
 * with those first (after the kept ones), a few times, and the run naming the most places wins (see
 * placementLimits for a big set).
 * Each test looks only at the circles, labels and lines near the spot (a grid over them), so the cost
 * grows with the number of places, not with its square.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
  pad = 4,
  limits: PlacementLimits = placementLimits(labels, bounds),
): Map<string, LabelPlacement | null> {
  const scene = sceneOf(labels, bounds, obstacles, pad);
  let budget = limits.budget;
  const tried = labels.filter((l) => l.keep || budget-- > 0);
  let order = tried;
  let best: Map<string, LabelPlacement | null> | null = null;
  const shown = (m: Map<string, LabelPlacement | null>) => [...m.values()].filter(Boolean).length;
  for (let round = 0; round < limits.rounds; round++) {
    const run = placeInOrder(order, scene);
    if (!best || shown(run) > shown(best)) best = run;
    if (shown(run) === tried.length) break;
    order = [...order.filter((l) => l.keep), ...order.filter((l) => !l.keep && !run.get(l.id)), ...order.filter((l) => !l.keep && run.get(l.id))];
  }
  return new Map(labels.map((l) => [l.id, best?.get(l.id) ?? null]));
}

/**
 * The labels placed again from a `prior` placement, in one greedy pass in the order given: the kept ones
 * search afresh (first), every other label keeps its prior spot when that still meets nothing placed before
 * it, no circle and no obstacle, searches afresh when it does not, and stays hidden when it had none.
 * Each label passes the same tests as in placeLabels, so names never overlap and each is nearer its own
 * circle; a click that selects one place then costs the few names it displaces, not a search for all.
 * The prior must be for the same circles (spots are taken as they are); computed from the same places with
 * nothing kept, the result depends only on the inputs.
 */
export function adjustLabels(
  prior: ReadonlyMap<string, LabelPlacement | null>,
  labels: readonly LabelInput[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
  pad = 4,
): Map<string, LabelPlacement | null> {
  return placeInOrder(labels, sceneOf(labels, bounds, obstacles, pad), prior);
}

type Segment = NonNullable<LabelPlacement['leader']>;

/** What a label's box may not meet; a placed label and an obstacle cost the same but only one blocks a leader line. */
type Blocker = { kind: 'circle'; circle: LabelInput } | { kind: 'obstacle' | 'placed'; box: Rect } | { kind: 'leader'; line: Segment };

/** What meeting a blocker costs a spot (see placeInOrder's `cost`); 0 when they do not meet. */
function blockerCost(l: LabelInput, rect: Rect, b: Blocker): number {
  switch (b.kind) {
    case 'circle':
      return b.circle.id !== l.id && overlapsCircle(rect, b.circle) ? 1 : 0;
    case 'leader':
      return segmentHitsRect(b.line, rect, 1) ? 2 : 0;
    default:
      return overlapsRect(rect, b.box) ? 2 : 0;
  }
}

/** What every round tests against and never changes: the circles (also in a grid of their own) and the obstacles. */
interface Scene {
  bounds: Rect;
  pad: number;
  region: Region;
  circles: BoxGrid<LabelInput>;
  fixed: readonly { blocker: Blocker; box: Rect }[];
}

/** A query box is grown by this much more than the exact test needs, against rounding. */
const SLACK = 1;

function sceneOf(labels: readonly LabelInput[], bounds: Rect, obstacles: readonly Rect[], pad: number): Scene {
  const region = { x0: bounds.x, y0: bounds.y, x1: bounds.x + bounds.w, y1: bounds.y + bounds.h };
  const circles = createBoxGrid<LabelInput>(region);
  for (const l of labels) circles.insert(l, l.x - l.r, l.y - l.r, l.x + l.r, l.y + l.r);
  const fixed = [
    ...labels.map((l) => ({ blocker: { kind: 'circle', circle: l } as const, box: { x: l.x - l.r, y: l.y - l.r, w: 2 * l.r, h: 2 * l.r } })),
    ...obstacles.map((o) => ({ blocker: { kind: 'obstacle', box: o } as const, box: o })),
  ];
  return { bounds, pad, region, circles, fixed };
}

const insertBox = <T>(grid: BoxGrid<T>, item: T, r: Rect) => grid.insert(item, r.x, r.y, r.x + r.w, r.y + r.h);
const insertSegment = <T>(grid: BoxGrid<T>, item: T, s: Segment) => grid.insert(item, s.x1, s.y1, s.x2, s.y2);
/** Whether `test` holds for an item of `grid` whose box comes within `m` px of `r`. */
const near = <T>(grid: BoxGrid<T>, r: Rect, m: number, test: (item: T) => boolean) => grid.some(r.x - m, r.y - m, r.x + r.w + m, r.y + r.h + m, test);
const nearSegment = <T>(grid: BoxGrid<T>, s: Segment, m: number, test: (item: T) => boolean) =>
  grid.some(Math.min(s.x1, s.x2) - m, Math.min(s.y1, s.y2) - m, Math.max(s.x1, s.x2) + m, Math.max(s.y1, s.y2) + m, test);
/** How far past a spot a blocker's box may lie and still cost (a leader line counts within 1 px). */
const REACH = 1 + SLACK;

/**
 * `prior`: a placement to start from (see adjustLabels). A label that is not kept takes its prior spot when
 * that is still clear, searches afresh when it is not, and stays hidden when it had none.
 */
function placeInOrder(order: readonly LabelInput[], scene: Scene, prior?: ReadonlyMap<string, LabelPlacement | null>): Map<string, LabelPlacement | null> {
  const { bounds, pad, region, circles } = scene;
  const blockers = createBoxGrid<Blocker>(region);
  for (const { blocker, box } of scene.fixed) insertBox(blockers, blocker, box);
  const placed = createBoxGrid<Rect>(region);
  const out = new Map<string, LabelPlacement | null>();
  const inside = (r: Rect) => r.x >= bounds.x && r.y >= bounds.y && r.x + r.w <= bounds.x + bounds.w && r.y + r.h <= bounds.y + bounds.h;
  // The spot meets nothing: no placed label, no leader line, no obstacle, no other circle.
  const clear = (l: LabelInput, rect: Rect) => inside(rect) && !near(blockers, rect, REACH, (b) => blockerCost(l, rect, b) > 0);
  // How bad a spot is, for a kept label that has no clear one.
  const cost = (l: LabelInput, rect: Rect) => {
    let c = inside(rect) ? 0 : 4;
    near(blockers, rect, REACH, (b) => ((c += blockerCost(l, rect, b)), false));
    return c;
  };
  // By a margin: the drawn text's box is a little bigger than the measured one. Only circles whose rim
  // comes within that distance of the box can be as near as its own.
  const nearestIsOwn = (l: LabelInput, rect: Rect) => {
    const own = gapToCircle(rect, l);
    return !near(circles, rect, own + 1 + SLACK, (other) => other.id !== l.id && !(gapToCircle(rect, other) > own + 1));
  };
  // A prior spot beside its circle, or on its leader line, that still passes every test.
  const stillFits = (l: LabelInput, rect: LabelPlacement) =>
    rect.leader ? clear(l, rect) && leaderFits(l, rect as Required<LabelPlacement>, scene, placed) : clear(l, rect) && nearestIsOwn(l, rect);
  // The first spot beside the circle, nearest first, that meets nothing and is nearer its own circle.
  const firstClear = (l: LabelInput) => {
    for (const step of STEPS_OUT) for (const rect of spotsAround(l, pad, step)) if (clear(l, rect) && nearestIsOwn(l, rect)) return rect;
    return null;
  };
  for (const l of order) {
    const before = l.keep ? undefined : prior?.get(l.id);
    if (before === null) {
      out.set(l.id, null);
      continue;
    }
    let chosen = before && stillFits(l, before) ? before : firstClear(l);
    chosen ??= leaderedSpot(l, scene, placed, (rect) => clear(l, rect));
    if (!chosen && l.keep) {
      // Its least bad side beside the circle.
      let bestCost = Infinity;
      for (const side of FOUR_SIDES) {
        const rect = labelRect(l, side, pad);
        const c = cost(l, rect);
        if (c < bestCost) {
          chosen = rect;
          bestCost = c;
        }
      }
    }
    if (chosen) {
      insertBox(placed, chosen, chosen);
      insertBox(blockers, { kind: 'placed', box: chosen }, chosen);
    }
    if (chosen?.leader) insertSegment(blockers, { kind: 'leader', line: chosen.leader }, chosen.leader);
    out.set(l.id, chosen);
  }
  return out;
}

/**
 * A label off in free room, joined to its circle by a leader line: tried in 24 directions, nearest first.
 * The spot must be free (`free`), the line must pass no other circle and no placed label, and the label
 * must lie nearer its line's end than any circle, so the line is what it is read by.
 */
function leaderedSpot(l: LabelInput, scene: Scene, placed: BoxGrid<Rect>, free: (r: Rect) => boolean): LabelPlacement | null {
  for (const length of LEADER_LENGTHS) {
    for (const deg of ANGLES) {
      const spot = leaderSpot(l, length, deg);
      if (free(spot) && leaderFits(l, spot, scene, placed)) return spot;
    }
  }
  return null;
}

/** Whether a leadered spot's line passes no other circle and no placed label, and nothing is nearer the label than its line. */
function leaderFits(l: LabelInput, spot: Required<LabelPlacement>, scene: Scene, placed: BoxGrid<Rect>): boolean {
  const { circles } = scene;
  const m = LEADER_CLEARANCE + SLACK;
  const { leader } = spot;
  if (nearSegment(circles, leader, m, (o) => o.id !== l.id && pointToSegment(o.x, o.y, leader) < o.r + LEADER_CLEARANCE)) return false;
  if (nearSegment(placed, leader, m, (p) => segmentHitsRect(leader, p, LEADER_CLEARANCE))) return false;
  return !near(circles, spot, m, (o) => o.id !== l.id && gapToCircle(spot, o) <= LEADER_CLEARANCE);
}
