import type { DayNumber } from '../../core/dates';
import type { AxisPiece, TimeScale } from '../../core/time-axis';
import type { BinSummary, BinUnit } from '../../core/time-bins';
import type { StackedHistogram } from '../../core/time-stacks';
import type { DossierEvent } from '../../data/schema';
import type { ChartFrame } from './layout';

/** What a tooltip describes, anchored at `x` (centre) and `y` (top of what it points at), chart pixels. */
export type HoverTarget =
  | { kind: 'bin'; bin: BinSummary<DossierEvent>; unit: BinUnit; x: number; y: number }
  | { kind: 'month'; bin: BinSummary<DossierEvent>; x: number; y: number }
  | { kind: 'gap'; piece: AxisPiece; x: number; y: number };

/** The tooltip target for a bin (day-dated events) or a month (month-only events), anchored on its stack. */
export function binTarget(hist: StackedHistogram<DossierEvent>, scale: TimeScale, frame: ChartFrame, bin: BinSummary<DossierEvent>, kind: 'bin' | 'month'): HoverTarget {
  const stack = hist.stacks.filter((b) => (kind === 'bin' ? b.shape !== 'band' : b.shape === 'band') && b.start < bin.end && b.end > bin.start);
  const y = frame.baseline - Math.max(0, ...stack.map((b) => b.y1)) * frame.unitPx;
  const x = (scale.x(bin.start) + scale.x(bin.end)) / 2;
  return kind === 'bin' ? { kind, bin, unit: hist.unit, x, y } : { kind, bin, x, y };
}

/** What a focused thumb resting on `day` points at: its bin if it holds events, else its month's bands. */
export function targetAtDay(hist: StackedHistogram<DossierEvent>, scale: TimeScale, frame: ChartFrame, day: DayNumber): HoverTarget | null {
  const inside = (b: BinSummary<DossierEvent>) => day >= b.start && day < b.end;
  const bin = hist.bins.find(inside);
  if (bin) return binTarget(hist, scale, frame, bin, 'bin');
  const month = hist.months.find(inside);
  return month ? binTarget(hist, scale, frame, month, 'month') : null;
}

/** The days a target covers (half-open), for its outline. */
export function targetSpan(target: HoverTarget): { start: DayNumber; end: DayNumber } {
  return target.kind === 'gap' ? { start: target.piece.start, end: target.piece.end } : { start: target.bin.start, end: target.bin.end };
}
