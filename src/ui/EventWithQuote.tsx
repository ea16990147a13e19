import type { ReactNode, Ref } from 'react';
import { formatEventDate } from '../core/format';
import { sourceName } from '../core/lookups';
import type { DossierEvent } from '../data/schema';
import { useDossierStore } from '../store/store';
import { useDossierData } from './dossier-context';
import { defineStrings, fill, loc, useLang, useStrings } from './i18n';
import './event-with-quote.css';

const STRINGS = defineStrings({
  en: { open: 'Open the event’s details', from: '— {outlet}' },
  fr: { open: 'Ouvrir le détail de l’événement', from: '— {outlet}' },
});

/** Where a row of a windowed list sits: its position in the whole list, and its top inside the list (px). */
export interface WindowedRow {
  ref: Ref<HTMLLIElement>;
  index: number;
  setSize: number;
  top: number;
}

/**
 * One event as the place card, the tie panel and the bin card list it: a button (date, title) that opens its
 * details, then its first piece of evidence quoted in the source's language with the outlet. The list item
 * carries the caller's test hook (`data-card-event`, `data-tie-event`); in a windowed list (EventQuoteList), its
 * position too, for assistive technology (which sees only the rows drawn).
 */
export function EventWithQuote({ event, hook, marker, row }: { event: DossierEvent; hook: Record<`data-${string}`, string>; marker?: ReactNode; row?: WindowedRow }) {
  const t = useStrings(STRINGS);
  const lang = useLang();
  const { sourcesById } = useDossierData();
  const openEvent = useDossierStore((s) => s.openEvent);
  const isOpen = useDossierStore((s) => s.eventId === event.id);
  const evidence = event.evidence[0];
  const source = evidence ? sourcesById.get(evidence.sourceId) : undefined;
  return (
    <li
      className="event-quote"
      {...hook}
      {...(row && { ref: row.ref, 'data-index': row.index, 'aria-posinset': row.index + 1, 'aria-setsize': row.setSize, style: { transform: `translateY(${row.top}px)` } })}
    >
      <button type="button" className="event-quote__item" onClick={() => openEvent(event.id)} title={t.open} aria-current={isOpen ? 'true' : undefined}>
        <span className="event-quote__date">
          {marker}
          {formatEventDate(event, lang)}
        </span>
        <span className="event-quote__title">{loc(event.title, lang)}</span>
      </button>
      {evidence && (
        <figure className="event-quote__quote">
          <blockquote lang={source?.language ?? 'fr'}>{evidence.quote}</blockquote>
          {source && <figcaption>{fill(t.from, { outlet: sourceName(source) })}</figcaption>}
        </figure>
      )}
    </li>
  );
}
