import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../core/format';
import { nearestInDirection, type Direction } from '../../core/spatial-nav';
import { useDossierStore } from '../../store/store';
import { fill, useLang, useStrings } from '../../ui/i18n';
import type { PlaceSpec } from './place-spec';
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
}: {
  map: MaplibreMap | null;
  specs: readonly PlaceSpec[];
  cardId: string | null;
  /** After the click went to the store (select, or Shift: add). */
  onPlaceClick(id: string, additive: boolean): void;
  onOpenCard(id: string): void;
}) {
  const t = useStrings(MAP_STRINGS);
  const lang = useLang();
  const selectPlace = useDossierStore((s) => s.selectPlace);
  const overlayRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const tabStop = specs.find((s) => s.id === focusId)?.id ?? specs.find((s) => s.selected)?.id ?? specs[0]?.id ?? null;

  const placeTip = useCallback(
    (placement: Placement) => {
      if (tip && tipRef.current && overlayRef.current) positionTooltip(tipRef.current, placement.get(tip.id), overlayRef.current);
    },
    [tip],
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

  return (
    <div
      ref={overlayRef}
      className="map-places"
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
      <svg className="map-places__leaders" aria-hidden="true">
        {specs.map((s) => (
          <g key={s.id}>
            <line data-leader-for={s.id} style={{ display: 'none' }} />
            <circle r={2} style={{ display: 'none' }} />
            <line className="map-places__label-leader" data-label-leader-for={s.id} style={{ display: 'none' }} />
          </g>
        ))}
      </svg>
      {specs.map((s) => {
        const size = Math.round(s.r * 2 * 10) / 10;
        const describedBy = `map-place-desc-${s.id}`;
        return (
          <button
            key={s.id}
            type="button"
            className="map-place"
            data-place-id={s.id}
            data-active={s.active ? 'true' : 'false'}
            data-scope={s.country ? 'country' : 'point'}
            data-open={s.open ? 'true' : undefined}
            aria-pressed={s.selected}
            aria-label={s.name}
            aria-describedby={describedBy}
            tabIndex={s.id === tabStop ? 0 : -1}
            // Small circles above big ones so each stays clickable; selected ones above all.
            style={{ width: size, height: size, zIndex: (s.selected ? 2000 : s.open ? 1500 : 1000) - Math.round(s.r * 10) }}
            onClick={(e) => {
              setFocusId(s.id);
              selectPlace(s.id, e.shiftKey);
              onPlaceClick(s.id, e.shiftKey);
            }}
            onPointerEnter={() => setTip({ id: s.id, by: 'pointer' })}
            onPointerLeave={() => setTip((cur) => (cur?.by === 'pointer' && cur.id === s.id ? null : cur))}
            onFocus={(e) => {
              setFocusId(s.id);
              // Focus from a click is the pointer's: its tip stays a hover tip, gone when the pointer leaves.
              if (e.currentTarget.matches(':focus-visible')) setTip({ id: s.id, by: 'focus', keyboard: true });
            }}
            onBlur={() => setTip((cur) => (cur?.by === 'focus' && cur.id === s.id ? null : cur))}
          >
            <span className="map-place__label" aria-hidden="true" data-side="hidden">
              {s.name}
            </span>
            <span id={describedBy} className="visually-hidden">
              {[
                s.count === 1 ? t.event : fill(t.events, { n: formatNumber(s.count, lang) }),
                s.country ? t.countryScope : '',
                s.open ? t.openEvent : '',
              ]
                .filter(Boolean)
                .join(', ')}
            </span>
          </button>
        );
      })}
      {tipSpec && (
        <PlaceTooltip ref={tipRef} spec={tipSpec} hint={tip?.keyboard ? t.pressE : t.clickToList} placement={placement} overlayRef={overlayRef} />
      )}
    </div>
  );
}
