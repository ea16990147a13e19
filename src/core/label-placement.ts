/**
 * Greedy label placement for the network: labels are taken in priority order (selected, hovered, biggest
 * first) and each goes to the first free spot around its node — below, right, left, above, then the
 * corners, then the same a little further out. A spot is free when it covers no placed label, no other
 * node, none of its own node's ties, stays in the frame, and lies nearer its own node than any other (so a
 * name is never read as its neighbour's). When no spot fits the whole name, shorter forms (the view
 * ellipsizes them) are tried, longest first. A label with no spot at all is hidden, unless it is forced
 * (the selected or the hovered node always says who it is). Pure geometry in screen pixels: the view
 * measures the text.
 */

import { createBoxGrid, type BoxGrid, type Region } from './box-grid';
import { nameBudget } from './label-budget';

export type LabelSide = 'below' | 'right' | 'left' | 'above' | 'below-right' | 'below-left' | 'above-right' | 'above-left';

export interface LabelCandidate {
  id: string;
  /** Node centre and radius, in screen px. */
  x: number;
  y: number;
  r: number;
  /** A square mark's half side: how near a name stands is measured to its edge, not to the circle round it. */
  half?: number;
  /** Text box size, in px. */
  width: number;
  height: number;
  forced?: boolean;
  /** Widths of shorter forms of the name (ellipsized), longest first: tried when the whole name fits nowhere. */
  shorter?: readonly number[];
  /** The node's own ties, from its centre outwards: its name is never written across them. */
  ties?: readonly Segment[];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
  /** A square mark's half side (see LabelCandidate). */
  half?: number;
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  /** Where the text goes: its anchor point, vertically centred. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Which form of the name fits: 0 the whole name, i the (i)th of `shorter`. */
  form: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// The four sides first, then the corners, which let a node in a crowded centre still be named; then all of
// them again one step further out. Never over the node itself: the name would hide its own mark and ties.
export const SIDES: readonly LabelSide[] = ['below', 'right', 'left', 'above', 'below-right', 'below-left', 'above-right', 'above-left'];
export const STEP_OUT = [0, 6, 12, 20, 30];
// Sliding a label along its side, as a share of its length (below/above) or height (left/right).
export const SLIDES = [0, -0.3, 0.3, -0.45, 0.45];
// How far along the diagonal a corner label starts: just outside the circle.
const DIAG = Math.SQRT1_2;
const GAP = 3;
export const NEAR_MARGIN = 2;

export function boxFor(c: LabelCandidate, side: LabelSide, w = c.width, out = 0, slide = 0): { box: Box; label: Omit<PlacedLabel, 'id' | 'form'> } {
  const { height: h } = c;
  const r = c.r + out;
  const vertical = side === 'below' || side === 'above';
  const horizontal = side === 'left' || side === 'right';
  const x = c.x + (vertical ? slide * w : 0);
  const y = c.y + (horizontal ? slide * h * 2 : 0);
  switch (side) {
    case 'below':
      return { box: { x0: x - w / 2, y0: y + r + GAP, x1: x + w / 2, y1: y + r + GAP + h }, label: { side, x, y: y + r + GAP + h / 2, anchor: 'middle' } };
    case 'above':
      return { box: { x0: x - w / 2, y0: y - r - GAP - h, x1: x + w / 2, y1: y - r - GAP }, label: { side, x, y: y - r - GAP - h / 2, anchor: 'middle' } };
    case 'right':
      return { box: { x0: x + r + GAP, y0: y - h / 2, x1: x + r + GAP + w, y1: y + h / 2 }, label: { side, x: x + r + GAP, y, anchor: 'start' } };
    case 'left':
      return { box: { x0: x - r - GAP - w, y0: y - h / 2, x1: x - r - GAP, y1: y + h / 2 }, label: { side, x: x - r - GAP, y, anchor: 'end' } };
    default: {
      // Corners: the text box touches the circle's 45° point on the named side.
      const right = side.endsWith('right');
      const below = side.startsWith('below');
      const cx = x + (right ? 1 : -1) * (r * DIAG + GAP);
      const cy = y + (below ? 1 : -1) * (r * DIAG + GAP);
      const x0 = right ? cx : cx - w;
      const y0 = below ? cy : cy - h;
      return { box: { x0, y0, x1: x0 + w, y1: y0 + h }, label: { side, x: right ? x0 : x0 + w, y: y0 + h / 2, anchor: right ? 'start' : 'end' } };
    }
  }
}

/** Directions between the sides and corners, every 15° (0 = right, 90 = below): room between a hub's ties. */
export const EXTRA_ANGLES = Array.from({ length: 24 }, (_, i) => i * 15 + 7.5);

/** A box whose nearest edge lies `r + GAP` from the centre in direction `deg`, text centred in it. */
export function boxAt(c: LabelCandidate, deg: number, w: number, out: number): { box: Box; label: Omit<PlacedLabel, 'id' | 'form'> } {
  const dx = Math.cos((deg * Math.PI) / 180);
  const dy = Math.sin((deg * Math.PI) / 180);
  const reach = c.r + out + GAP + Math.abs(dx) * (w / 2) + Math.abs(dy) * (c.height / 2);
  const cx = c.x + dx * reach;
  const cy = c.y + dy * reach;
  const side: LabelSide = `${dy > 0 ? 'below' : 'above'}-${dx > 0 ? 'right' : 'left'}`;
  return { box: { x0: cx - w / 2, y0: cy - c.height / 2, x1: cx + w / 2, y1: cy + c.height / 2 }, label: { side, x: cx, y: cy, anchor: 'middle' } };
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function hitsCircle(b: Box, c: Circle): boolean {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.r * c.r;
}

/** Whether a segment crosses a box (or lies in it): Liang–Barsky clipping. */
export function crossesBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const clip = { t0: 0, t1: 1 };
  return clipEdge(clip, -dx, s.x1 - b.x0) && clipEdge(clip, dx, b.x1 - s.x1) && clipEdge(clip, -dy, s.y1 - b.y0) && clipEdge(clip, dy, b.y1 - s.y1);
}

/** One edge of Liang–Barsky: narrows [t0, t1]; false when the segment misses the box. */
function clipEdge(clip: { t0: number; t1: number }, p: number, q: number): boolean {
  if (p === 0) return !(q < 0);
  const t = q / p;
  if (p < 0) clip.t0 = Math.max(clip.t0, t);
  else clip.t1 = Math.min(clip.t1, t);
  return !(clip.t0 > clip.t1);
}

/** Distance from a box to a circle's rim, or to a square's edge (0 when they touch or overlap). */
export function gapTo(b: Box, c: { x: number; y: number; r: number; half?: number }): number {
  const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
  const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
  if (c.half !== undefined) return Math.hypot(Math.max(0, dx - c.half), Math.max(0, dy - c.half));
  return Math.max(0, Math.hypot(dx, dy) - c.r);
}

/**
 * How much work a placement may do (see marker-layout's PlacementLimits). Up to SMALL_SET names: eight
 * rounds, every name, every distance out. Beyond: one round over the names that could cover a third of the
 * frame (forced ones aside), each tried only at the first `steps` distances — in a crowded graph a name
 * further out was hardly ever placed, and the failed tries were most of the time.
 */
export interface PlacementLimits {
  rounds: number;
  budget: number;
  steps: number;
}

const SMALL_SET = 80;

export function placementLimits(candidates: readonly LabelCandidate[], frame?: { width: number; height: number }): PlacementLimits {
  if (candidates.length <= SMALL_SET || !frame) return { rounds: 8, budget: Infinity, steps: STEP_OUT.length };
  const areas = candidates.filter((c) => !c.forced).map((c) => c.width * c.height);
  return { rounds: 1, budget: nameBudget(areas, frame.width * frame.height), steps: 3 };
}

/**
 * Places the labels greedily; when some find no spot, tries again with those first (after the forced ones),
 * a few times, and keeps the run that names the most nodes. Each spot is tested only against the placed
 * names and the nodes near it (a grid over them), so the cost grows with the number of nodes, not its square.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Circle[],
  frame?: { width: number; height: number },
  limits: PlacementLimits = placementLimits(candidates, frame),
): PlacedLabel[] {
  const nodes = obstacleGrid(candidates, obstacles, frame);
  let budget = limits.budget;
  const tried = candidates.filter((c) => c.forced || budget-- > 0);
  const steps = STEP_OUT.slice(0, limits.steps);
  return bestOfRounds(candidates, tried, limits.rounds, (order) => placeInOrder(order, nodes, frame, steps));
}

/**
 * Runs `placeOnce` on `tried` up to `rounds` times, each time with the names the run missed moved up (after the
 * forced ones), and keeps the run that names the most, back in the candidates' order. Shared with the plain
 * scan the placer is tested against (label-placement.reference.test.ts).
 */
export function bestOfRounds(
  candidates: readonly LabelCandidate[],
  tried: readonly LabelCandidate[],
  rounds: number,
  placeOnce: (order: readonly LabelCandidate[]) => PlacedLabel[],
): PlacedLabel[] {
  let order = tried;
  let best: PlacedLabel[] = [];
  for (let round = 0; round < rounds; round++) {
    const run = placeOnce(order);
    if (run.length > best.length) best = run;
    if (run.length === tried.length) break;
    const named = new Set(run.map((p) => p.id));
    const missed = order.filter((c) => !named.has(c.id));
    order = [...order.filter((c) => c.forced), ...missed, ...order.filter((c) => !c.forced && named.has(c.id))];
  }
  // Back in the given order, as callers expect.
  const rank = new Map(candidates.map((c, i) => [c.id, i]));
  return best.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/** A query box is grown by this much more than the exact test needs, against rounding. */
const SLACK = 1;

/** The region the grids cover: the frame, or else where the nodes are (only a matter of speed). */
function regionOf(candidates: readonly LabelCandidate[], obstacles: readonly Circle[], frame?: { width: number; height: number }): Region {
  if (frame) return { x0: 0, y0: 0, x1: frame.width, y1: frame.height };
  const xs = [...candidates, ...obstacles].map((c) => c.x).filter(Number.isFinite);
  const ys = [...candidates, ...obstacles].map((c) => c.y).filter(Number.isFinite);
  return xs.length ? { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } : { x0: 0, y0: 0, x1: 0, y1: 0 };
}

interface Nodes {
  region: Region;
  grid: BoxGrid<Circle>;
}

/** The nodes a name must keep off, each filed by the square round its circle (or its square mark). */
function obstacleGrid(candidates: readonly LabelCandidate[], obstacles: readonly Circle[], frame?: { width: number; height: number }): Nodes {
  const region = regionOf(candidates, obstacles, frame);
  const grid = createBoxGrid<Circle>(region);
  for (const o of obstacles) {
    const e = Math.max(o.r, o.half ?? 0, 0);
    grid.insert(o, o.x - e, o.y - e, o.x + e, o.y + e);
  }
  return { region, grid };
}

/** How many spots are tried per form and distance: every side slid along, then the directions between. */
const SPOTS = SIDES.length * SLIDES.length + EXTRA_ANGLES.length;

/** The `k`th spot tried for a name of width `w`, `out` px further out (best first). */
function spotFor(c: LabelCandidate, w: number, out: number, k: number) {
  if (k >= SIDES.length * SLIDES.length) return boxAt(c, EXTRA_ANGLES[k - SIDES.length * SLIDES.length]!, w, out);
  return boxFor(c, SIDES[Math.floor(k / SLIDES.length)]!, w, out, SLIDES[k % SLIDES.length]);
}

type Option = ReturnType<typeof boxFor> & { form: number };

function placeInOrder(candidates: readonly LabelCandidate[], nodes: Nodes, frame: { width: number; height: number } | undefined, steps: readonly number[]): PlacedLabel[] {
  const placed = createBoxGrid<Box>(nodes.region);
  const out: PlacedLabel[] = [];
  const inFrame = (b: Box) => !frame || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height);
  // Free of the placed names and the other nodes (by the grids), inside the frame; its own ties aside.
  const free = (c: LabelCandidate, b: Box) => {
    if (!inFrame(b) || placed.some(b.x0 - SLACK, b.y0 - SLACK, b.x1 + SLACK, b.y1 + SLACK, (p) => overlaps(p, b))) return false;
    const own = gapTo(b, c);
    // Nearer its own node than any other, by a margin (the drawn text is a little taller than its box):
    // only nodes whose edge comes that near the box can fail it.
    const m = own + NEAR_MARGIN + SLACK;
    return !nodes.grid.some(b.x0 - m, b.y0 - m, b.x1 + m, b.y1 + m, (o) => o.id !== c.id && (hitsCircle(b, o) || gapTo(b, o) <= own + NEAR_MARGIN));
  };
  for (const c of candidates) {
    let chosen: Option | null = null;
    // If no spot is clear of its own ties, the first free one anyway (a hub whose ties go every way
    // crosses one): the same spots in the same order, so it is noted on the way.
    let crossing: Option | null = null;
    const widths = [c.width, ...(c.shorter ?? [])];
    search: for (let form = 0; form < widths.length; form++) {
      for (const step of steps) {
        for (let k = 0; k < SPOTS; k++) {
          const option = spotFor(c, widths[form]!, step, k);
          if (!free(c, option.box)) continue;
          if (!c.ties?.some((t) => crossesBox(t, option.box))) {
            chosen = { ...option, form };
            break search;
          }
          crossing ??= { ...option, form };
        }
      }
    }
    chosen ??= crossing;
    // A forced label ignores collisions but still prefers a side that stays in the frame.
    if (!chosen && c.forced) chosen = { ...(SIDES.map((side) => boxFor(c, side)).find((o) => inFrame(o.box)) ?? boxFor(c, 'below')), form: 0 };
    if (!chosen) continue;
    placed.insert(chosen.box, chosen.box.x0, chosen.box.y0, chosen.box.x1, chosen.box.y1);
    out.push({ id: c.id, ...chosen.label, form: chosen.form });
  }
  return out;
}
