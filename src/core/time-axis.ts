import type { DayNumber, Interval } from './dates';

/**
 * A "broken" time axis. A dataset that spans three years but tells its story in three months would, on a
 * linear axis, crush the story into a sliver. So the axis is cut into pieces:
 * - `segment`: days around day-dated events, all drawn to one common scale (distances are truthful);
 * - `coarse`: stretches where only month-only events fall, drawn at a fraction of that scale, since
 *   nothing in them has a day to place (the view dashes their baseline and says so);
 * - `gap`: long stretches with no event at all, squeezed to a fixed width and labelled as a break.
 *
 * Days are half-open on the axis: day `d` covers `[d, d + 1)`.
 */
export type PieceKind = 'segment' | 'coarse' | 'gap';

export interface AxisPiece {
  kind: PieceKind;
  /** First day of the piece. */
  start: DayNumber;
  /** First day after the piece (exclusive). */
  end: DayNumber;
  x0: number;
  x1: number;
}

/** An event's inclusive interval; `coarse` when only its month is known. */
export interface AxisInterval extends Interval {
  coarse?: boolean;
}

export interface TimeScale {
  pieces: readonly AxisPiece[];
  /** The domain as inclusive days (what the window may span). */
  domain: Interval;
  /** Pixels per day inside segments. */
  pxPerDay: number;
  /** Days drawn to the common scale (segments). */
  visibleDays: number;
  /** x of a (fractional) day, clamped to the domain. */
  x(day: number): number;
  /** The (fractional) day at x, clamped to the domain. */
  invert(x: number): number;
  /** The piece holding this day. */
  pieceAt(day: DayNumber): AxisPiece;
  /** The break containing this day, if any. */
  gapAt(day: DayNumber): AxisPiece | undefined;
}

export interface BrokenAxisOptions {
  /** Breaks are only made for empty stretches at least this long. */
  minGapDays?: number;
  /** Coarse stretches shorter than this stay to scale. */
  minCoarseDays?: number;
  /** Days kept to scale on either side of every day-dated event, so a bar never touches a break. */
  padDays?: number;
  /** Width of a break in pixels. */
  gapPx?: number;
  /** Scale of coarse stretches relative to segments. */
  coarseFactor?: number;
  /** A domain this short (in days) is always drawn on a plain linear axis. */
  linearUpToDays?: number;
}

type Piece = Pick<AxisPiece, 'kind' | 'start' | 'end'>;

