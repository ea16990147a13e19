import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { fnv1a } from './hash';

/**
 * The actor network's layout: a d3-force simulation run synchronously for a fixed number of ticks from
 * seeded, id-ordered starting positions, then fitted to the viewport. Same nodes, links and viewport ⇒ the
 * very same positions, on every load (CONTRACT §4, reduced motion). The simulation works on copies it makes
 * here, never on the caller's objects (d3-force mutates its nodes and links).
 */

export interface LayoutNode {
  id: string;
  /** The largest radius the node can be drawn with, in px: collisions keep this much room. */
  radius: number;
  /**
   * How much the node matters (its events): beyond `coreLimit` nodes the heaviest are simulated. Default its
   * radius — but radii have a floor, so at scale hundreds of nodes share the smallest and only this tells them apart.
   */
  weight?: number;
}

export interface LayoutLink {
  source: string;
  target: string;
  /** Shared events: heavier ties pull their ends closer. */
  weight: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Room kept free at each edge (for the legend, the buttons, labels under the lowest nodes). */
  padding?: Partial<Padding>;
  /** Default `defaultTicks(nodes)`: 300 up to 400 nodes, fewer beyond (the cooling is fitted to the count). */
  ticks?: number;
  seed?: number;
  /** Extra collision room around each node so that labels have somewhere to go. Default 6 px. */
  labelRoom?: number;
  /** A small graph is spread out to use the viewport, but not beyond this factor. Default 1.8. */
  maxScale?: number;
  /** Beyond this many nodes only the largest are simulated and the rest placed by their ties (below). Default `CORE_LIMIT`. */
  coreLimit?: number;
}

/**
 * The most nodes simulated with every force. A dataset with thousands of actors draws at most a few hundred
 * at a time (the busiest, unless a filter brings others forward): the `coreLimit` largest get the full
 * simulation; each of the others is then put beside the nodes it is tied to, which costs next to nothing
 * where simulating them all took seconds (3,000 actors). Graphs up to this size are laid out as before.
 */
export const CORE_LIMIT = 400;

export interface Point {
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  x: number;
  y: number;
}

type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

/**
 * A linear congruential generator (the constants d3-force uses itself): a deterministic `Math.random`
 * for `simulation.randomSource`, which d3 consults to break ties between coincident nodes.
 */
