/**
 * Where the place circles and their labels go on screen: pure geometry in pixels, no DOM, no map (tested in
 * marker-layout.test.ts). The map projects each place; this module sizes the circles, pushes overlapping
 * circles apart (keeping a leader line to the true spot), and picks a side for each label or hides it.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

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

export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

export interface LabelInput extends Point {
  id: string;
  /** The circle's radius: the label stands just outside it. */
  r: number;
  w: number;
  h: number;
  /** Selected or otherwise important labels are always shown, even if they collide. */
  keep: boolean;
}

export interface LabelPlacement extends Rect {
  side: LabelSide;
  /**
   * When no spot beside the circle is nearer it than any other, the label stands off in free room with a
   * line from the circle's rim to the label's nearest point: the name is read along its line.
   */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];
/** How far further out a label may stand when every spot beside its circle is taken (px). */
const STEPS_OUT = [0, 8, 16, 24, 32, 42, 54];

function labelRect(l: LabelInput, side: LabelSide, pad: number, out = 0): LabelPlacement {
  const r = l.r + out;
  const d = r * Math.SQRT1_2 + pad / 2;
  switch (side) {
    case 'right':
      return { side, x: l.x + r + pad, y: l.y - l.h / 2, w: l.w, h: l.h };
    case 'left':
      return { side, x: l.x - r - pad - l.w, y: l.y - l.h / 2, w: l.w, h: l.h };
    case 'above':
      return { side, x: l.x - l.w / 2, y: l.y - r - pad / 2 - l.h, w: l.w, h: l.h };
    case 'below':
      return { side, x: l.x - l.w / 2, y: l.y + r + pad / 2, w: l.w, h: l.h };
    default: {
      const right = side.endsWith('right');
      const below = side.startsWith('below');
      return { side, x: right ? l.x + d : l.x - d - l.w, y: below ? l.y + d : l.y - d - l.h, w: l.w, h: l.h };
    }
  }
}

// Sliding a side's label along it, as a share of its width (above, below) or height (left, right).
const SLIDES = [-0.3, 0.3, -0.45, 0.45];
/** Directions between the sides and corners, every 15° (0 = right, 90 = below). */
const ANGLES = Array.from({ length: 24 }, (_, i) => i * 15 + 7.5);

/**
 * Every spot tried at one distance out, best first: the sides and corners, then the sides slid along, then
 * the directions between them — in a crowded cluster the free room often lies off the eight usual spots.
 */
function spotsAround(l: LabelInput, pad: number, out: number): LabelPlacement[] {
  const spots = SIDES.map((side) => labelRect(l, side, pad, out));
  for (const slide of SLIDES) {
    for (const side of SIDES.slice(0, 4)) {
      const rect = labelRect(l, side, pad, out);
      const along = side === 'left' || side === 'right' ? { y: rect.y + slide * l.h * 2 } : { x: rect.x + slide * l.w };
      spots.push({ ...rect, ...along });
    }
  }
  for (const deg of ANGLES) {
    const dx = Math.cos((deg * Math.PI) / 180);
    const dy = Math.sin((deg * Math.PI) / 180);
    // The box's nearest edge stands `r + out + pad` from the centre in that direction.
    const reach = l.r + out + pad + Math.abs(dx) * (l.w / 2) + Math.abs(dy) * (l.h / 2);
    const side: LabelSide = `${dy > 0 ? 'below' : 'above'}-${dx > 0 ? 'right' : 'left'}`;
    spots.push({ side, x: l.x + dx * reach - l.w / 2, y: l.y + dy * reach - l.h / 2, w: l.w, h: l.h });
  }
  return spots;
}

/** Distance from a rectangle to a circle's rim (0 when they touch or overlap). */
function gapToCircle(r: Rect, c: { x: number; y: number; r: number }): number {
  const dx = Math.max(r.x - c.x, 0, c.x - (r.x + r.w));
  const dy = Math.max(r.y - c.y, 0, c.y - (r.y + r.h));
  return Math.max(0, Math.hypot(dx, dy) - c.r);
}

const overlapsRect = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function overlapsCircle(r: Rect, c: { x: number; y: number; r: number }): boolean {
  const nx = Math.max(r.x, Math.min(c.x, r.x + r.w));
  const ny = Math.max(r.y, Math.min(c.y, r.y + r.h));
  return Math.hypot(c.x - nx, c.y - ny) < c.r;
}

