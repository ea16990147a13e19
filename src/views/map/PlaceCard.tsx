import { useEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { formatNumber } from '../../core/format';
import { useDossierData, useFilterResult } from '../../ui/dossier-context';
import { fill, useLang, useStrings } from '../../ui/i18n';
import type { CardFrame, CardSpot, DockSide } from './place-card-state';
import type { PlaceSpec } from './place-spec';
import { MAP_STRINGS } from './strings';
import { OBSTACLE_ATTR } from './use-place-layout';
import './place-card.css';
import { EventQuoteList } from '../../ui/EventQuoteList';
import { CloseButton } from '../../ui/CloseButton';

/**
 * A place explains itself: its events under the others' filters (date and actors, what its circle counts),
 * each with its date, title and first piece of evidence quoted from the source; choosing one opens its
 * details. Like the network's tie panel: a non-modal panel inside the view; opened with `E` it takes the focus (a
 * click leaves it on the place); Escape closes it (and only it). `seq` changes on every opening.
 */
export function PlaceCard({
  ref,
  spec,
  side,
  frame,
  spot,
  seq,
  takeFocus,
  onClose,
}: {
  ref: RefObject<HTMLElement | null>;
  spec: PlaceSpec;
  side: DockSide;
  frame: CardFrame;
  spot: CardSpot | null;
  seq: number;
  takeFocus: boolean;
  onClose(): void;
}) {
  const t = useStrings(MAP_STRINGS);
  const lang = useLang();
  const { engine } = useDossierData();
  // A new filter result means the engine's filters moved: list the place's events again.
  const result = useFilterResult();
  const events = useMemo(() => (result ? engine.placeEventIndexes(spec.id) : new Int32Array(0)), [spec.id, engine, result]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [seq, takeFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      // Ours, not the app's: the global Escape would clear every filter.
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    // From the title or Close, down enters the list (the list walks its own rows).
    if (e.key !== 'ArrowDown') return;
    const first = listRef.current?.querySelector<HTMLButtonElement>('.event-quote__item');
    if (!first) return;
    e.preventDefault();
    first.focus();
  };

  const count = events.length === 1 ? t.event : fill(t.events, { n: formatNumber(events.length, lang) });
  return (
    <section
      ref={ref}
      className={spot ? 'map-card' : `map-card map-card--${side}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="map-card-title"
      data-testid="place-card"
      data-card-place={spec.id}
      style={
        spot
          ? { width: spot.width, top: spot.top, left: spot.left, maxHeight: spot.height }
          : { width: frame.width, top: frame.top, maxHeight: `calc(100% - ${frame.top + frame.bottom}px)` }
      }
      onKeyDown={onKeyDown}
      {...{ [OBSTACLE_ATTR]: '' }}
    >
      <header className="map-card__head">
        <h3 id="map-card-title" ref={headingRef} tabIndex={-1}>
          <span className="map-card__name">{spec.name}</span>{' '}
          <span className="map-card__count">
            {count}
            {spec.country ? ` · ${t.countryScope}` : ''}
          </span>
        </h3>
        <CloseButton className="map-card__close" label={t.cardClose} onClose={onClose} />
      </header>
      {events.length === 0 ? (
        <p className="map-card__empty">{t.cardNone}</p>
      ) : (
        <EventQuoteList
          key={spec.id}
          ref={listRef}
          className="map-card__list"
          items={events}
          hook="data-card-event"
          scrollRef={ref}
        />
      )}
    </section>
  );
}