export function seededLcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Ticks for a graph of n nodes: 300 (d3's own default run) up to 400 nodes; beyond that fewer, so that a
 * dataset with thousands of actors still lays out in about a second. Still a pure function of the data.
 */
export function defaultTicks(n: number): number {
  return n <= 400 ? 300 : Math.max(80, Math.round(300 * Math.sqrt(400 / n)));
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function computeNetworkLayout(nodesIn: readonly LayoutNode[], linksIn: readonly LayoutLink[], options: LayoutOptions): Map<string, Point> {
  const width = Math.max(1, options.width);
  const height = Math.max(1, options.height);
  const pad: Padding = { top: 8, right: 8, bottom: 8, left: 8, ...options.padding };
  const limit = options.coreLimit ?? CORE_LIMIT;
  const labelRoom = options.labelRoom ?? 6;
  const maxScale = options.maxScale ?? 1.8;
  const box = {
    x0: pad.left,
    y0: pad.top,
    x1: Math.max(pad.left + 1, width - pad.right),
    y1: Math.max(pad.top + 1, height - pad.bottom),
  };
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const boxW = box.x1 - box.x0;
  const boxH = box.y1 - box.y0;

  // Copies, in id order, on a sunflower spiral: the start never depends on the input's order.
  const all = [...nodesIn].sort(byId);
  const weight = (n: LayoutNode) => n.weight ?? n.radius;
  const core = all.length > limit ? new Set([...all].sort((a, b) => weight(b) - weight(a) || b.radius - a.radius || byId(a, b)).slice(0, limit).map((n) => n.id)) : null;
  const sorted = core ? all.filter((n) => core.has(n.id)) : all;
  const ticks = Math.max(1, Math.round(options.ticks ?? defaultTicks(sorted.length)));
  const unit = Math.min(200, Math.max(20, Math.sqrt((boxW * boxH) / Math.max(1, sorted.length))));
  const nodes: SimNode[] = sorted.map((n, i) => {
    const rho = unit * 0.5 * Math.sqrt(i + 0.5);
    return { id: n.id, r: Math.max(0, n.radius), x: cx + rho * Math.cos(i * GOLDEN_ANGLE), y: cy + rho * Math.sin(i * GOLDEN_ANGLE) };
  });
  const out = new Map<string, Point>();
  if (nodes.length === 0) return out;
  if (nodes.length === 1) {
    out.set(nodes[0]!.id, { x: round1(cx), y: round1(cy) });
    return out;
  }

  const known = new Set(nodes.map((n) => n.id));
  const links: SimLink[] = linksIn
    .filter((l) => l.source !== l.target && known.has(l.source) && known.has(l.target))
    .map((l) => ({ source: l.source, target: l.target, weight: Math.max(1, l.weight) }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const radius = new Map(nodes.map((n) => [n.id, n.r]));
  const degree = new Map<string, number>();
  for (const l of links) {
    degree.set(String(l.source), (degree.get(String(l.source)) ?? 0) + 1);
    degree.set(String(l.target), (degree.get(String(l.target)) ?? 0) + 1);
  }
  const endRadius = (end: SimLink['source']) => (typeof end === 'object' ? end.r : (radius.get(String(end)) ?? 0));

  // Forces scale with the room each node gets (`unit`), so a small panel and a large one look alike.
  // Hubs push harder (charge grows with √degree) to clear room around them for their many neighbours.
  // The centring pull is stronger across the short side, so the cloud takes the viewport's shape.
  const aspect = boxW / boxH;
  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(seededLcg(options.seed ?? 42))
    // Cool from alpha 1 to d3's alphaMin (0.001) over exactly `ticks` ticks.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        .distance((l) => endRadius(l.source) + endRadius(l.target) + (unit * 0.45) / Math.sqrt(l.weight)),
    )
    .force('charge', forceManyBody<SimNode>().strength((d) => -0.02 * unit * unit * Math.sqrt(1 + (degree.get(d.id) ?? 0)) / 2).distanceMax(unit * 5))
    .force('collide', forceCollide<SimNode>((d) => d.r + labelRoom).strength(0.9).iterations(2))
    .force('x', forceX<SimNode>(cx).strength(0.05 / Math.sqrt(aspect)))
    .force('y', forceY<SimNode>(cy).strength(0.05 * Math.sqrt(aspect)))
    .stop();

  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    // Walls: nodes stay inside the padded box while the forces work, instead of being squeezed in afterwards.
    // Not for a large graph: its crowd pressed against the walls drew rows along the panel's edges; it is
    // drawn into an oval afterwards instead (`intoOval`).
    if (core) continue;
    for (const n of nodes) {
      n.x = Math.min(box.x1 - n.r, Math.max(box.x0 + n.r, n.x));
      n.y = Math.min(box.y1 - n.r, Math.max(box.y0 + n.r, n.y));
    }
  }

  const placed = core ? [...nodes, ...placeTail(all.filter((n) => !core.has(n.id)), nodes, linksIn, unit)] : nodes;
  if (core) intoOval(placed, nodes.length, box);
  fitToBox(placed, box, maxScale);
  for (const n of placed.sort(byId)) out.set(n.id, { x: round1(n.x), y: round1(n.y) });
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The nodes left out of the simulation, in id order: each beside the simulated node it shares most events
 * with, on a sunflower spiral round it (the k-th of that node's followers at k·golden angle, further out
 * as k grows), so a small actor sits next to the one it is known with and two never share a spot. A node
 * tied to no simulated one goes on a wide spiral round the middle. No simulation: at thousands of small
 * nodes in one panel even a few ticks of collision cost seconds, and these nodes are drawn only when a
 * filter brings them forward. Deterministic like the rest (links are read in a sorted order).
 */
function placeTail(tailIn: readonly LayoutNode[], core: readonly SimNode[], links: readonly LayoutLink[], unit: number): SimNode[] {
  const at = new Map(core.map((n) => [n.id, n]));
  const anchor = new Map<string, { node: SimNode; weight: number }>();
  const consider = (id: string, other: SimNode, weight: number) => {
    const best = anchor.get(id);
    if (!best || weight > best.weight || (weight === best.weight && other.id < best.node.id)) anchor.set(id, { node: other, weight });
  };
  for (const l of links) {
    const s = at.get(l.source);
    const t = at.get(l.target);
    if (s && !t) consider(l.target, s, l.weight);
    else if (t && !s) consider(l.source, t, l.weight);
  }
  let cx = 0;
  let cy = 0;
  for (const n of core) {
    cx += n.x / core.length;
    cy += n.y / core.length;
  }
  const total = new Map<string, number>();
  for (const n of tailIn) {
    const key = anchor.get(n.id)?.node.id ?? '';
    total.set(key, (total.get(key) ?? 0) + 1);
  }
  const followers = new Map<string, number>();
  return tailIn.map((n) => {
    const r = Math.max(0, n.radius);
    const a = anchor.get(n.id)?.node;
    const key = a?.id ?? '';
    const k = followers.get(key) ?? 0;
    followers.set(key, k + 1);
    // Rings of followers about 2.6 radii apart, the first just off its anchor's rim; a hub with hundreds of
    // followers packs them closer, within about a node's room (`unit`) of itself (unconnected ones: twice).
    const reach = (a ? 1 : 2) * unit;
    const step = Math.min(2.6 * Math.max(r, 2), reach / Math.sqrt(total.get(key)!));
    const rho = (a ? a.r + r + 4 : 0) + step * Math.sqrt(k + 0.5);
    const angle = k * GOLDEN_ANGLE + (a ? hashAngle(a.id) : 0);
    return { id: n.id, r, x: (a?.x ?? cx) + rho * Math.cos(angle), y: (a?.y ?? cy) + rho * Math.sin(angle) };
  });
}

/** A fixed angle per id, so the spirals round different anchors do not all start on the same side. */
function hashAngle(id: string): number {
  return (fnv1a(id) / 4294967296) * 2 * Math.PI;
}

/** The oval's power: 2 an ellipse, higher ever closer to the box's rectangle. */
const OVAL_POWER = 3;

/**
 * Draws a large graph into the (squarish) oval that fits the box: distances from the middle are measured in the
 * box's proportions and scaled so most nodes keep their place; the farthest few are brought in smoothly
 * towards the rim instead of being cut off in rows along the edges. Then `fitToBox` uses the room.
 */
function intoOval(nodes: SimNode[], simulated: number, box: { x0: number; y0: number; x1: number; y1: number }) {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  let mx = 0;
  let my = 0;
  for (const n of nodes.slice(0, simulated)) {
    mx += n.x / simulated;
    my += n.y / simulated;
  }
  const hx = Math.max(1, (box.x1 - box.x0) / 2);
  const hy = Math.max(1, (box.y1 - box.y0) / 2);
  // A squarish oval (a superellipse): it leaves the box's corners some room, for nodes and names alike.
  const dist = nodes.map((n) => (Math.abs((n.x - mx) / hx) ** OVAL_POWER + Math.abs((n.y - my) / hy) ** OVAL_POWER) ** (1 / OVAL_POWER));
  // The reach of nine simulated nodes in ten sets the scale (they are the ones drawn unfiltered): a few far
  // outliers, or the followers round the rim, do not shrink everyone else.
  const core = dist.slice(0, simulated).sort((a, b) => a - b);
  const reach = Math.max(1e-9, core[Math.floor(0.9 * (core.length - 1))]!);
  const KNEE = 0.75;
  nodes.forEach((n, i) => {
    const d = dist[i]! / reach;
    if (d < 1e-9) {
      n.x = cx;
      n.y = cy;
      return;
    }
    // Unchanged up to the knee, then eased so that no distance passes 1 (the rim).
    const eased = d <= KNEE ? d : KNEE + (1 - KNEE) * Math.tanh((d - KNEE) / (1 - KNEE));
    const f = (eased * 0.97) / dist[i]!;
    n.x = cx + (n.x - mx) * f;
    n.y = cy + (n.y - my) * f;
  });
}

/** Scales the centres about the box's middle so the layout uses the box, every node (with its radius) inside. */
function fitToBox(nodes: SimNode[], box: { x0: number; y0: number; x1: number; y1: number }, maxScale: number) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const mx = (minX + maxX) / 2;
  const my = (minY + maxY) / 2;
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  let scale = maxScale;
  for (const n of nodes) {
    const dx = Math.abs(n.x - mx);
    const dy = Math.abs(n.y - my);
    if (dx > 1e-9) scale = Math.min(scale, Math.max(0, (box.x1 - box.x0) / 2 - n.r) / dx);
    if (dy > 1e-9) scale = Math.min(scale, Math.max(0, (box.y1 - box.y0) / 2 - n.r) / dy);
  }
  for (const n of nodes) {
    n.x = cx + (n.x - mx) * scale;
    n.y = cy + (n.y - my) * scale;
  }
}
