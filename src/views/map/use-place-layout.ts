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

/** What a relayout reads from the page, kept between camera moves (see usePlaceLayout). */
interface Measures {
  width: number;
  height: number;
  /** Legend, buttons: fixed over the map, so measured again only on a resize or new specs. */
  obstacles: Rect[] | null;
  /** Label box sizes by name and weight (bold when selected or open). */
  labels: Map<string, { w: number; h: number }>;
  /** A button's border (the label is placed from its padding box) by what styles it. */
  borders: Map<string, { left: number; top: number }>;
}

const labelKey = (s: PlaceSpec) => `${s.name}|${s.selected || s.open ? 1 : 0}`;
const borderKey = (s: PlaceSpec) => `${s.country ? 1 : 0}${s.selected ? 1 : 0}${s.open ? 1 : 0}${s.active ? 1 : 0}`;

/** Each place's button, label and lines in the overlay, by place id. */
function findElements(overlay: HTMLElement, list: readonly PlaceSpec[]) {
  const buttons = new Map<string, HTMLElement>();
  for (const el of overlay.querySelectorAll<HTMLElement>('[data-place-id]')) buttons.set(el.dataset.placeId!, el);
  const lines = (attr: string) => new Map([...overlay.querySelectorAll<SVGLineElement>(`line[${attr}]`)].map((el) => [el.getAttribute(attr)!, el]));
  const labelEls = new Map<string, HTMLElement>();
  for (const s of list) {
    const el = buttons.get(s.id)?.querySelector<HTMLElement>('.map-place__label');
    if (el) labelEls.set(s.id, el);
  }
  return { buttons, labelEls, labelLeaders: lines('data-label-leader-for'), leaders: lines('data-leader-for') };
}