/**
 * Greedy label placement, in the order given (most important first): each label takes the first spot —
 * a side, a corner, then the same a little further out — where it meets no placed label, no other circle,
 * no obstacle (legend, buttons), stays inside `bounds` and lies nearer its own circle than any other (so
 * it is never read as a neighbour's name). A label with nowhere to go there stands off in free room on a
 * leader line (see leaderedSpot); with nowhere at all it is hidden (null) unless it must be
 * kept, in which case it takes its least bad side. When some are hidden, the placement is tried again
 * with those first (after the kept ones), a few times, and the run naming the most places wins.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
  pad = 4,
): Map<string, LabelPlacement | null> {
  let order = labels;
  let best: Map<string, LabelPlacement | null> | null = null;
  const shown = (m: Map<string, LabelPlacement | null>) => [...m.values()].filter(Boolean).length;
  for (let round = 0; round < 4; round++) {
    const run = placeInOrder(order, labels, bounds, obstacles, pad);
    if (!best || shown(run) > shown(best)) best = run;
    if (shown(run) === labels.length) break;
    order = [...order.filter((l) => l.keep), ...order.filter((l) => !l.keep && !run.get(l.id)), ...order.filter((l) => !l.keep && run.get(l.id))];
  }
  return new Map(labels.map((l) => [l.id, best!.get(l.id) ?? null]));
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

/** How far a leadered label may stand from its circle's rim (px), nearest first. */
const LEADER_LENGTHS = [18, 26, 36, 48, 62];
/** Room kept between a leader line and a circle or label it passes. */
const LEADER_CLEARANCE = 2;

/** Distance from a point to a segment. */
function pointToSegment(px: number, py: number, s: { x1: number; y1: number; x2: number; y2: number }): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
}

/** Whether a segment passes through a rectangle grown by `margin` (sampled: leaders are short). */
function segmentHitsRect(s: { x1: number; y1: number; x2: number; y2: number }, r: Rect, margin: number): boolean {
  const steps = Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) / 2);
  for (let i = 0; i <= steps; i++) {
    const x = s.x1 + ((s.x2 - s.x1) * i) / steps;
    const y = s.y1 + ((s.y2 - s.y1) * i) / steps;
    if (x > r.x - margin && x < r.x + r.w + margin && y > r.y - margin && y < r.y + r.h + margin) return true;
  }
  return false;
}

/**
 * A label off in free room, joined to its circle by a leader line: tried in 24 directions, nearest first.
 * The spot must be free (`free`), the line must pass no other circle and no placed label, and the label
 * must lie nearer its line's end than any circle, so the line is what it is read by.
 */
function leaderedSpot(l: LabelInput, labels: readonly LabelInput[], placed: readonly Rect[], free: (r: Rect) => boolean): LabelPlacement | null {
  for (const length of LEADER_LENGTHS) {
    for (const deg of ANGLES) {
      const dx = Math.cos((deg * Math.PI) / 180);
      const dy = Math.sin((deg * Math.PI) / 180);
      // The line ends at the middle of the label's edge facing the circle.
      const ex = l.x + dx * (l.r + length);
      const ey = l.y + dy * (l.r + length);
      const horizontal = Math.abs(dx) >= Math.abs(dy);
      const x = horizontal ? (dx > 0 ? ex : ex - l.w) : ex - l.w / 2;
      const y = horizontal ? ey - l.h / 2 : dy > 0 ? ey : ey - l.h;
      const rect: Rect = { x, y, w: l.w, h: l.h };
      if (!free(rect)) continue;
      const leader = { x1: l.x + dx * l.r, y1: l.y + dy * l.r, x2: ex, y2: ey };
      const others = labels.filter((o) => o.id !== l.id);
      if (others.some((o) => pointToSegment(o.x, o.y, leader) < o.r + LEADER_CLEARANCE)) continue;
      if (placed.some((p) => segmentHitsRect(leader, p, LEADER_CLEARANCE))) continue;
      if (others.some((o) => gapToCircle(rect, o) <= LEADER_CLEARANCE)) continue;
      const side: LabelSide = horizontal ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'below' : 'above';
      return { side, ...rect, leader };
    }
  }
  return null;
}
