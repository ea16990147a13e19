import { useMemo } from 'react';
import { placeLabels, type Circle, type LabelCandidate } from '../../core/label-placement';
import type { ZoomTransform } from 'd3-zoom';
import { LABEL_HEIGHT, measureLabel } from './label-measure';
import type { LabelDatum } from './LabelLayer';
import type { NodeDatum } from './NodeLayer';

/**
 * Which names show, and where: the nodes that matter now (hovered, selected, in the open event, ends of the
 * open tie) are always named; then, biggest first, every node whose label finds a free side. While a node
 * is hovered only it, its neighbours and the selection are named, so the eye goes where the pointer is.
 */
/** A name may be written over a node only if the node is big on screen and not dwarfed by the name. */
const isHub = (r: number, labelWidth: number) => r >= 9 && 2 * r >= labelWidth / 3;

export function useGraphLabels({ nodes, transform, frame, forced, focusSet, fontsReady }: {
  nodes: readonly NodeDatum[];
  transform: ZoomTransform;
  frame: { width: number; height: number };
  forced: ReadonlySet<string>;
  focusSet: ReadonlySet<string> | null;
  fontsReady: boolean;
}): LabelDatum[] {
  return useMemo(() => {
    void fontsReady; // widths are re-measured once the web font is in
    const { k, x: tx, y: ty } = transform;
    const screen = nodes.map((n) => ({ n, x: tx + n.x * k, y: ty + n.y * k, r: n.r * k }));
    // Faded nodes (filtered out, or outside the hovered neighbourhood) may sit under a name; the others may not.
    const obstacles: Circle[] = screen.filter((s) => s.n.active && (!focusSet || focusSet.has(s.n.id))).map((s) => ({ id: s.n.id, x: s.x, y: s.y, r: s.r }));
    const byPriority = [...screen].sort((a, b) => rank(a.n) - rank(b.n) || b.n.r - a.n.r || (a.n.id < b.n.id ? -1 : 1));
    const candidates: LabelCandidate[] = [];
    for (const s of byPriority) {
      const isForced = forced.has(s.n.id);
      if (!isForced && (!s.n.active || (focusSet && !focusSet.has(s.n.id)))) continue;
      const strong = isForced;
      const width = measureLabel(s.n.name, strong) + 2;
      candidates.push({ id: s.n.id, x: s.x, y: s.y, r: s.r, width, height: LABEL_HEIGHT, forced: isForced, hub: isHub(s.r, width) });
    }
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    return placeLabels(candidates, obstacles, frame).map((p) => ({ ...p, text: names.get(p.id) ?? p.id, strong: forced.has(p.id) }));

    function rank(n: NodeDatum) {
      if (forced.has(n.id)) return 0;
      if (focusSet?.has(n.id)) return 1;
      return 2;
    }
  }, [nodes, transform, frame, forced, focusSet, fontsReady]);
}
