import { flushSync } from 'react-dom';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { kindFamily, kindLabel } from '../../core/kinds';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { loc, useLang, useStrings } from '../../ui/i18n';
import { ArticleReader } from './ArticleReader';
import { EventFacts } from './EventFacts';
import { EvidenceItem } from './EvidenceItem';
import { DETAILS_STRINGS } from './strings';
import './details.css';

/**
 * The open event's details: a non-modal side panel over the views. Focus moves into it when an event opens
 * and back to whatever opened it on close; Escape inside closes it (and only it — not the filters); in the
 * whole-article reader, Escape goes back to the event.
 */
export function EventDetails() {
  const eventId = useDossierStore((s) => s.eventId);
  const { eventsById } = useDossierData();
  const event = eventId !== null ? eventsById.get(eventId) : undefined;
  // The element that had focus before the panel took it: focus returns there on close.
  const opener = useRef<HTMLElement | null>(null);
  // Keyed by event, so the reader and the scroll position start fresh for each event.
  return event ? <DetailsPanel key={event.id} eventId={event.id} opener={opener} /> : null;
}

function DetailsPanel({ eventId, opener }: { eventId: string; opener: RefObject<HTMLElement | null> }) {
  const t = useStrings(DETAILS_STRINGS);
  const lang = useLang();
  const { eventsById, sourcesById } = useDossierData();
  const event = eventsById.get(eventId)!;
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reader, setReader] = useState<number | null>(null);
  const closeReader = () => {
    const index = reader;
    // Rendered at once, so focus lands back on the quote before the next key: a quick second Escape must reach
    // the panel (and close it), not the page (which would clear the filters).
    flushSync(() => setReader(null));
    panelRef.current?.querySelector<HTMLElement>(`[data-evidence-index="${index}"]`)?.focus();
  };
  const readerSource = reader !== null ? sourcesById.get(event.evidence[reader]?.sourceId ?? '') : undefined;

  useEffect(() => {
    const active = document.activeElement;
    // Switching from one event to another keeps the first opener (the panel's own buttons are not openers).
    if (active instanceof HTMLElement && active !== document.body && !active.closest('[data-testid="event-details"]')) opener.current = active;
    headingRef.current?.focus();
  }, [opener]);

  const close = () => {
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
    else document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`)?.focus();
    useDossierStore.getState().openEvent(null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    // The global Escape clears the filters; closing the panel (or, in the reader, going back to the event)
    // is all this Escape should do.
    e.preventDefault();
    if (reader !== null) closeReader();
    else close();
  };

  const family = kindFamily(event.kind);
  return (
    <div
      className="details"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="event-details"
      ref={panelRef}
      onKeyDown={onKeyDown}
    >
      <div className="details__header">
        <p className={`details__kind details__kind--${family}`}>
          <span className="kind-badge__swatch" aria-hidden="true" />
          {kindLabel(event.kind, lang)}
        </p>
        <h2 className="details__title" id={titleId} tabIndex={-1} ref={headingRef}>
          {loc(event.title, lang)}
        </h2>
        <button type="button" className="button button--quiet details__close" onClick={close} title={t.closeHint}>
          <span aria-hidden="true">✕ </span>
          {t.close}
        </button>
      </div>
      <div className="details__body">
        {readerSource && reader !== null ? (
          <ArticleReader event={event} source={readerSource} evidenceIndex={reader} onBack={closeReader} />
        ) : (
          <>
            <EventFacts event={event} />
            <section className="details__evidence" aria-labelledby={`${titleId}-evidence`}>
              <h3 className="details__section-title" id={`${titleId}-evidence`}>{t.evidence}</h3>
              <ol className="evidence-list">
                {event.evidence.map((ev, i) => (
                  <EvidenceItem key={i} event={event} evidence={ev} index={i} onRead={setReader} />
                ))}
              </ol>
            </section>
          </>
        )}
      </div>
    </div>
  );
}
