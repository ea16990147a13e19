import { useCallback, useEffect, useRef, useState } from 'react';
import type { DayNumber } from '../../core/dates';
import type { BinSummary } from '../../core/time-bins';
import type { StackedHistogram } from '../../core/time-stacks';
import type { DossierEvent } from '../../data/schema';

/** Which bin's card to show: a dated-events bin or a month's month-only events, by its first day. */
export interface CardRequest {
  kind: 'bin' | 'month';
  start: DayNumber;
  /** The day a thumb asked about when it held no events (the card lists the nearest bin instead). */
  asked: DayNumber | null;
}

export interface BinCardState extends CardRequest {
  bin: BinSummary<DossierEvent>;
}

/**
 * The bin card's state. The card follows the histogram: it lists what the bin holds now, and goes away when
 * the bin does (other places or actors picked, or a resize that changes the bins' unit). Focus goes back on
 * close to whatever had it before the card opened, as with the network's tie panel.
 */
export function useBinCard(hist: Pick<StackedHistogram<DossierEvent>, 'bins' | 'months'>) {
  const [request, setRequest] = useState<CardRequest | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const isOpen = useRef(false);

  const bin = request ? (request.kind === 'bin' ? hist.bins : hist.months).find((b) => b.start === request.start) : undefined;
  // The bin is gone: drop the request too, so it does not come back when the filter does.
  if (request && !bin) setRequest(null);
  const card: BinCardState | null = request && bin ? { ...request, bin } : null;

  useEffect(() => {
    isOpen.current = card !== null;
    if (!card) returnFocus.current = null;
  });

  const open = useCallback((next: CardRequest) => {
    if (!isOpen.current) returnFocus.current = null;
    const active = document.activeElement;
    // A click on a bar leaves the focus on the body: then there is nothing to give it back to.
    if (active instanceof HTMLElement && active !== document.body && !active.closest('.timeline__card')) returnFocus.current = active;
    isOpen.current = true;
    setRequest(next);
  }, []);

  /** Closes the card; with `restore`, focus returns where it was before the card opened. */
  const close = useCallback((restore = true) => {
    setRequest(null);
    const el = returnFocus.current;
    returnFocus.current = null;
    isOpen.current = false;
    if (restore && el?.isConnected) el.focus();
  }, []);

  return { card, open, close };
}
