import { useCallback, useMemo } from 'react';
import { dayFromIso, type Interval } from '../../core/dates';
import { KIND_FAMILIES } from '../../core/kinds';
import { axisTicks, createTimeScale, type AxisInterval, type Tick, type TimeScale } from '../../core/time-axis';
import { chooseBinUnit } from '../../core/time-bins';
import { stackHistogram, type StackColumns, type StackedHistogram } from '../../core/time-stacks';
import type { DayWindow } from '../../core/window-keys';
import { eventIdReader } from '../../data/packed-events';
import type { DossierEvent } from '../../data/schema';
import { LAYOUT } from './layout';

export interface TimelineModel {
  domain: Interval;
  scale: TimeScale;
  ticks: Tick[];
  /** What passes the place and actor parts (CONTRACT §2: the timeline ignores its own window). */
  hist: StackedHistogram<DossierEvent>;
  /** An event's id by its index, each read once: bins name their events without re-reading them. */
  idOf(index: number): string;
  /** Every event, drawn faintly behind when places or actors narrow the histogram; null otherwise. */
  ghost: StackedHistogram<DossierEvent> | null;
  /** Days a playback step moves from this window: a day, or a week when bins or the axis are coarser. */
  stepFor(w: DayWindow): number;
  /** Moves a window that would sit wholly inside an axis break to the start of the next segment. */
  skipGap(w: DayWindow): DayWindow;
}

/**
 * The distinct intervals of these events (the axis only asks which days are covered, and how): a few thousand
 * objects for a million events rather than one each.
 */
export function distinctIntervals(cols: StackColumns, indexes: Int32Array): AxisInterval[] {
  const seen = new Set<number>();
  const out: AxisInterval[] = [];
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const start = cols.start[i]!;
    const end = cols.end[i]!;
    // Day numbers of 4-digit years fit 23 bits, a span 22: the key stays an exact integer.
    const key = ((start + 2 ** 23) * 2 ** 23 + (end - start)) * 2 + cols.monthOnly[i]!;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start, end, coarse: cols.monthOnly[i] === 1 });
  }
  return out;
}

/**
 * The axis comes from all events, not the filtered ones, so it stays put while places and actors are
 * picked: only the bars change. It depends on the width, never on the window, so a drag redraws no bars.
 */
export function useTimelineModel(
  source: { cols: StackColumns; events: readonly DossierEvent[] },
  all: Int32Array,
  shown: Int32Array,
  extent: { from: string; to: string },
  width: number,
): TimelineModel {
  const domain = useMemo(() => ({ start: dayFromIso(extent.from), end: dayFromIso(extent.to) }), [extent.from, extent.to]);
  const { cols, events } = source;
  const axis = useMemo(() => {
    const plot = Math.max(1, width - 2 * LAYOUT.padX);
    const intervals = distinctIntervals(cols, all);
    const scale = createTimeScale(intervals, domain, LAYOUT.padX, plot, { gapPx: LAYOUT.gapPx, minGapDays: 14 });
    // Bins are sized by the segments' scale: that is where day-dated events are drawn.
    const unit = chooseBinUnit(scale.visibleDays, scale.visibleDays * scale.pxPerDay);
    return { scale, unit, ticks: axisTicks(scale, 40) };
  }, [all, cols, domain, width]);
  // Stacked counts from the indexes and columns; a bin's events become objects only when its list is read.
  const itemAt = useCallback((i: number) => events[i]!, [events]);
  const idOf = useMemo(() => {
    const read = eventIdReader(events);
    const ids: string[] = [];
    return (i: number) => (ids[i] ??= read(i));
  }, [events]);
  const allHist = useMemo(() => stackHistogram(cols, all, axis.unit, KIND_FAMILIES.length, itemAt), [cols, all, axis.unit, itemAt]);
  const hist = useMemo(
    () => (shown.length === all.length ? allHist : stackHistogram(cols, shown, axis.unit, KIND_FAMILIES.length, itemAt)),
    [cols, shown, all, allHist, axis.unit, itemAt],
  );
  return useMemo(() => {
    const { scale } = axis;
    return {
      domain,
      scale,
      ticks: axis.ticks,
      hist,
      idOf,
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
  }, [axis, domain, hist, allHist, idOf]);
}
