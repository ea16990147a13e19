import * as chrono from 'chrono-node';
import { dayFromIso, isoFromDay } from '../dates';
import { anchoredDates, relativeDates, type Found } from './relative';

/**
 * Dates a sentence gives, read the way a careful reader of a news article would: relative to the article's
 * publication day, in the past unless the tense says otherwise. chrono-node finds the expressions (French and
 * English); what it lacks is added here: a French month-only parser ("en juin", "au début du mois de novembre",
 * "en février 2022"), and the resolution of what the text leaves open — a weekday alone ("ce mardi",
 * "vendredi, le ministre a annoncé"), a day and month without a year ("le 11 novembre"), a month alone —
 * towards the past of the article's day, or its future when the sentence speaks in the future tense.
 */

export type DatePart = 'weekday' | 'day' | 'month' | 'year';
export type ProposalLang = 'fr' | 'en';

export interface DateProposal {
  /** `YYYY-MM-DD`, or `YYYY-MM` when the text gives only a month. */
  value: string;
  /** The parts the text states; every other part was inferred from the article's day. */
  certain: DatePart[];
  /** Other readings, most likely first (the other direction in time, the other year). */
  alternatives: string[];
  /** The words the date was read from, or "context". */
  from: string;
}

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const foldAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const FR_MONTH_RE = FR_MONTHS.map(foldAccents).join('|').replace('fevrier', 'f[ée]vrier').replace('aout', 'ao[uû]t').replace('decembre', 'd[ée]cembre');

