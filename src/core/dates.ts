/** Days are integers counted from 1970-01-01 (UTC): cheap to index, compare and bin. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function dayFromIso(iso: string): DayNumber {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
}

export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isMonthOnly(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

/** The last day a date covers: itself for a day, the month's last day for `YYYY-MM`. */
export function lastDayOf(date: string): DayNumber {
  if (!isMonthOnly(date)) return dayFromIso(date);
  const [y, m] = date.split('-').map(Number);
  return Math.round(Date.UTC(y!, m!, 1) / MS_PER_DAY) - 1;
}

export interface Interval {
  start: DayNumber;
  end: DayNumber;
}

/** An event's interval is `[date, endDate ?? date]`, a month-only date covering its whole month (CONTRACT §1). */
export function eventInterval(e: { date: string; endDate?: string | undefined }): Interval {
  return { start: dayFromIso(e.date), end: lastDayOf(e.endDate ?? e.date) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start <= b.end && a.end >= b.start;
}

export function clampDay(day: DayNumber, lo: DayNumber, hi: DayNumber): DayNumber {
  return Math.min(hi, Math.max(lo, day));
}

/** The precision an event's date carries, for display and for drawing it less sharply. */
export type DatePrecision = 'day' | 'range' | 'month';

export function datePrecision(e: { date: string; endDate?: string | undefined }): DatePrecision {
  if (isMonthOnly(e.date) || (e.endDate !== undefined && isMonthOnly(e.endDate))) return 'month';
  return e.endDate !== undefined && e.endDate !== e.date ? 'range' : 'day';
}
