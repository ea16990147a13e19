import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type Ref, type RefObject } from 'react';
import type { DossierEvent } from '../data/schema';
import { useDossierData } from './dossier-context';
import { EventWithQuote } from './EventWithQuote';

/** Past this many rows a list renders only the rows in view (the testing hooks allow it above 200). */
export const WINDOW_THRESHOLD = 200;

/** A row's height before it is measured: a date, a one-line title and a two-line quote. */
const ESTIMATED_ROW = 84;

interface Props {
  /** The events: as indexes into the dataset's events (read when their row is drawn), or as the events. */
  items: Int32Array | readonly DossierEvent[];
  /** The test hook each row carries, with the event's id. */
  hook: 'data-card-event' | 'data-tie-event';
  marker?(event: DossierEvent): ReactNode;
  className: string;
  /** The card or panel that scrolls the list. */
  scrollRef: RefObject<HTMLElement | null>;
  ref?: Ref<HTMLOListElement>;
}

/**
 * The events behind a count, each with its quote (the place card, the tie panel, the bin card). Up to 200
 * every row is in the page; beyond, only those in view of the card's scroll, measured as they are drawn
 * (quotes differ in length), so a place with 30,000 events costs the dozen rows shown. Arrow Up/Down and
 * Home/End walk the rows' buttons (Tab does too); the row holding the focus stays drawn when it scrolls away,
 * so focus is never lost.
 */
export function EventQuoteList({ items, ...rest }: Props) {
  const { dataset } = useDossierData();
  const eventAt = (i: number) => (items instanceof Int32Array ? dataset.events[items[i]!]! : items[i]!);
  const list = { count: items.length, eventAt, ...rest };
  return list.count > WINDOW_THRESHOLD ? <WindowedList {...list} /> : <FullList {...list} />;
}

type ListProps = Omit<Props, 'items'> & { count: number; eventAt(i: number): DossierEvent };

/** The row a walking key leads to from row `at` of `count`, or null for any other key. */
function rowAfterKey(key: string, at: number, count: number): number | null {
  const next = key === 'ArrowDown' ? at + 1 : key === 'ArrowUp' ? at - 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  return next === null ? null : Math.max(0, Math.min(count - 1, next));
}

const BUTTON = '.event-quote__item';

function FullList({ count, eventAt, hook, marker, className, ref }: ListProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>(BUTTON)];
    const next = rowAfterKey(e.key, buttons.indexOf(e.target as HTMLButtonElement), count);
    if (next === null || !buttons.includes(e.target as HTMLButtonElement)) return;
    e.preventDefault();
    e.stopPropagation();
    buttons[next]?.focus();
  };
  const rows: ReactNode[] = [];
  for (let i = 0; i < count; i++) {
    const event = eventAt(i);
    rows.push(<EventWithQuote key={event.id} event={event} hook={{ [hook]: event.id }} marker={marker?.(event)} />);
  }
  return (
    <ol ref={ref} className={className} onKeyDown={onKeyDown}>
      {rows}
    </ol>
  );
}

function WindowedList({ count, eventAt, hook, marker, className, scrollRef, ref }: ListProps) {
  const listRef = useRef<HTMLOListElement | null>(null);
  const focused = useRef<number | null>(null);
  // A row a key asked for that was not drawn yet: focused once it is.
  const pendingFocus = useRef<number | null>(null);
  // Where the list starts inside the scrolling card (below its heading): the virtualizer's scroll margin; and
  // how much of the card's top its sticky heading covers, for a row scrolled to to land below it. Measured when
  // the list opens or changes length (a filter moved), not on every scroll.
  const [frame, setFrame] = useState({ offset: 0, head: 0 });
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = scrollRef.current;
    if (!list || !scroller) return;
    const offset = Math.round(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop);
    const head = scroller.querySelector<HTMLElement>(':scope > header');
    const covered = head && getComputedStyle(head).position === 'sticky' ? head.offsetHeight : 0;
    setFrame((f) => (f.offset === offset && f.head === covered ? f : { offset, head: covered }));
    pendingFocus.current = null;
  }, [scrollRef, count]);
  const { offset } = frame;

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 4,
    scrollMargin: offset,
    scrollPaddingStart: frame.head,
    initialRect: { width: 0, height: 600 },
    rangeExtractor: (range: Range) => {
      const rows = defaultRangeExtractor(range);
      const keep = focused.current;
      return keep === null || keep >= count || rows.includes(keep) ? rows : [...rows, keep].sort((a, b) => a - b);
    },
  });
  const onFocus = (e: FocusEvent) => {
    const row = (e.target as Element).closest<HTMLElement>('[data-index]');
    focused.current = row ? Number(row.dataset.index) : null;
  };
  const onBlur = (e: FocusEvent<HTMLOListElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    focused.current = null;
    pendingFocus.current = null;
  };
  const buttonAt = (index: number) => listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] ${BUTTON}`);
  const focusRow = (index: number) => {
    const button = buttonAt(index);
    pendingFocus.current = button ? null : index;
    button?.focus();
  };
  useLayoutEffect(() => {
    if (pendingFocus.current !== null) focusRow(pendingFocus.current);
  });
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    // From the row a previous key asked for, if it is not drawn yet (keys pressed faster than rows are drawn).
    const at = pendingFocus.current ?? focused.current;
    const next = at === null || !(e.target as Element).matches(BUTTON) ? null : rowAfterKey(e.key, at, count);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusRow(next);
  };
  const setRefs = (el: HTMLOListElement | null) => {
    listRef.current = el;
    if (typeof ref === 'function') ref(el);
    else if (ref) ref.current = el;
  };

  return (
    <ol ref={setRefs} className={`${className} event-quote-list--windowed`} style={{ height: virtualizer.getTotalSize() }} onFocus={onFocus} onBlur={onBlur} onKeyDown={onKeyDown}>
      {virtualizer.getVirtualItems().map((row) => {
        const event = eventAt(row.index);
        return (
          <EventWithQuote
            key={event.id}
            event={event}
            hook={{ [hook]: event.id }}
            marker={marker?.(event)}
            row={{ ref: virtualizer.measureElement, index: row.index, setSize: count, top: row.start - offset }}
          />
        );
      })}
    </ol>
  );
}
