/**
 * The geometry of a place's label on the map: the spots tried around its circle, and the tests a spot must
 * pass (overlap, distance to a circle, a leader line through a box). Pure, in screen pixels; the search that
 * uses them is placeLabels in marker-layout.ts.
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

export const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];
/** How far further out a label may stand when every spot beside its circle is taken (px). */
export const STEPS_OUT = [0, 8, 16, 24, 32, 42, 54];

export function labelRect(l: LabelInput, side: LabelSide, pad: number, out = 0): LabelPlacement {
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
export const ANGLES = Array.from({ length: 24 }, (_, i) => i * 15 + 7.5);
const DIRECTIONS = ANGLES.map((deg) => {
  const dx = Math.cos((deg * Math.PI) / 180);
  const dy = Math.sin((deg * Math.PI) / 180);
  return { dx, dy, side: `${dy > 0 ? 'below' : 'above'}-${dx > 0 ? 'right' : 'left'}` as LabelSide };
});
/** The four sides proper, without the corners. */
export const FOUR_SIDES = SIDES.slice(0, 4);

/**
 * Every spot tried at one distance out, best first: the sides and corners, then the sides slid along, then
 * the directions between them — in a crowded cluster the free room often lies off the eight usual spots.
 */
export function spotsAround(l: LabelInput, pad: number, out: number): LabelPlacement[] {
  const spots = SIDES.map((side) => labelRect(l, side, pad, out));
  for (const slide of SLIDES) {
    for (const side of FOUR_SIDES) {
      const rect = labelRect(l, side, pad, out);
      if (side === 'left' || side === 'right') rect.y = rect.y + slide * l.h * 2;
      else rect.x = rect.x + slide * l.w;
      spots.push(rect);
    }
  }
  for (const { dx, dy, side } of DIRECTIONS) {
    // The box's nearest edge stands `r + out + pad` from the centre in that direction.
    const reach = l.r + out + pad + Math.abs(dx) * (l.w / 2) + Math.abs(dy) * (l.h / 2);
    spots.push({ side, x: l.x + dx * reach - l.w / 2, y: l.y + dy * reach - l.h / 2, w: l.w, h: l.h });
  }
  return spots;
}

/** Distance from a rectangle to a circle's rim (0 when they touch or overlap). */
export function gapToCircle(r: Rect, c: { x: number; y: number; r: number }): number {
  const dx = Math.max(r.x - c.x, 0, c.x - (r.x + r.w));
  const dy = Math.max(r.y - c.y, 0, c.y - (r.y + r.h));
  return Math.max(0, Math.hypot(dx, dy) - c.r);
}

export const overlapsRect = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function overlapsCircle(r: Rect, c: { x: number; y: number; r: number }): boolean {
  const nx = Math.max(r.x, Math.min(c.x, r.x + r.w));
  const ny = Math.max(r.y, Math.min(c.y, r.y + r.h));
  return Math.hypot(c.x - nx, c.y - ny) < c.r;
}

/** How far a leadered label may stand from its circle's rim (px), nearest first. */
export const LEADER_LENGTHS = [18, 26, 36, 48, 62];
/** Room kept between a leader line and a circle or label it passes. */
export const LEADER_CLEARANCE = 2;

/** Distance from a point to a segment. */
export function pointToSegment(px: number, py: number, s: { x1: number; y1: number; x2: number; y2: number }): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
}

/** Whether a segment passes through a rectangle grown by `margin` (sampled: leaders are short). */
export function segmentHitsRect(s: { x1: number; y1: number; x2: number; y2: number }, r: Rect, margin: number): boolean {
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

/**
 * A leadered label's spot: `length` px out from the rim in direction `deg`, the line ending at the middle of
 * the label's edge facing the circle.
 */
export function leaderSpot(l: LabelInput, length: number, deg: number): Required<LabelPlacement> {
  const dx = Math.cos((deg * Math.PI) / 180);
  const dy = Math.sin((deg * Math.PI) / 180);
  const ex = l.x + dx * (l.r + length);
  const ey = l.y + dy * (l.r + length);
  const horizontal = Math.abs(dx) >= Math.abs(dy);
  const x = horizontal ? (dx > 0 ? ex : ex - l.w) : ex - l.w / 2;
  const y = horizontal ? ey - l.h / 2 : dy > 0 ? ey : ey - l.h;
  const side: LabelSide = horizontal ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'below' : 'above';
  return { side, x, y, w: l.w, h: l.h, leader: { x1: l.x + dx * l.r, y1: l.y + dy * l.r, x2: ex, y2: ey } };
}
