import { useMemo, useRef } from 'react';
import { fnv1a } from '../../core/hash';
import { placeLabels, type Circle, type LabelCandidate, type Segment } from '../../core/label-placement';
import type { ZoomTransform } from 'd3-zoom';
import { LABEL_HEIGHT, measureLabel } from './label-measure';
import type { LabelDatum } from './LabelLayer';
import type { NodeDatum } from './NodeLayer';

/**
 * Which names show, and where: the nodes that matter now (hovered, selected, in the open event, ends of the
 * open tie) are always named; then, biggest first, every node whose label finds a free side. While a node
 * is hovered only it, its neighbours and the selection are named, so the eye goes where the pointer is.
 */
const SHAPE_REACH: Record<NodeDatum['type'], number> = { person: 1, organization: 1.3, country: 1.22, unknown: 1 };
/** A country's square, half its side (NodeShape): names keep their distance from its edge. */
const SQUARE_HALF = 0.86;

/** Shorter forms of a name, longest first, each ending in "…": at least four letters are kept. */
export function shortForms(name: string): string[] {
  const out: string[] = [];
  for (const share of [0.75, 0.6, 0.45, 0.33, 0.2]) {
    const n = Math.max(3, Math.round(name.length * share));
    if (n >= name.length - 1) continue;
    const form = `${name.slice(0, n).trimEnd()}…`;
    if (!out.includes(form)) out.push(form);
  }
  return out;
}

/** How many placements are kept for states the graph may come back to. */
const RECENT_PLACEMENTS = 4;

/** FNV-1a over the ties' ends, in their order: which ties the names keep off, in a few characters. */
function tiesHash(ties: readonly { source: string; target: string }[]): string {
  let h = fnv1a('');
  // Each id ends with a NUL, so that "ab","c" and "a","bc" differ.
  for (const t of ties) h = fnv1a(`${t.source}\u0000${t.target}\u0000`, h);
  return `${ties.length}:${h.toString(36)}`;
}

export function useGraphLabels({ nodes, ties, transform, frame, forced, focusSet, fontsReady }: {
  nodes: readonly NodeDatum[];
  /** The drawn ties (layout coordinates): a name is never written across its own node's ties. */
  ties: readonly { source: string; target: string }[];
  transform: ZoomTransform;
  frame: { width: number; height: number };
  forced: ReadonlySet<string>;
  focusSet: ReadonlySet<string> | null;
  fontsReady: boolean;
}): LabelDatum[] {
  // The last few placements, by what they were computed from: nodes re-made for reasons the names do not
  // depend on (keyboard focus, the selection's colour) place nothing again, and neither does going back to a
  // recent state (a click, then a click that clears it).
  const recent = useRef(new Map<string, ReturnType<typeof placeLabels>>());
  return useMemo(() => {
    void fontsReady; // widths are re-measured once the web font is in
    const { k, x: tx, y: ty } = transform;
    // The radius of the circle round each shape (a diamond's tips and a square's corners reach past r).
    const screen = nodes.map((n) => ({ n, x: tx + n.x * k, y: ty + n.y * k, r: n.r * k * SHAPE_REACH[n.type], half: n.type === 'country' ? n.r * k * SQUARE_HALF : undefined }));
    // Faded nodes (filtered out, or outside the hovered neighbourhood) may sit under a name; the others may not.
    const obstacles: Circle[] = screen.filter((s) => s.n.active && (!focusSet || focusSet.has(s.n.id))).map((s) => ({ id: s.n.id, x: s.x, y: s.y, r: s.r, half: s.half }));
    const at = new Map(screen.map((s) => [s.n.id, s]));
    const ownTies = new Map<string, Segment[]>();
    for (const t of ties) {
      const a = at.get(t.source);
      const b = at.get(t.target);
      if (!a || !b) continue;
      for (const [from, to] of [[a, b], [b, a]] as const) {
        const list = ownTies.get(from.n.id) ?? [];
        list.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y });
        ownTies.set(from.n.id, list);
      }
    }
    const byPriority = [...screen].sort((a, b) => rank(a.n) - rank(b.n) || b.n.r - a.n.r || (a.n.id < b.n.id ? -1 : 1));
    const candidates: LabelCandidate[] = [];
    const texts = new Map<string, string>();
    for (const s of byPriority) {
      const isForced = forced.has(s.n.id);
      if (!isForced && (!s.n.active || (focusSet && !focusSet.has(s.n.id)))) continue;
      const strong = isForced;
      const forms = shortForms(s.n.name);
      forms.forEach((f) => texts.set(`${s.n.id}|${forms.indexOf(f) + 1}`, f));
      candidates.push({
        id: s.n.id, x: s.x, y: s.y, r: s.r, half: s.half, width: measureLabel(s.n.name, strong) + 2, height: LABEL_HEIGHT + 2, forced: isForced,
        shorter: forms.map((f) => measureLabel(f, strong) + 2), ties: ownTies.get(s.n.id) ?? [],
      });
    }
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    const key = [
      transform.k, transform.x, transform.y, frame.width, frame.height, tiesHash(ties),
      ...candidates.map((c) => `${c.id}|${c.x}|${c.y}|${c.r}|${c.half}|${c.width}|${c.forced}|${c.shorter}`),
      '|', ...obstacles.map((o) => o.id),
    ].join(' ');
    const cache = recent.current;
    let placed = cache.get(key);
    if (placed) cache.delete(key);
    else placed = placeLabels(candidates, obstacles, frame);
    cache.set(key, placed);
    if (cache.size > RECENT_PLACEMENTS) cache.delete(cache.keys().next().value!);
    return placed.map((p) => {
      const full = names.get(p.id) ?? p.id;
      const text = p.form === 0 ? full : (texts.get(`${p.id}|${p.form}`) ?? full);
      return { id: p.id, x: p.x, y: p.y, anchor: p.anchor, text, full, strong: forced.has(p.id) };
    });

    function rank(n: NodeDatum) {
      if (forced.has(n.id)) return 0;
      if (focusSet?.has(n.id)) return 1;
      return 2;
    }
  }, [nodes, ties, transform, frame, forced, focusSet, fontsReady]);
}
