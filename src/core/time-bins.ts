import type { DayNumber } from './dates';

/** How the histogram groups days. */
export type BinUnit = 'day' | 'week' | 'month';

/**
 * Day bins while the span drawn to scale is short (about four months) or each day still gets 3.5 px (a
 * bar you can point at); week bins while each week gets 4 px; months beyond. `visibleDays` excludes the
 * axis's breaks.
 */
export function chooseBinUnit(visibleDays: number, widthPx: number): BinUnit {
  if (visibleDays <= 0) return 'day';
  const pxPerDay = widthPx / visibleDays;
  if (visibleDays <= 120 || pxPerDay >= 3.5) return 'day';
  if (pxPerDay * 7 >= 4) return 'week';
  return 'month';
}

const utc = (day: DayNumber) => new Date(day * 86_400_000);
const dayOf = (y: number, m: number, d = 1) => Math.round(Date.UTC(y, m, d) / 86_400_000);

/** The first day of the bin holding `day`: itself, the Monday of its ISO week, or the 1st of its month. */
export function binStart(day: DayNumber, unit: BinUnit): DayNumber {
  if (unit === 'day') return day;
  const d = utc(day);
  if (unit === 'week') return day - ((d.getUTCDay() + 6) % 7);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth());
}

/** The first day after the bin starting at `start` (exclusive end). */
export function binEnd(start: DayNumber, unit: BinUnit): DayNumber {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const d = utc(start);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/** Every bin start from the bin holding `first` to the bin holding `last`, inclusive. */
export function binStarts(first: DayNumber, last: DayNumber, unit: BinUnit): DayNumber[] {
  const out: DayNumber[] = [];
  for (let b = binStart(first, unit); b <= last; b = binEnd(b, unit)) out.push(b);
  return out;
}

/** One event as the histogram sees it. */
export interface HistogramItem<T> {
  item: T;
  /** Inclusive days. */
  start: DayNumber;
  end: DayNumber;
  /** Only the month is known: drawn as a band across the month, never as a bar. */
  monthOnly: boolean;
  /** Stacking group (the kind family); groups stack in the order given to `buildHistogram`. */
  group: string;
}

/** A drawn piece, in event units: `y0..y1` counts events from the baseline. Days are half-open. */
export interface Block<T> {
  item: T;
  group: string;
  start: DayNumber;
  end: DayNumber;
  y0: number;
  y1: number;
  /** `bar` sits in one bin; `span` crosses several (a dated range); `band` is a month-only event. */
  shape: 'bar' | 'span' | 'band';
}

/** What a bin holds, for its tooltip and its click. Days are half-open. */
export interface BinSummary<T> {
  start: DayNumber;
  end: DayNumber;
  /** How many events of its own kind it holds: day-dated ones for a bin, month-only ones for a month. */
  count: number;
  /** Events dated to the day (or a day range) overlapping the bin. */
  items: T[];
  /** Month-only events whose month overlaps the bin. */
  monthItems: T[];
}

export interface Histogram<T> {
  unit: BinUnit;
  blocks: Block<T>[];
  /** Bins holding at least one day-dated event. */
  bins: BinSummary<T>[];
  /** One entry per month holding month-only events. */
  months: BinSummary<T>[];
  /** The tallest stack, in events: the y scale's top. */
  maxStack: number;
}

/**
 * Lays events out as stacks of one-event blocks (a "unit" histogram, so each block can be named):
 * day-dated events stack per bin by group; a range that crosses bins becomes one block spanning them,
 * placed on top of the tallest stack it covers; month-only events become bands across their month(s),
 * stacked separately from the bars and drawn behind them. Input order breaks ties (pass them by date).
 */
export function buildHistogram<T>(items: readonly HistogramItem<T>[], unit: BinUnit, groupOrder: readonly string[]): Histogram<T> {
  const rank = (g: string) => {
    const i = groupOrder.indexOf(g);
    return i < 0 ? groupOrder.length : i;
  };
  const dated = items.filter((i) => !i.monthOnly);
  const monthly = items.filter((i) => i.monthOnly);
  const blocks: Block<T>[] = [];
  const level = new Map<DayNumber, number>();
  const top = (starts: DayNumber[]) => Math.max(0, ...starts.map((b) => level.get(b) ?? 0));

  const bars = dated.filter((i) => binStart(i.start, unit) === binStart(i.end, unit));
  const spans = dated.filter((i) => binStart(i.start, unit) !== binStart(i.end, unit));
  for (const i of [...bars].sort((a, b) => rank(a.group) - rank(b.group))) {
    const b = binStart(i.start, unit);
    const y0 = level.get(b) ?? 0;
    level.set(b, y0 + 1);
    blocks.push({ item: i.item, group: i.group, start: b, end: binEnd(b, unit), y0, y1: y0 + 1, shape: 'bar' });
  }
  for (const i of [...spans].sort((a, b) => a.start - b.start)) {
    const covered = binStarts(i.start, i.end, unit);
    const y0 = top(covered);
    for (const b of covered) level.set(b, y0 + 1);
    blocks.push({ item: i.item, group: i.group, start: covered[0]!, end: binEnd(covered[covered.length - 1]!, unit), y0, y1: y0 + 1, shape: 'span' });
  }

  const bandLevel = new Map<DayNumber, number>();
  for (const i of [...monthly].sort((a, b) => a.start - b.start || rank(a.group) - rank(b.group))) {
    const covered = binStarts(i.start, i.end, 'month');
    const y0 = Math.max(0, ...covered.map((m) => bandLevel.get(m) ?? 0));
    for (const m of covered) bandLevel.set(m, y0 + 1);
    blocks.push({ item: i.item, group: i.group, start: covered[0]!, end: binEnd(covered[covered.length - 1]!, 'month'), y0, y1: y0 + 1, shape: 'band' });
  }

  const overlapping = (list: readonly HistogramItem<T>[], start: DayNumber, end: DayNumber) =>
    list.filter((i) => i.start < end && i.end >= start).map((i) => i.item);
  const binKeys = [...new Set(dated.flatMap((i) => binStarts(i.start, i.end, unit)))].sort((a, b) => a - b);
  const bins = binKeys.map((start) => {
    const end = binEnd(start, unit);
    const binItems = overlapping(dated, start, end);
    return { start, end, count: binItems.length, items: binItems, monthItems: overlapping(monthly, start, end) };
  });
  const monthKeys = [...bandLevel.keys()].sort((a, b) => a - b);
  const months = monthKeys.map((start) => {
    const end = binEnd(start, 'month');
    const monthItems = overlapping(monthly, start, end);
    return { start, end, count: monthItems.length, items: overlapping(dated, start, end), monthItems };
  });
  const maxStack = Math.max(0, ...level.values(), ...bandLevel.values());
  return { unit, blocks, bins, months, maxStack };
}

/** A bin found for a day: a dated-events bin or a month of month-only events, and whether it holds the day. */
export interface FoundBin<T> {
  kind: 'bin' | 'month';
  bin: BinSummary<T>;
  /** The day lies inside the bin (otherwise it is only the nearest one). */
  exact: boolean;
}

/**
 * The bin holding `day` (a dated-events bin first, as drawn on top, else its month's month-only events),
 * or failing that the nearest one by days; an earlier bin wins a tie. `null` when nothing is drawn.
 */
export function binNearDay<T>(hist: Pick<Histogram<T>, 'bins' | 'months'>, day: DayNumber): FoundBin<T> | null {
  const distance = (b: BinSummary<T>) => (day < b.start ? b.start - day : day >= b.end ? day - (b.end - 1) : 0);
  let best: FoundBin<T> | null = null;
  let bestDistance = Infinity;
  const candidates = [
    ...hist.bins.map((bin) => ({ kind: 'bin' as const, bin })),
    ...hist.months.map((bin) => ({ kind: 'month' as const, bin })),
  ].sort((a, b) => a.bin.start - b.bin.start);
  for (const c of candidates) {
    const dist = distance(c.bin);
    // Strictly nearer wins; at equal distance a dated bin beats the month band it sits on.
    if (dist < bestDistance || (dist === bestDistance && dist === 0 && c.kind === 'bin')) {
      best = { ...c, exact: dist === 0 };
      bestDistance = dist;
    }
  }
  return best;
}
