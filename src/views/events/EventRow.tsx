import { memo } from 'react';
import { isMonthOnly } from '../../core/dates';
import { formatEventDate, formatPrecision } from '../../core/format';
import { kindFamily, kindLabel } from '../../core/kinds';
import type { DossierEvent } from '../../data/schema';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import { LIST_STRINGS } from './strings';

/** How many actor names a row spells out before "+N". */
const SHOWN_ACTORS = 2;

export interface EventRowProps {
  event: DossierEvent;
  index: number;
  open: boolean;
  tabbable: boolean;
  /** Set when the list is windowed: rows then sit at fixed offsets. */
  top?: number | undefined;
}

/** One event in the list: a button that opens its details. Roving tabindex: only one row is tabbable. */
export const EventRow = memo(function EventRow({ event, index, open, tabbable, top }: EventRowProps) {
  const t = useStrings(LIST_STRINGS);
  const lang = useLang();
  const { placesById, actorsById } = useDossierData();
  const place = placesById.get(event.placeId);
  const names = event.actorIds.map((id) => {
    const actor = actorsById.get(id);
    return actor ? loc(actor.name, lang) : id;
  });
  const hidden = names.slice(SHOWN_ACTORS);
  const monthOnly = isMonthOnly(event.date) || (event.endDate !== undefined && isMonthOnly(event.endDate));
  const family = kindFamily(event.kind);
  return (
    <li className="event-row-item" style={top === undefined ? undefined : { top }}>
      <button
        type="button"
        className={`event-row event-row--${family}`}
        data-event-id={event.id}
        data-index={index}
        aria-current={open ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => useDossierStore.getState().openEvent(event.id)}
      >
        <span className="event-row__top">
          <span className="event-row__date">
            {formatEventDate(event, lang)}
            {monthOnly && (
              <span className="event-row__precision" title={t.monthOnly}>
                {' · '}
                {formatPrecision(event, lang)}
              </span>
            )}
          </span>
          <span className="event-row__kind">
            <span className="event-row__swatch" aria-hidden="true" />
            {kindLabel(event.kind, lang)}
          </span>
        </span>
        <span className="event-row__title">{loc(event.title, lang)}</span>
        <span className="event-row__meta">
          <span className="event-row__place">{place ? loc(place.name, lang) : event.placeId}</span>
          <span aria-hidden="true"> · </span>
          <span className="event-row__actors">
            {names.slice(0, SHOWN_ACTORS).join(', ')}
            {hidden.length > 0 && (
              <span className="event-row__more" title={fill(t.moreTitle, { names: hidden.join(', ') })}>
                {' '}
                {fill(t.more, { n: hidden.length })}
                <span className="visually-hidden">: {hidden.join(', ')}</span>
              </span>
            )}
          </span>
        </span>
      </button>
    </li>
  );
});
