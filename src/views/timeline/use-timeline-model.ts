import { useMemo } from 'react';
import { datePrecision, dayFromIso, type Interval } from '../../core/dates';
import type { IndexedEvent } from '../../core/filter-engine';
import { KIND_FAMILIES, kindFamily } from '../../core/kinds';
import { axisTicks, createTimeScale, type Tick, type TimeScale } from '../../core/time-axis';
import { buildHistogram, chooseBinUnit, type Histogram, type HistogramItem } from '../../core/time-bins';
import type { DayWindow } from '../../core/window-keys';
import type { DossierEvent } from '../../data/schema';
import { LAYOUT } from './layout';

export interface TimelineModel {
  domain: Interval;
  scale: TimeScale;
  ticks: Tick[];
  /** What passes the place and actor parts (CONTRACT §2: the timeline ignores its own window). */
  hist: Histogram<DossierEvent>;
  /** Every event, drawn faintly behind when places or actors narrow the histogram; null otherwise. */
  ghost: Histogram<DossierEvent> | null;
  /** Days a playback step moves from this window: a day, or a week when bins or the axis are coarser. */
  stepFor(w: DayWindow): number;
  /** Moves a window that would sit wholly inside an axis break to the start of the next segment. */
  skipGap(w: DayWindow): DayWindow;
}

const toItem = (r: Pick<IndexedEvent, 'event' | 'start' | 'end'>): HistogramItem<DossierEvent> => ({
  item: r.event,
  start: r.start,
  end: r.end,
  monthOnly: datePrecision(r.event) === 'month',
  group: kindFamily(r.event.kind),
});

/**
 * The axis comes from all events, not the filtered ones, so it stays put while places and actors are
 * picked: only the bars change. It depends on the width, never on the window, so a drag redraws no bars.
 */
export function useTimelineModel(all: readonly IndexedEvent[], shown: readonly IndexedEvent[], extent: { from: string; to: string }, width: number): TimelineModel {
  const domain = useMemo(() => ({ start: dayFromIso(extent.from), end: dayFromIso(extent.to) }), [extent.from, extent.to]);
  const axis = useMemo(() => {
    const plot = Math.max(1, width - 2 * LAYOUT.padX);
    const intervals = all.map((r) => ({ start: r.start, end: r.end, coarse: datePrecision(r.event) === 'month' }));
    const scale = createTimeScale(intervals, domain, LAYOUT.padX, plot, { gapPx: LAYOUT.gapPx, minGapDays: 14 });
    // Bins are sized by the segments' scale: that is where day-dated events are drawn.
    const unit = chooseBinUnit(scale.visibleDays, scale.visibleDays * scale.pxPerDay);
    return { scale, unit, ticks: axisTicks(scale, 40) };
  }, [all, domain, width]);
  const allHist = useMemo(() => buildHistogram(all.map(toItem), axis.unit, KIND_FAMILIES), [all, axis.unit]);
  const hist = useMemo(
    () => (shown.length === all.length ? allHist : buildHistogram(shown.map(toItem), axis.unit, KIND_FAMILIES)),
    [shown, all, allHist, axis.unit],
  );
  return useMemo(() => {
    const { scale } = axis;
    return {
      domain,
      scale,
      ticks: axis.ticks,
      hist,
      ghost: hist === allHist ? null : allHist,
      stepFor: (w) => (axis.unit !== 'day' || scale.pieceAt(w.start).kind === 'coarse' ? 7 : 1),
      skipGap(w) {
        const gap = scale.gapAt(w.start);
        if (!gap || w.end >= gap.end) return w;
        // Land with the window's last day on the first day after the break: the next segment slides in.
        const width = w.end - w.start;
        return { start: gap.end - width, end: gap.end };
      },
    };
  }, [axis, domain, hist, allHist]);
}
