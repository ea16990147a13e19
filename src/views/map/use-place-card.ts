import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useDossierStore } from '../../store/store';
import { cardAfterClick, cardFrame, cardSpot, dockSide, revealShift, type Box, type CardFrame, type CardSpot, type DockSide } from './place-card-state';
import type { PlaceSpec } from './place-spec';
import type { Placement } from './use-place-layout';

export interface CardState {
  id: string;
  side: DockSide;
  frame: CardFrame;
  /** A spot clear of every place, when the map has one: then the card sits there and nothing pans. */
  spot: CardSpot | null;
  /** Counts openings: opening the same place again takes the focus again. */
  seq: number;
  /**
   * Whether the card takes the focus: yes when asked for (`E`), no when it opens beside a click that
   * selected the place — the focus stays on the place, so arrows keep moving between places and Escape
   * still clears the filters (CONTRACT §2).
   */
  takeFocus: boolean;
}

export interface PlaceCardControl {
  card: CardState | null;
  cardRef: RefObject<HTMLElement | null>;
  /** Opens (or re-opens) the card for a place, without touching the selection (the `E` key takes focus). */
  open(id: string, takeFocus?: boolean): void;
  /** Closes the card and gives the focus back to its place. */
  close(): void;
  /** Closes the card where the focus is (a click elsewhere, the table shown). */
  dismiss(): void;
  /** Call after the store applied a click on a place: a plain click that selects opens the card. */
  afterPlaceClick(id: string, additive: boolean): void;
}

/** What the card keeps clear of (the card itself is an obstacle to labels, not to itself). */
const FURNITURE = '.map-controls, .map-legend, .map-credit';
/** Every place's circle and its shown name, in the map's pixels. */
function placeBoxes(drawn: Placement): Box[] {
  const out: Box[] = [];
  for (const p of drawn.values()) {
    out.push({ left: p.x - p.r, top: p.y - p.r, right: p.x + p.r, bottom: p.y + p.r });
    if (p.label) out.push({ left: p.label.x, top: p.label.y, right: p.label.x + p.label.w, bottom: p.label.y + p.label.h });
  }
  return out;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The place card's state and its ties to the map: which place, which side it docks on, the focus it gives
 * back, closing when its place goes inactive or leaves the data, and panning a place the card would cover.
 */
export function usePlaceCard(
  map: MaplibreMap | null,
  rootRef: RefObject<HTMLElement | null>,
  specs: readonly PlaceSpec[],
  drawn: RefObject<Placement>,
): PlaceCardControl {
  const [card, setCard] = useState<CardState | null>(null);
  const cardRef = useRef<HTMLElement | null>(null);
  const seq = useRef(0);

  const placeButton = useCallback(
    (id: string) => rootRef.current?.querySelector<HTMLElement>(`[data-place-id="${CSS.escape(id)}"]`) ?? null,
    [rootRef],
  );

  const open = useCallback(
    (id: string, takeFocus = true) => {
      const rootEl = rootRef.current;
      if (!rootEl) return;
      const root = rootEl.getBoundingClientRect();
      const place = drawn.current.get(id);
      const side = place ? dockSide(place.x, root.width) : 'right';
      const furniture: Box[] = [];
      for (const el of rootEl.querySelectorAll<HTMLElement>(FURNITURE)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0) furniture.push({ left: r.left - root.left, top: r.top - root.top, right: r.right - root.left, bottom: r.bottom - root.top });
      }
      // The map's buttons, legend and credit stay visible beside the card; so does every place, circle and
      // name, when there is room: the user may want to Shift-click or hover the next one. Where they are
      // drawn comes from the layout (the overlay covers the map), not from hundreds of reads.
      const spot = cardSpot(root, placeBoxes(drawn.current), furniture);
      seq.current += 1;
      setCard({ id, side, frame: cardFrame(side, root, furniture), spot, seq: seq.current, takeFocus });
    },
    [rootRef, drawn],
  );

  const close = useCallback(() => {
    const id = card?.id;
    setCard(null);
    if (id) placeButton(id)?.focus();
  }, [card, placeButton]);

  const dismiss = useCallback(() => setCard(null), []);

  const afterPlaceClick = useCallback(
    (id: string, additive: boolean) => {
      const next = cardAfterClick(card?.id ?? null, id, additive, useDossierStore.getState().places);
      if (next === null) setCard(null);
      else if (next === id && !additive) open(id, false);
    },
    [card, open],
  );

  // Its place went inactive (no event under the others' filters) or left the data: the card closes, and
  // if the focus was in it, the focus goes back to the place (or stays in the map when the place is gone).
  const cardId = card?.id ?? null;
  useEffect(() => {
    if (!cardId || specs.some((s) => s.id === cardId && s.active)) return;
    const hadFocus = cardRef.current?.contains(document.activeElement) ?? false;
    setCard(null);
    if (hadFocus) placeButton(cardId)?.focus();
  }, [cardId, specs, placeButton]);

  // A card that came with a click follows the selection: when its place is deselected (Escape, clear
  // filters, another view's search), it goes too. One opened with `E` stays until closed.
  const places = useDossierStore((s) => s.places);
  const followsSelection = card !== null && !card.takeFocus;
  useEffect(() => {
    if (followsSelection && cardId && !places.includes(cardId)) setCard(null);
  }, [followsSelection, cardId, places]);

  // A card in a spot clear of the places covers none. Otherwise, once drawn, the card must not cover its
  // own place: if docking away was not enough (a place near the middle
  // of a narrow map), pan the map just enough to bring the place out from under it.
  // `card` is a new object on each opening and only then, so this runs once per opening: later pans are
  // the user's. The boxes are read at the observer's first report on the card, after the browser's own
  // layout and before it paints, not in the middle of React's commit (that would lay the page out twice).
  useLayoutEffect(() => {
    const el = cardRef.current;
    if (!map || !card || card.spot || !el) return;
    const reveal = () => {
      observer.disconnect();
      const root = rootRef.current?.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const place = placeButton(card.id)?.getBoundingClientRect();
      if (!root || !place || place.width === 0) return;
      const shift = revealShift(
        { x: place.left + place.width / 2 - root.left, r: place.width / 2 },
        { left: box.left - root.left, right: box.right - root.left },
        card.side,
        root.width,
      );
      if (Math.abs(shift) >= 1) map.panBy([-shift, 0], { animate: !reducedMotion() });
    };
    const observer = new ResizeObserver(reveal);
    observer.observe(el);
    return () => observer.disconnect();
  }, [map, card, rootRef, placeButton]);

  return { card, cardRef, open, close, dismiss, afterPlaceClick };
}
