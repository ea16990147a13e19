import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { adjustLabels, dodgeCircles, placeLabels, type LabelInput, type LabelPlacement, type Point, type Rect } from '../../core/marker-layout';
import { labelPriority, plainPriority, sizesByTotal, type PlaceSpec } from './place-spec';

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
  /**
   * The boxes of the legend and the place card, by element: measured when one comes, and again by the
   * observer after a resize or a move; one no longer in the page is left out, without reading anything.
   */
  obstacles: Map<Element, Rect>;
  /** Label box sizes by name and weight (bold when selected or open), both weights measured at once. */
  labels: Map<string, { w: number; h: number }>;
  /** A button's border (the label is placed from its padding box) by its scope, the one thing that sets it. */
  borders: Map<string, { left: number; top: number }>;
}

const labelKey = (name: string, bold: boolean) => `${name}|${bold ? 1 : 0}`;
const isBold = (s: PlaceSpec) => s.selected || s.open;
const borderKey = (s: PlaceSpec) => (s.country ? 'country' : 'point');

/**
 * Whether two lists of places would be laid out alike: same places, spots, sizes, names and (unless
 * `states` is false) the same selected and open ones.
 */
function sameLayout(a: readonly PlaceSpec[], b: readonly PlaceSpec[], states = true): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.id !== q.id || p.lon !== q.lon || p.lat !== q.lat || p.r !== q.r || p.name !== q.name) return false;
    if (p.country !== q.country || p.rank !== q.rank) return false;
    if (states && (p.selected !== q.selected || p.open !== q.open)) return false;
  }
  return true;
}

const sameIds = (a: readonly PlaceSpec[], b: readonly PlaceSpec[]) => a.length === b.length && a.every((s, i) => s.id === b[i]!.id);

const sameRects = (a: readonly Rect[], b: readonly Rect[]) =>
  a.length === b.length && a.every((r, i) => r.x === b[i]!.x && r.y === b[i]!.y && r.w === b[i]!.w && r.h === b[i]!.h);

/** An element's box in the overlay's pixels. */
function boxIn(el: Element, origin: DOMRect): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
}

/** The names of many places placed with nothing kept and no obstacle, for a camera: see placeNames. */
interface NameBase {
  camera: string;
  specs: readonly PlaceSpec[];
  placement: Map<string, LabelPlacement | null>;
}

/**
 * Where each place's name goes, most important first (labelPriority). With many places (sizesByTotal), the
 * names are placed once for the camera with nothing kept and no obstacle (`base`, kept until the camera or
 * the places change), then adjusted for the kept ones and the obstacles (adjustLabels): a click that selects
 * a place moves the few names in its way instead of placing hundreds again.
 */
function placeNames(
  list: readonly PlaceSpec[],
  centres: readonly Point[],
  size: (name: string, bold: boolean) => { w: number; h: number },
  keep: string | null,
  frame: Rect,
  obstacles: readonly Rect[],
  camera: string,
  base: RefObject<NameBase | null>,
): Map<string, LabelPlacement | null> {
  const index = new Map(list.map((s, i) => [s.id, i]));
  const input = (s: PlaceSpec, plain: boolean): LabelInput => {
    const c = centres[index.get(s.id)!]!;
    const marked = !plain && isBold(s);
    // A selected or open place wears a ring outside its circle: keep its label clear of it.
    return { id: s.id, x: c.x, y: c.y, r: s.r + (marked ? 4 : 0), ...size(s.name, marked), keep: !plain && (marked || s.id === keep) };
  };
  const labels = [...list].sort(labelPriority).map((s) => input(s, false));
  if (!sizesByTotal(list.length)) return placeLabels(labels, frame, obstacles);
  const b = base.current;
  if (!b || b.camera !== camera || !sameLayout(b.specs, list, false)) {
    base.current = { camera, specs: list, placement: placeLabels([...list].sort(plainPriority).map((s) => input(s, true)), frame) };
  }
  return adjustLabels(base.current!.placement, labels, frame, obstacles);
}

/**
 * Every label's box in both weights, in one pass: the overlay's `data-measure` attribute sets the weight
 * of them all (map.css), so selecting a place later reads nothing from the page.
 */
