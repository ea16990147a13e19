import { datePrecision, eventInterval, type DayNumber } from './dates';
import { KIND_FAMILIES, kindFamily } from './kinds';
import { binEnd, binStart, type BinSummary, type BinUnit } from './time-bins';

/** What the histogram needs of each event, as columns: row `i` is event `i` of the dataset. */
export interface StackColumns {
  /** First and last (inclusive) day of each event. */
  start: Int32Array;
  end: Int32Array;
  /** Stacking group of each event (its kind family's rank): lower groups stack first. */
  group: Uint8Array;
  /** 1 when only the month is known: drawn as a band across the month, never as a bar. */
  monthOnly: Uint8Array;
}

/** The columns of some events (once per dataset); groups are kind families in `KIND_FAMILIES` order. */
export function buildStackColumns(events: readonly { date: string; endDate?: string | undefined; kind?: string | undefined }[]): StackColumns {
  const n = events.length;
  const cols = { start: new Int32Array(n), end: new Int32Array(n), group: new Uint8Array(n), monthOnly: new Uint8Array(n) };
  events.forEach((e, i) => {
    const { start, end } = eventInterval(e);
    cols.start[i] = start;
    cols.end[i] = end;
    cols.group[i] = KIND_FAMILIES.indexOf(kindFamily(e.kind));
    cols.monthOnly[i] = datePrecision(e) === 'month' ? 1 : 0;
  });
  return cols;
}

/** One drawn piece: `count` events of one group stacked as a whole, `y0..y1` in events from the baseline. */
export interface Stack {
  group: number;
  /** Half-open days. */
  start: DayNumber;
  end: DayNumber;
  y0: number;
  y1: number;
  count: number;
  /** `bar` sits in one bin; `span` crosses several (dated ranges); `band` holds month-only events. */
  shape: 'bar' | 'span' | 'band';
}

/** A bin (or a month of month-only events) with the indexes of the events of its own kind it holds. */
export interface StackedBin<T> extends BinSummary<T> {
  /** Indexes of its day-dated events (a bin) or month-only events (a month), in the order given: `items` or `monthItems` read through `itemAt`. */
  readonly indexes: readonly number[];
}

export interface StackedHistogram<T> {
  unit: BinUnit;
  /** Bars first (by bin, then group), then spans, then bands. */
  stacks: Stack[];
  /** Bins holding at least one day-dated event; their event lists are made on first read. */
  bins: StackedBin<T>[];
  /** One entry per month holding month-only events. */
  months: StackedBin<T>[];
  /** The tallest stack, in events: the y scale's top. */
  maxStack: number;
}

/** Beyond this many dated ranges, each is counted in the bars of the bins it covers, not stacked as its own bar. */
export const SPAN_STACK_LIMIT = 200;

/**
 * The histogram as stacked counts per bin and group, from the indexes of the events to draw (by date) and
 * typed-array columns: no event object is read. It is the per-event layout of `buildHistogram` with every run
 * of events that would sit directly on one another (same group, same bins) merged into one stack, so a bin
 * with 3 events of one family is one stack of height 3. `itemAt` turns an index into what a bin lists, and is
 * only called when a bin's `items` or `monthItems` are read.
 */