function mergeRuns(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

/**
 * The domain cut into pieces: each day is `segment` when a day-dated event (padded) covers it, else
 * `coarse` when a month-only event does, else `gap`; runs too short to be worth a change of scale
 * (gaps under `minGapDays`, coarse stretches under `minCoarseDays`) stay to scale.
 */
export function splitDomain(intervals: readonly AxisInterval[], domain: Interval, options: BrokenAxisOptions = {}): Piece[] {
  const { minGapDays = 21, minCoarseDays = 14, padDays = 2 } = options;
  const lo = domain.start;
  const n = domain.end + 1 - lo;
  if (n <= 0) return [];
  const kinds = new Array<PieceKind>(n).fill('gap');
  const paint = (a: number, b: number, kind: PieceKind) => {
    for (let d = Math.max(lo, a); d <= Math.min(domain.end, b); d++) kinds[d - lo] = kind;
  };
  for (const i of intervals) if (i.coarse) paint(i.start, i.end, 'coarse');
  for (const i of intervals) if (!i.coarse) paint(i.start - padDays, i.end + padDays, 'segment');
  const runs: Piece[] = [];
  for (let k = 0; k < n; k++) {
    const last = runs[runs.length - 1];
    if (last && last.kind === kinds[k]) last.end = lo + k + 1;
    else runs.push({ kind: kinds[k]!, start: lo + k, end: lo + k + 1 });
  }
  return mergeRuns(runs.map((r) => {
    const min = r.kind === 'gap' ? minGapDays : r.kind === 'coarse' ? minCoarseDays : 0;
    return r.end - r.start < min ? { ...r, kind: 'segment' as const } : r;
  }));
}

/**
 * Lays the pieces out over `[x0, x0 + width]`. A gap is only squeezed when drawing it to scale would take
 * more room than a break does; otherwise it stays to scale, so short domains get a plain linear axis.
 */
export function createTimeScale(intervals: readonly AxisInterval[], domain: Interval, x0: number, width: number, options: BrokenAxisOptions = {}): TimeScale {
  const { gapPx = 40, coarseFactor = 1 / 3, linearUpToDays = 120 } = options;
  const linear = domain.end + 1 - domain.start <= linearUpToDays;
  let pieces: Piece[] = linear ? [{ kind: 'segment', start: domain.start, end: domain.end + 1 }] : splitDomain(intervals, domain, options);
  const days = (p: { start: number; end: number }) => p.end - p.start;
  const factor = (p: Piece) => (p.kind === 'coarse' ? coarseFactor : 1);
  let pxPerDay = 0;
  for (;;) {
    const gaps = pieces.filter((p) => p.kind === 'gap');
    const scaledDays = pieces.filter((p) => p.kind !== 'gap').reduce((n, p) => n + days(p) * factor(p), 0);
    pxPerDay = scaledDays > 0 ? Math.max(0, width - gaps.length * gapPx) / scaledDays : 0;
    // A break that would not save room, or a coarse stretch too thin to be worth its own scale, goes back
    // to scale (one at a time: each change moves the scale) and merges with its neighbours.
    const cheap = gaps.find((g) => scaledDays === 0 || days(g) * pxPerDay <= gapPx)
      ?? pieces.find((p) => p.kind === 'coarse' && days(p) * pxPerDay <= gapPx);
    if (!cheap) break;
    cheap.kind = 'segment';
    pieces = mergeRuns(pieces);
  }
  let x = x0;
  const laid: AxisPiece[] = pieces.map((p) => {
    const w = p.kind === 'gap' ? gapPx : days(p) * pxPerDay * factor(p);
    const piece = { ...p, x0: x, x1: x + w };
    x += w;
    return piece;
  });
  const first = domain.start;
  const last = domain.end + 1;
  const pieceAt = (d: number) => laid.find((p) => d < p.end) ?? laid[laid.length - 1]!;
  const pieceAtX = (px: number) => laid.find((p) => px < p.x1) ?? laid[laid.length - 1]!;
  return {
    pieces: laid,
    domain,
    pxPerDay,
    visibleDays: laid.filter((p) => p.kind === 'segment').reduce((n, p) => n + days(p), 0),
    x(day) {
      const d = Math.min(last, Math.max(first, day));
      const p = pieceAt(d);
      return p.x0 + ((d - p.start) / days(p)) * (p.x1 - p.x0);
    },
    invert(px) {
      const p = pieceAtX(px);
      const t = p.x1 > p.x0 ? (px - p.x0) / (p.x1 - p.x0) : 0;
      return Math.min(last, Math.max(first, p.start + Math.min(1, Math.max(0, t)) * days(p)));
    },
    pieceAt,
    gapAt(day) {
      const p = pieceAt(day);
      return p.kind === 'gap' && day >= p.start ? p : undefined;
    },
  };
}

export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Tick {
  day: DayNumber;
  unit: TickUnit;
  /** The first tick of its segment: its label should carry the year. */
  first: boolean;
}

const APPROX_DAYS: Record<TickUnit, number> = { day: 1, week: 7, month: 30.4, quarter: 91.3, year: 365.25 };
const TICK_UNITS: readonly TickUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

const ymd = (day: DayNumber) => {
  const d = new Date(day * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), dow: d.getUTCDay() };
};
const dayOf = (y: number, m: number, d = 1) => Math.round(Date.UTC(y, m, d) / 86_400_000);

/** Whether a day starts a tick interval: weeks start on Monday (ISO), quarters in Jan/Apr/Jul/Oct. */
export function isTickDay(day: DayNumber, unit: TickUnit): boolean {
  const { m, d, dow } = ymd(day);
  switch (unit) {
    case 'day': return true;
    case 'week': return dow === 1;
    case 'month': return d === 1;
    case 'quarter': return d === 1 && m % 3 === 0;
    case 'year': return d === 1 && m === 0;
  }
}

function* tickDays(start: DayNumber, end: DayNumber, unit: TickUnit): Generator<DayNumber> {
  if (unit === 'day' || unit === 'week') {
    for (let d = start; d < end; d++) if (isTickDay(d, unit)) yield d;
    return;
  }
  // Months, quarters and years all start on the first of a month: walk the months.
  const { y, m } = ymd(start);
  for (let k = 0; ; k++) {
    const d = dayOf(y, m + k);
    if (d >= end) return;
    if (d >= start && isTickDay(d, unit)) yield d;
  }
}

/** Ticks per piece, each at the finest unit whose labels stay `minPx` apart there. Breaks get no ticks. */
export function axisTicks(scale: TimeScale, minPx = 56): Tick[] {
  const ticks: Tick[] = [];
  for (const p of scale.pieces) {
    if (p.kind === 'gap') continue;
    const pxPerDay = (p.x1 - p.x0) / (p.end - p.start);
    const unit = TICK_UNITS.find((u) => APPROX_DAYS[u] * pxPerDay >= minPx) ?? 'year';
    let first = true;
    for (const day of tickDays(p.start, p.end, unit)) {
      ticks.push({ day, unit, first });
      first = false;
    }
    // A piece too short for any tick of this unit still gets its first day named, if a label fits.
    if (first && p.x1 - p.x0 >= minPx) ticks.push({ day: p.start, unit: 'day', first: true });
  }
  return ticks;
}
