import type { DossierEvent } from '../data/schema';
import { datePrecision, isMonthOnly } from './dates';
import type { Lang } from './url-state';

const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

const dayFormat = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = dayFormat.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...options });
    dayFormat.set(key, f);
  }
  return f;
}

const toDate = (iso: string) => new Date(`${isMonthOnly(iso) ? `${iso}-01` : iso}T00:00:00Z`);

/** "9 Nov 2024" / "9 nov. 2024"; a month-only date gives "June 2024" / "juin 2024". */
export function formatDate(iso: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  if (isMonthOnly(iso)) return fmt(lang, { month: 'long', year: 'numeric' }).format(toDate(iso));
  return fmt(lang, { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric' }).format(toDate(iso));
}

/** An event's date as people write it: "9 Nov 2024", "10–11 Nov 2024", "June 2024". */
export function formatEventDate(e: Pick<DossierEvent, 'date' | 'endDate'>, lang: Lang, style: 'short' | 'long' = 'short'): string {
  if (e.endDate === undefined || e.endDate === e.date) return formatDate(e.date, lang, style);
  if (!isMonthOnly(e.date) && !isMonthOnly(e.endDate)) {
    return fmt(lang, { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric' }).formatRange(toDate(e.date), toDate(e.endDate));
  }
  return `${formatDate(e.date, lang, style)} – ${formatDate(e.endDate, lang, style)}`;
}

const PRECISION_LABEL: Record<Lang, Record<ReturnType<typeof datePrecision>, string>> = {
  en: { day: 'exact day', range: 'several days', month: 'month only' },
  fr: { day: 'jour exact', range: 'plusieurs jours', month: 'mois seulement' },
};

export function formatPrecision(e: Pick<DossierEvent, 'date' | 'endDate'>, lang: Lang): string {
  return PRECISION_LABEL[lang][datePrecision(e)];
}

// Making an Intl.NumberFormat costs far more than using one: one per language, made on first use. The first
// one also loads the locale data (about 20 ms here), so small whole numbers, written the same in every
// language we have, never wait for it.
const numberFormat = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let f = numberFormat.get(lang);
  if (!f) numberFormat.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])));
  return f.format(n);
}

export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}