/**
 * Positions the place buttons over the map. React renders the buttons (names, states, sizes); this hook
 * writes only their screen positions, imperatively, on every camera change — re-rendering React sixty times a
 * second while someone pans would be wasted work. Circles that overlap are pushed apart (with a leader line
 * to the true spot) and labels that would collide are hidden, selected ones excepted.
 * No layout thrash: sizes are read before any write and kept (the overlay's from a ResizeObserver, each
 * label's and border's once), so a camera move reads nothing from the page; and when neither the camera,
 * the size nor the places changed, nothing is placed again.
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
  const measures = useRef<Measures>({ width: -1, height: -1, obstacles: null, labels: new Map(), borders: new Map() });
  // The elements React rendered for these specs (the same until the specs change).
  const elements = useRef<(ReturnType<typeof findElements> & { specs: readonly PlaceSpec[] }) | null>(null);
  const lastKey = useRef<{ camera: string; specs: readonly PlaceSpec[]; keep: string | null; obstacles: Rect[] | null } | null>(null);

  const relayout = useCallback(() => {
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    const list = specsRef.current;
    const m = measures.current;
    // Nothing the placement depends on changed (a repeated move or resize event): the last one stands.
    const camera = `${m.width}x${m.height}|${map.getCenter().toArray().join()}|${map.getZoom()}|${map.getBearing()}|${map.getPitch()}`;
    const last = lastKey.current;
    if (last && last.camera === camera && last.specs === list && last.keep === keepRef.current && last.obstacles === m.obstacles) {
      afterRef.current(placement.current);
      return;
    }

    // Read phase: everything from the page first, so the browser lays out at most once.
    if (m.width < 0) [m.width, m.height] = [overlay.clientWidth, overlay.clientHeight];
    if (elements.current?.specs !== list) elements.current = { specs: list, ...findElements(overlay, list) };
    const { buttons, labelEls, labelLeaders, leaders } = elements.current;
    for (const s of list) {
      const el = labelEls.get(s.id);
      if (el && !m.labels.has(labelKey(s))) m.labels.set(labelKey(s), { w: el.offsetWidth, h: el.offsetHeight });
      const button = buttons.get(s.id);
      if (button && !m.borders.has(borderKey(s))) m.borders.set(borderKey(s), { left: button.clientLeft, top: button.clientTop });
    }
    if (!m.obstacles) {
      const box = overlay.getBoundingClientRect();
      m.obstacles = [];
      for (const el of overlay.parentElement?.querySelectorAll<HTMLElement>(`[${OBSTACLE_ATTR}]`) ?? []) {
        const r = el.getBoundingClientRect();
        if (r.width > 0) m.obstacles.push({ x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height });
      }
    }
    lastKey.current = { camera, specs: list, keep: keepRef.current, obstacles: m.obstacles };
    const { width, height } = m;

    // Draw each place in the world copy nearest the centre, so places stay put when the map is panned
    // across the antimeridian.
    const centre = map.getCenter().lng;
    const anchors = list.map((s) => {
      const p = map.project([s.lon + 360 * Math.round((centre - s.lon) / 360), s.lat]);
      return { id: s.id, x: p.x, y: p.y, r: s.r };
    });
    const centres = dodgeCircles(anchors, { gap: 2 });
    const labelSize = (s: PlaceSpec) => m.labels.get(labelKey(s)) ?? { w: s.name.length * 7, h: 16 };
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
      m.obstacles,
    );

    // Write phase: no reads from here on.
    const next = new Map<string, PlacedMarker>();
    list.forEach((s, i) => {
      const c = centres[i]!;
      const a = anchors[i]!;
      const label = labels.get(s.id) ?? null;
      next.set(s.id, { id: s.id, x: c.x, y: c.y, anchorX: a.x, anchorY: a.y, r: s.r, label });
      const button = buttons.get(s.id);
      if (!button) return;
      button.style.transform = `translate(${(c.x - s.r).toFixed(1)}px, ${(c.y - s.r).toFixed(1)}px)`;
      const labelEl = labelEls.get(s.id);
      if (labelEl) {
        if (label) {
          // The label is placed from the button's padding box: its border (thicker on countries) shifts it.
          const border = m.borders.get(borderKey(s)) ?? { left: 0, top: 0 };
          const bx = label.x - (c.x - s.r) - border.left;
          const by = label.y - (c.y - s.r) - border.top;
          labelEl.style.transform = `translate(${bx.toFixed(1)}px, ${by.toFixed(1)}px)`;
          labelEl.dataset.side = label.side;
        } else {
          labelEl.dataset.side = 'hidden';
        }
      }
      const labelLeader = labelLeaders.get(s.id);
      if (labelLeader) {
        // A label standing off in free room is joined to its circle (see placeLabels).
        labelLeader.style.display = label?.leader ? '' : 'none';
        if (label?.leader) for (const k of ['x1', 'y1', 'x2', 'y2'] as const) labelLeader.setAttribute(k, label.leader[k].toFixed(1));
      }
      const leader = leaders.get(s.id);
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
  // (An obstacle that changes with them, the legend or the place card, is measured again by the observer.)
  useLayoutEffect(() => {
    specsRef.current = specs;
    keepRef.current = keepLabel;
    afterRef.current = afterLayout;
    relayout();
  }, [specs, keepLabel, afterLayout, relayout]);

  useEffect(() => {
    const overlay = overlayRef.current;
    const frame = overlay?.parentElement;
    if (!map || !overlay || !frame) return;
    const m = measures.current;
    const remeasure = () => {
      m.obstacles = null;
      relayout();
    };
    // The overlay's size and the obstacles' boxes, read by an observer after layout rather than by every
    // relayout; an obstacle that comes (the place card) is watched from then on, and the observer's first
    // report on it measures it, after layout. One that goes is no longer in the frame: measured again.
    const sizes = new ResizeObserver(() => {
      [m.width, m.height] = [overlay.clientWidth, overlay.clientHeight];
      remeasure();
    });
    const watch = () => {
      sizes.disconnect();
      sizes.observe(overlay);
      for (const el of frame.querySelectorAll(`[${OBSTACLE_ATTR}]`)) sizes.observe(el);
    };
    watch();
    const children = new MutationObserver((records) => {
      watch();
      if (records.some((r) => r.removedNodes.length > 0)) remeasure();
    });
    children.observe(frame, { childList: true });
    map.on('move', relayout);
    // After a move, what follows the camera (the place card's spot) is measured again.
    map.on('moveend', remeasure);
    map.on('resize', remeasure);
    // Fonts arriving late change label widths.
    const onFonts = () => {
      m.labels.clear();
      lastKey.current = null;
      relayout();
    };
    document.fonts?.addEventListener('loadingdone', onFonts);
    return () => {
      sizes.disconnect();
      children.disconnect();
      map.off('move', relayout);
      map.off('moveend', remeasure);
      map.off('resize', remeasure);
      document.fonts?.removeEventListener('loadingdone', onFonts);
    };
  }, [map, overlayRef, relayout]);

  return placement;
}
