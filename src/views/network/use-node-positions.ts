import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Point } from '../../core/network-layout';

const SETTLE_MS = 600;
const EMPTY: ReadonlyMap<string, Point> = new Map();
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export interface NodePositions {
  /** Where each node is: the layout, or where the user dragged it. Exposed as data-x / data-y. */
  final: ReadonlyMap<string, Point>;
  /** Where each node is drawn right now: `final`, or on its way there while the layout settles. */
  shown: ReadonlyMap<string, Point>;
  moveNode(id: string, p: Point): void;
  resetMoves(): void;
}

/**
 * The first layout is drawn at once where it belongs: no entrance to wait for (a slide must look final
 * when it opens, and a first load is no time for work every frame). After a resize, with motion allowed,
 * nodes glide from where they were to their new positions, so the eye can follow them; the end point is
 * the same seeded layout either way. With reduced motion they are drawn at once. Dragged nodes keep their
 * place until the layout is recomputed.
 */
export function useNodePositions(layout: ReadonlyMap<string, Point> | null, centre: Point, reduced: boolean): NodePositions {
  const [moves, setMoves] = useState<{ base: ReadonlyMap<string, Point> | null; map: ReadonlyMap<string, Point> }>({ base: null, map: EMPTY });
  const overrides = moves.base === layout ? moves.map : EMPTY;
  const final = useMemo(() => (overrides.size && layout ? new Map([...layout, ...overrides]) : (layout ?? EMPTY)), [layout, overrides]);

  const [anim, setAnim] = useState<{ from: ReadonlyMap<string, Point>; to: ReadonlyMap<string, Point>; t: number } | null>(null);
  const shownRef = useRef<ReadonlyMap<string, Point> | null>(null);
  // A layout effect: the glide starts before the browser paints, so the final picture never flashes first.
  useLayoutEffect(() => {
    const from = shownRef.current;
    if (!layout || reduced || !from || from.size === 0) {
      setAnim(null);
      return;
    }
    let raf = 0;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / SETTLE_MS);
      setAnim(t >= 1 ? null : { from, to: layout, t });
      if (t < 1) raf = requestAnimationFrame(step);
    };
    setAnim({ from, to: layout, t: 0 });
    raf = requestAnimationFrame(step);
    return () => cancelAnimationFrame(raf);
  }, [layout, reduced]);

  const shown = useMemo(() => {
    if (!anim || anim.to !== layout) return final;
    const k = ease(anim.t);
    const m = new Map<string, Point>();
    for (const [id, to] of final) {
      const from = anim.from.get(id) ?? centre;
      m.set(id, { x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k });
    }
    return m;
  }, [anim, layout, final, centre]);
  useEffect(() => {
    shownRef.current = shown;
  });

  const moveNode = useCallback((id: string, p: Point) => {
    setMoves((prev) => {
      const map = new Map(prev.base === layout ? prev.map : EMPTY);
      map.set(id, { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
      return { base: layout, map };
    });
  }, [layout]);
  const resetMoves = useCallback(() => setMoves({ base: null, map: EMPTY }), []);

  return useMemo(() => ({ final, shown, moveNode, resetMoves }), [final, shown, moveNode, resetMoves]);
}
