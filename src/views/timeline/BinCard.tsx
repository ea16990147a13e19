import { useCallback, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { isoFromDay } from '../../core/dates';
import { formatDate } from '../../core/format';
import { kindFamily } from '../../core/kinds';
import type { StackedHistogram } from '../../core/time-stacks';
import type { Lang } from '../../core/url-state';
import type { DossierEvent } from '../../data/schema';
import { fill } from '../../ui/i18n';
import { binLabel, countLabel, monthLabel } from './format-time';
import type { TimelineStrings } from './strings';
import type { BinCardState } from './use-bin-card';
import { EventQuoteList } from '../../ui/EventQuoteList';
import { CloseButton } from '../../ui/CloseButton';

interface Props {
  card: BinCardState;
  hist: StackedHistogram<DossierEvent>;
  /** The bin's centre, in chart pixels: where the card points. */
  anchorX: number;
  /** The timeline (the card sits above it) and its chart (the anchor's coordinate system). */
  root: RefObject<HTMLElement | null>;
  chart: RefObject<HTMLElement | null>;
  lang: Lang;
  t: TimelineStrings;
  onClose(): void;
  /** Switch to the month-only events of the month starting on `start`. */
  onShowMonth(start: number): void;
}

const MARGIN = 4;
const GAP = 8;
const MAX_HEIGHT = 420;

/**
 * A bin's events, pinned above the timeline: each with its date, title and first piece of evidence quoted
 * from the source, and a button that opens its details. Fixed-positioned like the tooltip, so it can rise
 * out of the short timeline panel; it scrolls inside when the room above is short. A non-modal dialog, as
 * the network's tie panel: focus moves to its heading, Escape closes it (and only it).
 */
export function BinCard({ card, hist, anchorX, root, chart, lang, t, onClose, onShowMonth }: Props) {
  const ref = useRef<HTMLElement>(null);
  const arrowRef = useRef<HTMLSpanElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const key = `${card.kind}-${card.start}`;

  const place = useCallback(() => {
    const el = ref.current;
    const rootBox = root.current?.getBoundingClientRect();
    const chartBox = chart.current?.getBoundingClientRect();
    if (!el || !rootBox || !chartBox) return;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    // Above the whole timeline, so the bars, the thumbs and the window in words stay in sight; below the
    // chart only when the timeline is at the top of the page.
    const above = rootBox.top - GAP - MARGIN;
    const below = vh - chartBox.bottom - GAP - MARGIN;
    const up = above >= 160 || above >= below;
    el.style.maxHeight = `${Math.max(80, Math.min(MAX_HEIGHT, up ? above : below))}px`;
    const { width, height } = el.getBoundingClientRect();
    const ax = chartBox.left + anchorX;
    const left = Math.min(vw - width - MARGIN, Math.max(MARGIN, ax - width / 2));
    const top = Math.min(vh - height - MARGIN, Math.max(MARGIN, up ? rootBox.top - GAP - height : chartBox.bottom + GAP));
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    el.dataset.side = up ? 'above' : 'below';
    if (arrowRef.current) arrowRef.current.style.left = `${Math.min(width - 14, Math.max(14, ax - left))}px`;
  }, [root, chart, anchorX]);

  useLayoutEffect(place);
  useEffect(() => {
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [place]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [key]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    // Ours, not the app's: the global Escape would clear every filter, the window included.
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  const { bin } = card;
  const events = card.kind === 'bin' ? bin.items : bin.monthItems;
  const head = card.kind === 'bin'
    ? `${binLabel(bin.start, hist.unit, lang, t)} · ${countLabel(events.length, t)}`
    : `${binLabel(bin.start, 'month', lang, t)} · ${t.monthOnly} · ${countLabel(events.length, t)}`;
  // A dated bin also sits on month-only bands: offer their own card rather than mixing vague dates in.
  const months = card.kind === 'bin' ? hist.months.filter((m) => m.start < bin.end && m.end > bin.start) : [];

  return (
    <section
      ref={ref}
      className="timeline__card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="timeline-card"
      data-card-start={isoFromDay(bin.start)}
      data-card-kind={card.kind}
      onKeyDown={onKeyDown}
    >
      <header className="timeline__card-head">
        <h3 id={titleId} ref={headingRef} tabIndex={-1}>{head}</h3>
        <CloseButton className="timeline__card-close" label={t.close} onClose={onClose} />
      </header>
      <div ref={bodyRef} className="timeline__card-body">
        {card.asked !== null && <p className="timeline__card-note" data-testid="timeline-card-note">{fill(t.nearest, { date: formatDate(isoFromDay(card.asked), lang, 'long') })}</p>}
        <EventQuoteList
          key={key}
          className="timeline__card-list"
          items={events}
          hook="data-card-event"
          marker={(ev) => <span className={`timeline__swatch timeline__swatch--${kindFamily(ev.kind)}`} aria-hidden="true" />}
          scrollRef={bodyRef}
        />
        {months.map((m) => (
          <button key={m.start} type="button" className="button button--quiet timeline__card-more" onClick={() => onShowMonth(m.start)}>
            {fill(t.showMonthOnly, { n: m.count, month: monthLabel(m.start, lang) })}
          </button>
        ))}
      </div>
      <span ref={arrowRef} className="timeline__card-arrow" aria-hidden="true" />
    </section>
  );
}
