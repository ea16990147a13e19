import { shallow } from 'zustand/shallow';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { formatNumber } from '../../core/format';
import { nearestInDirection, type Direction } from '../../core/spatial-nav';
import { useDossierStore } from '../../store/store';
import { fill, useLang, useStrings } from '../../ui/i18n';
import { sizesByTotal, type PlaceSpec } from './place-spec';
import { PlaceTooltip, positionTooltip } from './PlaceTooltip';
import { MAP_STRINGS } from './strings';
import { usePlaceLayout, type Placement } from './use-place-layout';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

interface Tip {
  id: string;
  /** Hover tips follow the pointer in and out; focus tips stay while the button has focus. */
  by: 'pointer' | 'focus';
  /** Focus from the keyboard: the tip names the key that lists the events. */
  keyboard?: boolean;
}

/**
 * One button per place over the map (CONTRACT §4 `[data-place-id]`): the button is the circle, sized by its
 * count, with its name beside it. A roving tabindex puts one place in the tab order; arrow keys move to the
 * nearest place on screen in that direction, Home/End to the westernmost/easternmost, and E opens the place
 * card (its events) without changing the selection. The place whose card is open shows no tooltip: the card
 * already says it all.
 */
export function PlaceMarkers({
  map,
  specs,
  cardId,
  onPlaceClick,
  onOpenCard,
  drawn,
}: {
  map: MaplibreMap | null;
  specs: readonly PlaceSpec[];
  cardId: string | null;
  /** Where every place and name is drawn now, kept up to date for the place card (see usePlaceCard). */
  drawn: RefObject<Placement>;
  /** After the click went to the store (select, or Shift: add). */
  onPlaceClick(id: string, additive: boolean): void;
  onOpenCard(id: string): void;
}) {
  const t = useStrings(MAP_STRINGS);
  const selectPlace = useDossierStore((s) => s.selectPlace);
  const overlayRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const tabStop = specs.find((s) => s.id === focusId)?.id ?? specs.find((s) => s.selected)?.id ?? specs[0]?.id ?? null;

  const placeTip = useCallback(
    (placement: Placement) => {
      drawn.current = placement;
      if (tip && tipRef.current && overlayRef.current) positionTooltip(tipRef.current, placement.get(tip.id), overlayRef.current);
    },
    [tip, drawn],
  );
  const placement = usePlaceLayout(map, specs, overlayRef, tip?.id ?? null, placeTip);

  // A tooltip for a place that has gone (new dataset) closes.
  useEffect(() => {
    if (tip && !specs.some((s) => s.id === tip.id)) setTip(null);
  }, [specs, tip]);

  const focusPlace = (id: string) => {
    setFocusId(id);
    overlayRef.current?.querySelector<HTMLElement>(`[data-place-id="${id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-place-id]')?.dataset.placeId;
    if (!id) return;
    if ((e.key === 'e' || e.key === 'E') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      onOpenCard(id);
      return;
    }
    const dir = ARROWS[e.key];
    let next: string | null;
    if (dir) next = nearestInDirection([...placement.current.values()], id, dir);
    else if (e.key === 'Home') next = specs[0]?.id ?? null;
    else if (e.key === 'End') next = specs[specs.length - 1]?.id ?? null;
    else return;
    e.preventDefault();
    if (next) focusPlace(next);
  };

  const tipSpec = tip && tip.id !== cardId ? specs.find((s) => s.id === tip.id) : undefined;

  // One object for every render, calling this render's handlers: a button whose place did not change is
  // not rendered again (PlaceButton is memoised), which matters with hundreds of places.
  const latest = {
    click(id: string, e: MouseEvent) {
      setFocusId(id);
      selectPlace(id, e.shiftKey);
      onPlaceClick(id, e.shiftKey);
    },
    enter: (id: string) => setTip({ id, by: 'pointer' }),
    leave: (id: string) => setTip((cur) => (cur?.by === 'pointer' && cur.id === id ? null : cur)),
    focus(id: string, keyboard: boolean) {
      setFocusId(id);
      // Focus from a click is the pointer's: its tip stays a hover tip, gone when the pointer leaves.
      if (keyboard) setTip({ id, by: 'focus', keyboard: true });
    },
    blur: (id: string) => setTip((cur) => (cur?.by === 'focus' && cur.id === id ? null : cur)),
  };
  const handlerRef = useRef(latest);
  useLayoutEffect(() => {
    handlerRef.current = latest;
  });
  const handlers = handlerRef as RefObject<ButtonHandlers>;
  const ids = useMemo(() => specs.map((s) => s.id).join('\n'), [specs]);

  return (
    <div
      ref={overlayRef}
      className="map-places"
      data-sizing={sizesByTotal(specs.length) ? 'total' : undefined}
      role="group"
      aria-label={t.places}
      aria-describedby="map-places-hint"
      onKeyDown={onKeyDown}
      // Belt and braces: a button re-rendered under the pointer may miss its own pointerleave.
      onPointerLeave={() => setTip((cur) => (cur?.by === 'pointer' ? null : cur))}
    >
      <span id="map-places-hint" className="visually-hidden">
        {t.keyHint}
      </span>
      <Leaders ids={ids} />
      {specs.map((s) => (
        <PlaceButton key={s.id} spec={s} tabbable={s.id === tabStop} handlers={handlers} />
      ))}
      {tipSpec && (
        <PlaceTooltip ref={tipRef} spec={tipSpec} hint={tip?.keyboard ? t.pressE : t.clickToList} placement={placement} overlayRef={overlayRef} />
      )}
    </div>
  );
}

type ButtonHandlers = {
  click(id: string, e: MouseEvent): void;
  enter(id: string): void;
  leave(id: string): void;
  focus(id: string, keyboard: boolean): void;
  blur(id: string): void;
};

/** The leader lines' elements, one group per place (drawn by use-place-layout.ts): only new places change them. */
const Leaders = memo(function Leaders({ ids }: { ids: string }) {
  return (
    <svg className="map-places__leaders" aria-hidden="true">
      {(ids ? ids.split('\n') : []).map((id) => (
        <g key={id}>
          <line data-leader-for={id} style={{ display: 'none' }} />
          <circle r={2} style={{ display: 'none' }} />
          <line className="map-places__label-leader" data-label-leader-for={id} style={{ display: 'none' }} />
        </g>
      ))}
    </svg>
  );
});


/** One place's button: the circle, its name beside it, and what a screen reader hears about it. */
const PlaceButton = memo(
  function PlaceButton({ spec: s, tabbable, handlers }: { spec: PlaceSpec; tabbable: boolean; handlers: RefObject<ButtonHandlers> }) {
    const t = useStrings(MAP_STRINGS);
    const lang = useLang();
    const size = Math.round(s.r * 2 * 10) / 10;
    const describedBy = `map-place-desc-${s.id}`;
    const style: CSSProperties & { '--fill': number } = {
      width: size,
      height: size,
      // Small circles above big ones so each stays clickable; selected ones above all.
      zIndex: (s.selected ? 2000 : s.open ? 1500 : 1000) - Math.round(s.r * 10),
      // The disc of the filtered count inside a circle sized by the whole count (map.css, data-sizing).
      '--fill': Math.round(s.fill * 1000) / 1000,
    };
    return (
      <button
        type="button"
        className="map-place"
        data-place-id={s.id}
        data-active={s.active ? 'true' : 'false'}
        data-scope={s.country ? 'country' : 'point'}
        data-open={s.open ? 'true' : undefined}
        aria-pressed={s.selected}
        aria-label={s.name}
        aria-describedby={describedBy}
        tabIndex={tabbable ? 0 : -1}
        style={style}
        onClick={(e) => handlers.current.click(s.id, e)}
        onPointerEnter={() => handlers.current.enter(s.id)}
        onPointerLeave={() => handlers.current.leave(s.id)}
        onFocus={(e) => handlers.current.focus(s.id, e.currentTarget.matches(':focus-visible'))}
        onBlur={() => handlers.current.blur(s.id)}
      >
        <span className="map-place__label" aria-hidden="true" data-side="hidden">
          {s.name}
        </span>
        <span id={describedBy} className="visually-hidden">
          {[s.count === 1 ? t.event : fill(t.events, { n: formatNumber(s.count, lang) }), s.country ? t.countryScope : '', s.open ? t.openEvent : '']
            .filter(Boolean)
            .join(', ')}
        </span>
      </button>
    );
  },
  (a, b) => a.tabbable === b.tabbable && a.handlers === b.handlers && shallow(a.spec, b.spec),
);
