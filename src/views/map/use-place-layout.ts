import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { dodgeCircles, placeLabels, type LabelPlacement, type Rect } from '../../core/marker-layout';
import { labelPriority, type PlaceSpec } from './place-spec';

/** A place as drawn right now, in pixels from the overlay's top-left corner. */
export interface PlacedMarker {
  id: string;
  /** Circle centre, after overlapping circles were pushed apart. */
  x: number;
  y: number;
  /** The place's true position; a leader line joins it to a displaced circle. */
  anchorX: number;
  anchorY: number;
  r: number;
  label: LabelPlacement | null;
}

export type Placement = ReadonlyMap<string, PlacedMarker>;

/** Elements that labels must not cover (legend, buttons) carry this attribute. */
export const OBSTACLE_ATTR = 'data-map-obstacle';

/**
 * Positions the place buttons over the map. React renders the buttons (names, states, sizes); this hook
 * writes only their screen positions, imperatively, on every camera change — re-rendering React sixty times a
 * second while someone pans would be wasted work. Circles that overlap are pushed apart (with a leader line
 * to the true spot) and labels that would collide are hidden, selected ones excepted.
 */
export function usePlaceLayout(
  map: MaplibreMap | null,
  specs: readonly PlaceSpec[],
  overlayRef: RefObject<HTMLElement | null>,
  keepLabel: string | null,
  afterLayout: (placement: Placement) => void,
): RefObject<Placement> {
  const placement = useRef<Placement>(new Map());
  const specsRef = useRef(specs);
  const keepRef = useRef(keepLabel);
  const afterRef = useRef(afterLayout);
  const sizes = useRef(new Map<string, { w: number; h: number }>());

  const relayout = useCallback(() => {
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    const list = specsRef.current;
    const width = overlay.clientWidth;
    const height = overlay.clientHeight;
    // Draw each place in the world copy nearest the centre, so places stay put when the map is panned
    // across the antimeridian.
    const centre = map.getCenter().lng;
    const anchors = list.map((s) => {
      const p = map.project([s.lon + 360 * Math.round((centre - s.lon) / 360), s.lat]);
      return { id: s.id, x: p.x, y: p.y, r: s.r };
    });
    const centres = dodgeCircles(anchors, { gap: 2 });

    const buttons = new Map<string, HTMLElement>();
    for (const el of overlay.querySelectorAll<HTMLElement>('[data-place-id]')) buttons.set(el.dataset.placeId!, el);
    // Read every size first, then write, so the browser lays out once.
    const labelSize = (s: PlaceSpec) => {
      const key = `${s.name}|${s.selected ? 1 : 0}`;
      let size = sizes.current.get(key);
      if (!size) {
        const label = buttons.get(s.id)?.querySelector<HTMLElement>('.map-place__label');
        size = { w: label?.offsetWidth ?? s.name.length * 7, h: label?.offsetHeight ?? 16 };
        if (label) sizes.current.set(key, size);
      }
      return size;
    };
    const box = overlay.getBoundingClientRect();
    const obstacles: Rect[] = [];
    for (const el of overlay.parentElement?.querySelectorAll<HTMLElement>(`[${OBSTACLE_ATTR}]`) ?? []) {
      const r = el.getBoundingClientRect();
      if (r.width > 0) obstacles.push({ x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height });
    }
    const byId = new Map(list.map((s, i) => [s.id, i]));
    const ordered = [...list].sort(labelPriority);
    const labels = placeLabels(
      ordered.map((s) => {
        const i = byId.get(s.id)!;
        // A selected or open place wears a ring outside its circle: keep its label clear of it.
        const ring = s.selected || s.open ? 4 : 0;
        return { id: s.id, x: centres[i]!.x, y: centres[i]!.y, r: s.r + ring, ...labelSize(s), keep: s.selected || s.open || s.id === keepRef.current };
      }),
      { x: 2, y: 2, w: width - 4, h: height - 4 },
      obstacles,
    );

    const next = new Map<string, PlacedMarker>();
    list.forEach((s, i) => {
      const c = centres[i]!;
      const a = anchors[i]!;
      const label = labels.get(s.id) ?? null;
      next.set(s.id, { id: s.id, x: c.x, y: c.y, anchorX: a.x, anchorY: a.y, r: s.r, label });
      const button = buttons.get(s.id);
      if (!button) return;
      button.style.transform = `translate(${(c.x - s.r).toFixed(1)}px, ${(c.y - s.r).toFixed(1)}px)`;
      const labelEl = button.querySelector<HTMLElement>('.map-place__label');
      if (labelEl) {
        if (label) {
          // The label is placed from the button's padding box: its border (thicker on countries) shifts it.
          const bx = label.x - (c.x - s.r) - button.clientLeft;
          const by = label.y - (c.y - s.r) - button.clientTop;
          labelEl.style.transform = `translate(${bx.toFixed(1)}px, ${by.toFixed(1)}px)`;
          labelEl.dataset.side = label.side;
        } else {
          labelEl.dataset.side = 'hidden';
        }
      }
      const labelLeader = overlay.querySelector<SVGLineElement>(`line[data-label-leader-for="${s.id}"]`);
      if (labelLeader) {
        // A label standing off in free room is joined to its circle (see placeLabels).
        labelLeader.style.display = label?.leader ? '' : 'none';
        if (label?.leader) for (const k of ['x1', 'y1', 'x2', 'y2'] as const) labelLeader.setAttribute(k, label.leader[k].toFixed(1));
      }
      const leader = overlay.querySelector<SVGLineElement>(`line[data-leader-for="${s.id}"]`);
      if (leader) {
        // Only when the true spot lies outside the pushed circle: a line from that spot to the circle's edge.
        const d = Math.hypot(c.x - a.x, c.y - a.y);
        const shown = d > s.r + 1;
        leader.style.display = shown ? '' : 'none';
        const dot = leader.nextElementSibling;
        if (dot instanceof SVGCircleElement) dot.style.display = shown ? '' : 'none';
        if (shown) {
          const k = (d - s.r) / d;
          leader.setAttribute('x1', a.x.toFixed(1));
          leader.setAttribute('y1', a.y.toFixed(1));
          leader.setAttribute('x2', (a.x + (c.x - a.x) * k).toFixed(1));
          leader.setAttribute('y2', (a.y + (c.y - a.y) * k).toFixed(1));
          dot?.setAttribute('cx', a.x.toFixed(1));
          dot?.setAttribute('cy', a.y.toFixed(1));
        }
      }
    });
    placement.current = next;
    afterRef.current(next);
  }, [map, overlayRef]);

  // New specs (counts, selection, language) or a new label to keep: lay out again before the browser paints.
  useLayoutEffect(() => {
    specsRef.current = specs;
    keepRef.current = keepLabel;
    afterRef.current = afterLayout;
    relayout();
  }, [specs, keepLabel, afterLayout, relayout]);

  useEffect(() => {
    if (!map) return;
    map.on('move', relayout);
    map.on('resize', relayout);
    // Fonts arriving late change label widths.
    const onFonts = () => {
      sizes.current.clear();
      relayout();
    };
    document.fonts?.addEventListener('loadingdone', onFonts);
    return () => {
      map.off('move', relayout);
      map.off('resize', relayout);
      document.fonts?.removeEventListener('loadingdone', onFonts);
    };
  }, [map, relayout]);

  return placement;
}