export function stackHistogram<T>(cols: StackColumns, indexes: ArrayLike<number>, unit: BinUnit, groups: number, itemAt: (index: number) => T): StackedHistogram<T> {
  const { start, end, group, monthOnly } = cols;
  const startOf = memoBins(unit);
  const dated: number[] = [];
  const spans: number[] = [];
  const monthly: number[] = [];
  const barCounts = new Map<DayNumber, Int32Array>();
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    if (monthOnly[i]) {
      monthly.push(i);
      continue;
    }
    dated.push(i);
    const b = startOf(start[i]!);
    if (b !== startOf(end[i]!)) {
      spans.push(i);
      continue;
    }
    let counts = barCounts.get(b);
    if (!counts) barCounts.set(b, (counts = new Int32Array(groups + 1)));
    counts[Math.min(group[i]!, groups)]!++;
  }

  // Many dated ranges (a large dossier) are counted in each bin they cover, in that bin's bars: stacked one
  // above another they would rise into a staircase across the whole period that sets the scale.
  const foldSpans = spans.length > SPAN_STACK_LIMIT;
  if (foldSpans) {
    for (const i of spans) {
      const g = Math.min(group[i]!, groups);
      for (let b = startOf(start[i]!); b <= end[i]!; b = binEnd(b, unit)) {
        let counts = barCounts.get(b);
        if (!counts) barCounts.set(b, (counts = new Int32Array(groups + 1)));
        counts[g]!++;
      }
    }
  }

  const stacks: Stack[] = [];
  const level = new Map<DayNumber, number>();
  const binCount = new Map<DayNumber, number>();
  for (const [b, counts] of barCounts) {
    let y = 0;
    counts.forEach((count, g) => {
      if (count === 0) return;
      stacks.push({ group: g, start: b, end: binEnd(b, unit), y0: y, y1: y + count, count, shape: 'bar' });
      y += count;
    });
    level.set(b, y);
    binCount.set(b, y);
  }
  const byStart = (a: number, b: number) => start[a]! - start[b]!;
  if (!foldSpans) {
    stackRuns([...spans].sort(byStart), 'span', unit, startOf, cols, level, stacks, (covered) => {
      for (const b of covered) binCount.set(b, (binCount.get(b) ?? 0) + 1);
    });
  }
  const bandLevel = new Map<DayNumber, number>();
  const monthCount = new Map<DayNumber, number>();
  const byStartThenGroup = (a: number, b: number) => start[a]! - start[b]! || group[a]! - group[b]!;
  stackRuns([...monthly].sort(byStartThenGroup), 'band', 'month', memoBins('month'), cols, bandLevel, stacks, (covered) => {
    for (const m of covered) monthCount.set(m, (monthCount.get(m) ?? 0) + 1);
  });

  const overlapping = (list: readonly number[], from: DayNumber, to: DayNumber) => list.filter((i) => start[i]! < to && end[i]! >= from);
  // Each bin's own events, filed in one pass over them when the first is asked for (not a scan per bin).
  const byBin = (list: readonly number[], first: (day: DayNumber) => DayNumber, binUnit: BinUnit) => {
    const out = new Map<DayNumber, number[]>();
    for (const i of list) {
      for (let b = first(start[i]!); b <= end[i]!; b = binEnd(b, binUnit)) {
        const at = out.get(b);
        if (at) at.push(i);
        else out.set(b, [i]);
      }
    }
    return out;
  };
  let datedByBin: Map<DayNumber, number[]> | undefined;
  let monthlyByMonth: Map<DayNumber, number[]> | undefined;
  const summary = (from: DayNumber, to: DayNumber, count: number, own: 'dated' | 'monthly'): StackedBin<T> => {
    let indexes: number[] | undefined;
    let items: T[] | undefined;
    let monthItems: T[] | undefined;
    const ownIndexes = () => {
      if (own === 'dated') return (datedByBin ??= byBin(dated, startOf, unit)).get(from) ?? [];
      return (monthlyByMonth ??= byBin(monthly, memoBins('month'), 'month')).get(from) ?? [];
    };
    return {
      start: from,
      end: to,
      count,
      get indexes() {
        return (indexes ??= ownIndexes());
      },
      get items() {
        return (items ??= (own === 'dated' ? this.indexes : overlapping(dated, from, to)).map(itemAt));
      },
      get monthItems() {
        return (monthItems ??= (own === 'monthly' ? this.indexes : overlapping(monthly, from, to)).map(itemAt));
      },
    };
  };
  const bins = [...binCount.keys()].sort((a, b) => a - b).map((b) => summary(b, binEnd(b, unit), binCount.get(b)!, 'dated'));
  const months = [...monthCount.keys()].sort((a, b) => a - b).map((m) => summary(m, binEnd(m, 'month'), monthCount.get(m)!, 'monthly'));
  let maxStack = 0;
  for (const v of level.values()) maxStack = Math.max(maxStack, v);
  for (const v of bandLevel.values()) maxStack = Math.max(maxStack, v);
  return { unit, stacks, bins, months, maxStack };
}

/**
 * Places events (already in stacking order) one above the tallest stack over the bins they cover, merging an
 * event into the stack just placed when it has the same group and bins (it would sit right on top of it).
 */
function stackRuns(order: readonly number[], shape: 'span' | 'band', unit: BinUnit, startOf: (day: DayNumber) => DayNumber, cols: StackColumns, level: Map<DayNumber, number>, out: Stack[], onEvent: (covered: DayNumber[]) => void) {
  let last: Stack | null = null;
  for (const i of order) {
    const first = startOf(cols.start[i]!);
    const end = binEnd(startOf(cols.end[i]!), unit);
    const covered: DayNumber[] = [];
    for (let b = first; b < end; b = binEnd(b, unit)) covered.push(b);
    onEvent(covered);
    const g = cols.group[i]!;
    if (last && last.start === first && last.end === end && last.group === g) {
      last.y1++;
      last.count++;
    } else {
      let y0 = 0;
      for (const b of covered) y0 = Math.max(y0, level.get(b) ?? 0);
      last = { group: g, start: first, end, y0, y1: y0 + 1, count: 1, shape };
      out.push(last);
    }
    for (const b of covered) level.set(b, last.y1);
  }
}

/** `binStart` for one unit, remembered per day (many events share a day). */
function memoBins(unit: BinUnit): (day: DayNumber) => DayNumber {
  if (unit === 'day') return (day) => day;
  const seen = new Map<DayNumber, DayNumber>();
  return (day) => {
    let b = seen.get(day);
    if (b === undefined) seen.set(day, (b = binStart(day, unit)));
    return b;
  };
}