/** "en juin", "début novembre", "au début du mois de novembre", "en février 2022", "juin dernier". */
const frMonthOnly: chrono.Parser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d]|\\d )(?:(?:au |à la |dès le |depuis le )?(?:(?:début|fin|milieu|courant)(?: du mois)?(?: d[e'’] ?| )|mi-)|en |au mois d[e'’] ?|depuis |dès |(?=\\p{L}+ (?:dernier|prochain)))(${FR_MONTH_RE})(?: (\\d{4}))?(?: (dernier|prochain))?(?![\\p{L}])`, 'iu'),
  extract: (_context, match) => {
    const month = FR_MONTHS.map(foldAccents).indexOf(foldAccents(match[1]!)) + 1;
    if (month < 1) return null;
    return match[2] ? { month, year: Number(match[2]) } : { month };
  },
};

const frParser = (() => {
  const c = chrono.fr.casual.clone();
  c.parsers.push(frMonthOnly);
  return c;
})();

const FUTURE = {
  fr: /\b(?:doit|doivent|devra|devront|va|vont|prochain|prochaine|prochainement|sera|seront|aura|auront|fera|feront|ira|iront)\b|\b\p{Ll}{3,}(?:era|eront|ira|iront|dra|dront|ura|uront)\b/u,
  en: /\b(?:will|shall|next|upcoming|is to|are to|going to|is due to|are due to|scheduled)\b|'ll\b/i,
};

/** Whether the sentence speaks of what is to come, so a weekday or day without a year resolves forwards. */
export function speaksOfFuture(sentence: string, lang: ProposalLang): boolean {
  return FUTURE[lang].test(sentence);
}

const MONTH_WORD = new RegExp(`(?<!\\p{L})(?:${FR_MONTH_RE}|january|february|march|april|may|june|july|august|september|october|november|december)(?!\\p{L})`, 'iu');
const CLOCK_SPAN = /\d+\s*(?:minutes?|min|heures?|h|secondes?|seconds?|hours?)(?!\p{L})/iu;
const pad = (n: number) => String(n).padStart(2, '0');
const monthValue = (y: number, m: number) => `${y}-${pad(m)}`;
const dayValue = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Resolves one chrono result's stated parts against the article's day. */
function resolve(result: chrono.ParsedResult, reference: string, future: boolean): DateProposal | null {
  const known: Partial<Record<DatePart, number>> = {};
  for (const part of ['weekday', 'day', 'month', 'year'] as const) {
    if (result.start.isCertain(part)) known[part] = result.start.get(part) ?? undefined;
  }
  const certain = (['weekday', 'day', 'month', 'year'] as const).filter((p) => known[p] !== undefined);
  const refDay = dayFromIso(reference);
  const [refYear, refMonth] = reference.split('-').map(Number) as [number, number];
  const from = result.text;
  const stated = certain.filter((p) => p !== 'weekday');

  // Relative expressions ("hier", "yesterday", "il y a deux semaines", "le mois dernier"): chrono resolved them
  // against the reference and marks the parts known although none is written.
  const relative = !/\d/.test(from) && !MONTH_WORD.test(foldAccents(from));
  if (relative && known.month !== undefined && known.year !== undefined) {
    return { value: known.day !== undefined ? dayValue(known.year, known.month, known.day) : monthValue(known.year, known.month), certain: [], alternatives: [], from };
  }
  if (known.day !== undefined && known.month !== undefined) {
    if (known.year !== undefined) return { value: dayValue(known.year, known.month, known.day), certain: stated, alternatives: [], from };
    const here = dayValue(refYear, known.month, known.day);
    const later = dayFromIso(here) > refDay;
    const year = future ? (later || here === reference ? refYear : refYear + 1) : later ? refYear - 1 : refYear;
    const other = future ? (year === refYear ? refYear - 1 : refYear) : year === refYear ? refYear + 1 : refYear;
    return { value: dayValue(year, known.month, known.day), certain: stated, alternatives: [dayValue(other, known.month, known.day)], from };
  }
  if (known.month !== undefined) {
    if (known.year !== undefined) return { value: monthValue(known.year, known.month), certain: stated, alternatives: [], from };
    const later = known.month > refMonth;
    const year = future ? (known.month >= refMonth ? refYear : refYear + 1) : later ? refYear - 1 : refYear;
    const other = year === refYear ? (future ? refYear - 1 : refYear + 1) : refYear;
    const past = /dernier|last/i.test(from) ? [] : [monthValue(other, known.month)];
    return { value: monthValue(year, known.month), certain: stated, alternatives: past, from };
  }
  if (known.weekday !== undefined) {
    const refWeekday = new Date(refDay * 86_400_000).getUTCDay();
    const back = refDay - ((refWeekday - known.weekday + 7) % 7);
    const ahead = refDay + ((known.weekday - refWeekday + 7) % 7);
    const [best, other] = future ? [ahead, back] : [back, ahead];
    const explicitlyNext = /prochain|next/i.test(from);
    const explicitlyLast = /dernier|last/i.test(from);
    const chosen = explicitlyNext ? (ahead === refDay ? refDay + 7 : ahead) : explicitlyLast ? (back === refDay ? refDay - 7 : back) : best;
    const alternatives = [other, chosen - 7, chosen + 7].filter((d, i, all) => d !== chosen && all.indexOf(d) === i).map(isoFromDay);
    return { value: isoFromDay(chosen), certain: ['weekday'], alternatives: alternatives.slice(0, 2), from };
  }
  if (known.year !== undefined) return null; // a year alone is not a date the dataset can hold
  return null;
}

/**
 * Every date the sentence gives, in reading order. `reference` is the article's publication day (ISO),
 * or the day to read relative expressions against when it is unknown.
 */
export function proposeDates(sentence: string, reference: string, lang: ProposalLang): DateProposal[] {
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d, 12));
  const parser = lang === 'fr' ? frParser : chrono.en.casual;
  const future = speaksOfFuture(sentence, lang);
  const relative = relativeDates(sentence, reference, lang, future);
  // "au lendemain de l'annonce", "the day after the vote": dated from the sentence's own day, not the article's.
  const anchored = anchoredDates(sentence, null, lang);
  const spans = [...relative.map((r) => ({ index: r.index, length: r.proposal.from.length })), ...anchored];
  const covered = (at: number, length: number) => spans.some((r) => r.index < at + length && at < r.index + r.length);
  const found: Found[] = [...relative];
  for (const result of parser.parse(sentence, { instant, timezone: 0 })) {
    // "de 20 Minutes" (a newspaper), "dans 2 heures": a span of hours or minutes is no date.
    if (covered(result.index, result.text.length) || CLOCK_SPAN.test(result.text)) continue;
    const proposal = resolve(result, reference, future);
    if (proposal) found.push({ index: result.index, proposal });
  }
  found.sort((a, b) => a.index - b.index);
  const day = found.find((f) => f.proposal.value.length === 10)?.proposal.value ?? null;
  for (const a of anchoredDates(sentence, day, lang)) if (a.proposal) found.push({ index: a.index, proposal: a.proposal });
  const out: DateProposal[] = [];
  for (const { proposal } of found) if (!out.some((p) => p.value === proposal.value)) out.push(proposal);
  return out;
}
