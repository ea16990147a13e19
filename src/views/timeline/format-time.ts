import { isoFromDay, type DayNumber } from '../../core/dates';
import { formatDate, localeOf } from '../../core/format';
import type { Tick } from '../../core/time-axis';
import type { BinUnit } from '../../core/time-bins';
import type { Lang } from '../../core/url-state';
import { fill } from '../../ui/i18n';
import type { TimelineStrings } from './strings';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', ...options });
    formats.set(key, f);
  }
  return f;
}

const asDate = (day: DayNumber) => new Date(day * 86_400_000);
const monthIso = (day: DayNumber) => isoFromDay(day).slice(0, 7);

/** "12 Nov", "Nov", "2024" — with the year on a segment's first tick and on January, so each stretch is placed. */
export function tickLabel(tick: Tick, lang: Lang): string {
  const d = asDate(tick.day);
  const january = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
  switch (tick.unit) {
    case 'day':
    case 'week':
      return format(lang, tick.first ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' }).format(d);
    case 'month':
    case 'quarter':
      return format(lang, tick.first || january ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(d);
    case 'year':
      return format(lang, { year: 'numeric' }).format(d);
  }
}

/** A bin's name in a tooltip: "12 November 2024", "Week of 11 Nov 2024", "November 2024". */
export function binLabel(start: DayNumber, unit: BinUnit, lang: Lang, t: TimelineStrings): string {
  if (unit === 'day') return formatDate(isoFromDay(start), lang, 'long');
  if (unit === 'week') return fill(t.weekOf, { date: formatDate(isoFromDay(start), lang) });
  return formatDate(monthIso(start), lang);
}

/** "November 2024" for the month holding a day. */
export function monthLabel(day: DayNumber, lang: Lang): string {
  return formatDate(monthIso(day), lang);
}

export function countLabel(n: number, t: TimelineStrings): string {
  if (n === 0) return t.noEvents;
  return n === 1 ? t.oneEvent : fill(t.events, { n });
}

/** The window in words: "12 Nov 2024 – 5 Dec 2024 · 24 days", "From 12 Nov 2024", "All dates". */
export function windowLabel(from: string | null, to: string | null, lang: Lang, t: TimelineStrings): string {
  if (from === null && to === null) return t.allDates;
  if (to === null) return fill(t.from, { date: formatDate(from!, lang) });
  if (from === null) return fill(t.until, { date: formatDate(to, lang) });
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  const span = days === 1 ? t.oneDay : fill(t.days, { n: days });
  const dates = from === to ? formatDate(from, lang) : `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
  return `${dates} · ${span}`;
}
