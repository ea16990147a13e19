import { useLayoutEffect, useMemo, type Ref, type RefObject } from 'react';
import { formatEventDate, formatNumber } from '../../core/format';
import { useDossierData, useFilterResult } from '../../ui/dossier-context';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import type { PlaceSpec } from './place-spec';
import { MAP_STRINGS } from './strings';
import type { Placement, PlacedMarker } from './use-place-layout';

const TOP_EVENTS = 3;

/**
 * What a place stands for, on hover or focus: its name, its count under the others' filters and its first
 * events by date. Decorative for screen readers (the button's name and description say the same), and
 * it never takes the pointer, so it cannot hide the circle under it.
 */
export function PlaceTooltip({
  ref,
  spec,
  hint,
  placement,
  overlayRef,
}: {
  ref: Ref<HTMLDivElement>;
  spec: PlaceSpec;
  /** How to list every event: the click, or the key when the focus came from the keyboard. */
  hint: string;
  placement: RefObject<Placement>;
  overlayRef: RefObject<HTMLElement | null>;
}) {
  const t = useStrings(MAP_STRINGS);
  const lang = useLang();
  const { engine, dataset } = useDossierData();
  // A new filter result means the engine's filters moved: list the place's events again.
  const result = useFilterResult();
  const atPlace = useMemo(() => (result ? engine.placeEventIndexes(spec.id) : new Int32Array(0)), [spec.id, engine, result]);

  useLayoutEffect(() => {
    const el = overlayRef.current?.querySelector<HTMLElement>('.map-tooltip');
    if (el && overlayRef.current) positionTooltip(el, placement.current.get(spec.id), overlayRef.current);
  });

  const shown = Array.from(atPlace.subarray(0, TOP_EVENTS), (i) => dataset.events[i]!);
  return (
    <div ref={ref} className="map-tooltip" aria-hidden="true" data-testid="map-tooltip">
      <p className="map-tooltip__name">
        {spec.name}
        {spec.country && <span className="map-tooltip__scope"> · {t.countryScope}</span>}
      </p>
      <p className="map-tooltip__count">
        {spec.count === 0 ? t.noEvents : spec.count === 1 ? t.event : fill(t.events, { n: formatNumber(spec.count, lang) })}
      </p>
      {shown.length > 0 && (
        <ul className="map-tooltip__events">
          {shown.map((e) => (
            <li key={e.id}>
              <span className="map-tooltip__date">{formatEventDate(e, lang)}</span> {loc(e.title, lang)}
            </li>
          ))}
        </ul>
      )}
      {atPlace.length > TOP_EVENTS && <p className="map-tooltip__more">{fill(t.more, { n: atPlace.length - TOP_EVENTS })}</p>}
      {atPlace.length > 0 && <p className="map-tooltip__hint">{hint}</p>}
    </div>
  );
}

/**
 * Beside the circle, on the side with room, kept inside the map and out of an open place card (which is
 * drawn above the places: a tip under it could not be read).
 */
export function positionTooltip(el: HTMLElement, at: PlacedMarker | undefined, overlay: HTMLElement): void {
  if (!at) {
    el.style.visibility = 'hidden';
    return;
  }
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const room = roomBesideCard(overlay, at);
  const gap = 10;
  let x = at.x + at.r + gap;
  if (x + w > room.right - 4) x = at.x - at.r - gap - w;
  x = Math.max(room.left + 4, Math.min(x, room.right - w - 4));
  const y = Math.max(room.top + 4, Math.min(at.y - h / 2, room.bottom - h - 4));
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  el.style.visibility = 'visible';
}

/** The part of the map the tip may use: all of it, or the part on the place's side of an open card. */
function roomBesideCard(overlay: HTMLElement, at: PlacedMarker): { left: number; top: number; right: number; bottom: number } {
  const all = { left: 0, top: 0, right: overlay.clientWidth, bottom: overlay.clientHeight };
  const card = overlay.parentElement?.querySelector<HTMLElement>('[data-testid="place-card"]');
  if (!card) return all;
  const o = overlay.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  const box = { left: c.left - o.left, top: c.top - o.top, right: c.right - o.left, bottom: c.bottom - o.top };
  if (at.y <= box.top) return { ...all, bottom: box.top };
  if (at.y >= box.bottom) return { ...all, top: box.bottom };
  return at.x < (box.left + box.right) / 2 ? { ...all, right: box.left } : { ...all, left: box.right };
}