function measureLabels(overlay: HTMLElement, list: readonly PlaceSpec[], labelEls: ReadonlyMap<string, HTMLElement>, sizes: Measures['labels']) {
  for (const bold of [false, true]) {
    overlay.dataset.measure = bold ? 'bold' : 'regular';
    for (const s of list) {
      const el = labelEls.get(s.id);
      if (el && !sizes.has(labelKey(s.name, bold))) sizes.set(labelKey(s.name, bold), { w: el.offsetWidth, h: el.offsetHeight });
    }
  }
  delete overlay.dataset.measure;
}

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
  const measures = useRef<Measures>({ width: -1, height: -1, obstacles: new Map(), labels: new Map(), borders: new Map() });
  // The elements React rendered for these specs (the same until the specs change).
  const elements = useRef<(ReturnType<typeof findElements> & { specs: readonly PlaceSpec[] }) | null>(null);
  const lastKey = useRef<{ camera: string; specs: readonly PlaceSpec[]; keep: string | null; obstacles: Rect[] } | null>(null);
  const base = useRef<NameBase | null>(null);
  // What was last written for each place (see the write phase).
  const written = useRef(new Map<string, string>());

  const pending = useRef(0);

  /**
   * `measureNew`: measure an obstacle that has just come (the place card) now. Without it, one that has
   * just come defers the placement to the observer's first report on it, after the browser's own layout
   * and before it paints: measuring it in the middle of React's commit would lay the page out twice.
   */
  const relayout = useCallback((measureNew = false) => {
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    const list = specsRef.current;
    const m = measures.current;

    // Read phase: everything from the page first, so the browser lays out at most once. A filter or a
    // click usually reads nothing: sizes are kept, and an obstacle that went needs no reading.
    const present = [...(overlay.parentElement?.querySelectorAll(`[${OBSTACLE_ATTR}]`) ?? [])];
    for (const el of m.obstacles.keys()) if (!el.isConnected) m.obstacles.delete(el);
    if (!measureNew && present.some((el) => !m.obstacles.has(el))) {
      // The observer reports an element only once it has a size: one that never gets any is measured a
      // little later all the same.
      clearTimeout(pending.current);
      pending.current = window.setTimeout(() => relayout(true), 100);
      return;
    }
    clearTimeout(pending.current);
    if (m.width < 0) [m.width, m.height] = [overlay.clientWidth, overlay.clientHeight];
    const obstacles: Rect[] = [];
    let origin: DOMRect | null = null;
    for (const el of present) {
      let box = m.obstacles.get(el);
      if (!box) m.obstacles.set(el, (box = boxIn(el, (origin ??= overlay.getBoundingClientRect()))));
      if (box.w > 0) obstacles.push(box);
    }

    // Nothing the placement depends on changed (a repeated move, a filter that leaves sizes as they were):
    // the last one stands.
    const camera = `${m.width}x${m.height}|${map.getCenter().toArray().join()}|${map.getZoom()}|${map.getBearing()}|${map.getPitch()}`;
    const last = lastKey.current;
    if (last && last.camera === camera && sameLayout(last.specs, list) && last.keep === keepRef.current && sameRects(last.obstacles, obstacles)) {
      afterRef.current(placement.current);
      return;
    }

    // React keeps each place's elements while the places stay the same (keyed by id).
    let known = elements.current;
    if (!known || !sameIds(known.specs, list) || (list.length > 0 && !known.buttons.get(list[0]!.id)?.isConnected)) {
      elements.current = known = { specs: list, ...findElements(overlay, list) };
      written.current.clear();
    }
    const { buttons, labelEls, labelLeaders, leaders } = known;
    if (list.some((s) => labelEls.has(s.id) && !m.labels.has(labelKey(s.name, isBold(s))))) measureLabels(overlay, list, labelEls, m.labels);
    for (const s of list) {
      const button = buttons.get(s.id);
      if (button && !m.borders.has(borderKey(s))) m.borders.set(borderKey(s), { left: button.clientLeft, top: button.clientTop });
    }
    lastKey.current = { camera, specs: list, keep: keepRef.current, obstacles };
    const { width, height } = m;

    // Draw each place in the world copy nearest the centre, so places stay put when the map is panned
    // across the antimeridian.
    const centre = map.getCenter().lng;
    const anchors = list.map((s) => {
      const p = map.project([s.lon + 360 * Math.round((centre - s.lon) / 360), s.lat]);
      return { id: s.id, x: p.x, y: p.y, r: s.r };
    });
    const centres = dodgeCircles(anchors, { gap: 2 });
    const labelSize = (name: string, bold: boolean) => m.labels.get(labelKey(name, bold)) ?? { w: name.length * 7, h: 16 };
    const frame = { x: 2, y: 2, w: width - 4, h: height - 4 };
    const labels = placeNames(list, centres, labelSize, keepRef.current, frame, obstacles, camera, base);

    // Write phase: no reads from here on.
    const next = new Map<string, PlacedMarker>();
    list.forEach((s, i) => {
      const c = centres[i]!;
      const a = anchors[i]!;
      const label = labels.get(s.id) ?? null;
      next.set(s.id, { id: s.id, x: c.x, y: c.y, anchorX: a.x, anchorY: a.y, r: s.r, label });
      const button = buttons.get(s.id);
      if (!button) return;
      // A place drawn as it was is not written again: most of them, when a click moves a few names.
      const border = m.borders.get(borderKey(s)) ?? { left: 0, top: 0 };
      const drawn = [c.x, c.y, a.x, a.y, s.r, border.left, border.top, label?.x, label?.y, label?.side, ...Object.values(label?.leader ?? {})].join();
      if (written.current.get(s.id) === drawn) return;
      written.current.set(s.id, drawn);
      button.style.transform = `translate(${(c.x - s.r).toFixed(1)}px, ${(c.y - s.r).toFixed(1)}px)`;
      const labelEl = labelEls.get(s.id);
      if (labelEl) {
        if (label) {
          // The label is placed from the button's padding box: its border (thicker on countries) shifts it.
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

  // New specs (counts, selection, language) or a new label to keep: lay out again before the browser paints
  // (nothing is placed again when what the placement depends on is as it was).
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
      m.obstacles.clear();
      relayout(true);
    };
    // The overlay's size and the obstacles' sizes, reported by an observer after layout: only a size that
    // differs from the one measured makes everything be measured again (an obstacle's first report, when a
    // relayout has just measured it, does not).
    const sizes = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const size = e.borderBoxSize[0];
        if (e.target === overlay) {
          const [w, h] = [Math.round(e.contentRect.width), Math.round(e.contentRect.height)];
          if (w !== m.width || h !== m.height) {
            [m.width, m.height] = [overlay.clientWidth, overlay.clientHeight];
            changed = true;
          }
          continue;
        }
        const box = m.obstacles.get(e.target);
        if (!box || !size || Math.abs(box.w - size.inlineSize) > 0.5 || Math.abs(box.h - size.blockSize) > 0.5) changed = true;
      }
      if (changed) remeasure();
    });
    const watched = new Set<Element>();
    const watch = () => {
      for (const el of watched) {
        if (el.isConnected) continue;
        sizes.unobserve(el);
        watched.delete(el);
      }
      for (const el of [overlay, ...frame.querySelectorAll(`[${OBSTACLE_ATTR}]`)]) {
        if (watched.has(el)) continue;
        sizes.observe(el);
        watched.add(el);
      }
    };
    watch();
    // An obstacle that comes is measured by the next relayout (or the observer's first report on it); one
    // that goes frees its room at once, with nothing to read.
    const children = new MutationObserver(() => {
      watch();
      relayout();
    });
    const onMove = () => relayout();
    children.observe(frame, { childList: true });
    map.on('move', onMove);
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
      map.off('move', onMove);
      map.off('moveend', remeasure);
      map.off('resize', remeasure);
      document.fonts?.removeEventListener('loadingdone', onFonts);
      clearTimeout(pending.current);
    };
  }, [map, overlayRef, relayout]);

  return placement;
}
