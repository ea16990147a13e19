/** Days are integers counted from 1970-01-01 (UTC): cheap to index, compare and bin. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 of a proleptic Gregorian day (H. Hinnant's days_from_civil): no Date, no garbage. */
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The digits of `s[from..to)` as a number, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DD` or `YYYY-MM` read by character codes (a million events are read at load), or -1 for another shape. */
function fastDay(iso: string, monthEnd: boolean): DayNumber {
  if ((iso.length !== 10 && iso.length !== 7) || iso.charCodeAt(4) !== 45) return -1;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  if (y < 0 || m < 1 || m > 12) return -1;
  if (iso.length === 7) return monthEnd ? daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1 : daysFromCivil(y, m, 1);
  const d = iso.charCodeAt(7) === 45 ? digits(iso, 8, 10) : -1;
  return d < 1 ? -1 : daysFromCivil(y, m, d);
}

export function dayFromIso(iso: string): DayNumber {
  const fast = fastDay(iso, false);
  if (fast !== -1) return fast;
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
  const fast = fastDay(date, true);
  if (fast !== -1) return fast;
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
