/**
 * Greedy label placement for the network: labels are taken in priority order (selected, hovered, biggest
 * first) and each goes to the first free side of its node — below, right, left, above, else (hubs only)
 * over the node itself. A label that would cover another label, another node or leave the frame is
 * hidden, unless it is forced (the selected or the hovered node always says who it is). Pure geometry in
 * screen pixels: the view measures the text.
 */

export type LabelSide = 'below' | 'right' | 'left' | 'above' | 'below-right' | 'below-left' | 'above-right' | 'above-left' | 'over';

export interface LabelCandidate {
  id: string;
  /** Node centre and radius, in screen px. */
  x: number;
  y: number;
  r: number;
  /** Text box size, in px. */
  width: number;
  height: number;
  forced?: boolean;
  /** A hub: big enough for its name to be written over it (even where that covers a neighbour's rim). */
  hub?: boolean;
}

export interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  /** Where the text goes: its anchor point, vertically centred. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// The four sides first; then, for hubs only, 'over' (on the node itself, legible thanks to the halo), so a
// big node's name stays on it rather than wandering into its neighbours' space; then the corners, which
// let a smaller node in a crowded centre still be named.
const SIDES: readonly LabelSide[] = ['below', 'right', 'left', 'above', 'over', 'below-right', 'below-left', 'above-right', 'above-left'];
// How far along the diagonal a corner label starts: just outside the circle.
const DIAG = Math.SQRT1_2;
const GAP = 3;

function boxFor(c: LabelCandidate, side: LabelSide): { box: Box; label: Omit<PlacedLabel, 'id'> } {
  const { x, y, r, width: w, height: h } = c;
  switch (side) {
    case 'below':
      return { box: { x0: x - w / 2, y0: y + r + GAP, x1: x + w / 2, y1: y + r + GAP + h }, label: { side, x, y: y + r + GAP + h / 2, anchor: 'middle' } };
    case 'above':
      return { box: { x0: x - w / 2, y0: y - r - GAP - h, x1: x + w / 2, y1: y - r - GAP }, label: { side, x, y: y - r - GAP - h / 2, anchor: 'middle' } };
    case 'right':
      return { box: { x0: x + r + GAP, y0: y - h / 2, x1: x + r + GAP + w, y1: y + h / 2 }, label: { side, x: x + r + GAP, y, anchor: 'start' } };
    case 'over':
      return { box: { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 }, label: { side, x, y, anchor: 'middle' } };
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

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function hitsCircle(b: Box, c: Circle): boolean {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.r * c.r;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Circle[],
  frame?: { width: number; height: number },
): PlacedLabel[] {
  const placed: Box[] = [];
  const out: PlacedLabel[] = [];
  const inFrame = (b: Box) => !frame || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height);
  for (const c of candidates) {
    let chosen: ReturnType<typeof boxFor> | null = null;
    for (const side of SIDES) {
      const option = boxFor(c, side);
      if (!inFrame(option.box)) continue;
      if (placed.some((p) => overlaps(p, option.box))) continue;
      // A hub's name over the hub may cover a neighbour's rim (the halo keeps both readable), so crowded
      // hubs — placed first, being the biggest — still get named.
      if (side === 'over' && !c.hub) continue;
      if (side !== 'over' && obstacles.some((o) => o.id !== c.id && hitsCircle(option.box, o))) continue;
      chosen = option;
      break;
    }
    // A forced label ignores collisions but still prefers a side that stays in the frame.
    if (!chosen && c.forced) chosen = SIDES.map((side) => boxFor(c, side)).find((o) => inFrame(o.box)) ?? boxFor(c, 'below');
    if (!chosen) continue;
    placed.push(chosen.box);
    out.push({ id: c.id, ...chosen.label });
  }
  return out;
}
