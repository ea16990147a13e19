import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDossierStore } from '../../store/store';
import { useDossierData, useShownResult } from '../../ui/dossier-context';
import { useStrings } from '../../ui/i18n';
import { EventListEmpty } from './EventListEmpty';
import { EventRow } from './EventRow';
import { LIST_STRINGS } from './strings';
import { useVirtualRows } from './use-virtual-rows';
import { WINDOW_THRESHOLD } from '../../ui/EventQuoteList';
import './events.css';

/** Row height when the list is windowed (rows must then all be the same height). Matches events.css. */
const ROW_HEIGHT = 92;

/**
 * The events passing all three parts of the filter, by date (CONTRACT §2). One tab stop: the rows form a
 * roving tabindex group (Arrow Up/Down, Home/End; Enter or a click opens the details).
 */
export function EventList() {
  const t = useStrings(LIST_STRINGS);
  const { dataset, eventIndexOf } = useDossierData();
  // Indexes into the dataset, not a million objects: a row reads its event when it is drawn.
  const { eventIndexes } = useShownResult();
  const count = eventIndexes.length;
  const eventAt = (row: number) => (row >= 0 && row < count ? dataset.events[eventIndexes[row]!] : undefined);
  const eventId = useDossierStore((s) => s.eventId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = count > WINDOW_THRESHOLD;
  const { first, last, reveal } = useVirtualRows(scrollRef, count, ROW_HEIGHT, windowed);
  const [activeId, setActiveId] = useState<string | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const hintId = useId();

  useEffect(() => useDossierStore.getState().markDrawn('list'), []);

  // The row of an event id: two native scans (its position in the dataset, then in the list), done only when the id changes.
  const rowOf = useMemo(() => {
    const cache = new Map<string, number | undefined>();
    return (id: string | null) => {
      if (id === null) return undefined;
      if (!cache.has(id)) {
        const index = eventIndexOf(id);
        const row = index >= 0 ? eventIndexes.indexOf(index) : -1;
        cache.set(id, row >= 0 ? row : undefined);
      }
      return cache.get(id);
    };
  }, [eventIndexes, eventIndexOf]);

  // The tabbable row: the one last focused, else the open event's, else the first one rendered.
  let tabbable = rowOf(activeId) ?? rowOf(eventId);
  if (tabbable === undefined || tabbable < first || tabbable >= last) tabbable = first;

  // When another view opens an event, bring its row into view (without taking the focus).
  useEffect(() => {
    const index = rowOf(eventId);
    if (index === undefined) return;
    setActiveId(eventId);
    reveal(index);
    scrollRef.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [eventId, rowOf, reveal]);

  // Keyboard moves may need a render first (windowed rows), so focus lands after it.
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(count - 1, index));
    const target = eventAt(i);
    if (!target) return;
    setActiveId(target.id);
    reveal(i);
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${i}"]`);
    if (row) row.focus();
    else pendingFocus.current = i;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const index = Number((e.target as HTMLElement).dataset.index);
    if (!Number.isInteger(index)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: count - 1, PageDown: index + page, PageUp: index - page,
    };
    const next = moves[e.key];
    if (next === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    moveTo(next);
  };

  if (count === 0) {
    return (
      <div className="event-list event-list--empty" data-testid="event-list">
        <EventListEmpty />
      </div>
    );
  }

  return (
    <div className={`event-list${windowed ? ' event-list--windowed' : ''}`} data-testid="event-list" ref={scrollRef}>
      <ol
        className="event-list__rows"
        aria-label={t.label}
        aria-describedby={hintId}
        style={windowed ? { height: count * ROW_HEIGHT } : undefined}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const index = Number(e.target.dataset.index);
          const focused = eventAt(index);
          if (focused) setActiveId(focused.id);
        }}
      >
        {Array.from({ length: last - first }, (_, k) => {
          const index = first + k;
          const event = eventAt(index)!;
          return (
            <EventRow
              key={event.id}
              event={event}
              index={index}
              open={event.id === eventId}
              tabbable={index === tabbable}
              top={windowed ? index * ROW_HEIGHT : undefined}
            />
          );
        })}
      </ol>
      <p id={hintId} className="visually-hidden">{t.hint}</p>
    </div>
  );
}
