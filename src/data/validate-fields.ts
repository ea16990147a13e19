/**
 * The field checks the validator is made of. Each returns null when the value is fine, or what was expected:
 * plain functions over plain values, cheap enough to run on every field of a million events.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field read as an own property only: `__proto__` or `constructor` in a file are data, never inherited. */
export const field = (record: Json, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

export function checkSlug(v: unknown): string | null {
  if (typeof v !== 'string') return `must be a text id such as "kim-jong-un", not ${describeValue(v)}`;
  return SLUG.test(v) ? null : `must be a lowercase ASCII slug such as "kim-jong-un", not ${describeValue(v)}`;
}

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function checkDay(v: unknown): string | null {
  if (typeof v !== 'string') return `must be a day written YYYY-MM-DD, not ${describeValue(v)}`;
  const m = DAY.exec(v);
  if (!m) return `must be a day written YYYY-MM-DD, not ${describeValue(v)}`;
  return isRealDay(+m[1]!, +m[2]!, +m[3]!) ? null : `(${v}) is not a real calendar day`;
}

/** Dates repeat a lot in big files: each distinct string is checked once. */
const dateVerdicts = new Map<string, string | null>();

export function checkEventDate(v: unknown): string | null {
  if (typeof v !== 'string') return `must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known, not ${describeValue(v)}`;
  const cached = dateVerdicts.get(v);
  if (cached !== undefined) return cached;
  let verdict: string | null;
  if (MONTH.test(v)) verdict = null;
  else if (DAY.test(v)) verdict = checkDay(v);
  else verdict = `must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known, not ${describeValue(v)}`;
  if (dateVerdicts.size > 100_000) dateVerdicts.clear();
  dateVerdicts.set(v, verdict);
  return verdict;
}

const TEXT_EXPECTED = 'must be text: a string, or language code → text such as {"en": "…", "fr": "…"}';

/** Human text: a non-empty string, or a non-empty object of language code → non-empty string. */
export function checkText(v: unknown, bothLanguages = false): string | null {
  if (typeof v === 'string') {
    if (v.trim() === '') return 'is empty; write the text';
    return bothLanguages ? 'must give English and French: {"en": "…", "fr": "…"}' : null;
  }
  if (!isObject(v)) return `${TEXT_EXPECTED}, not ${describeValue(v)}`;
  const keys = Object.keys(v);
  if (keys.length === 0) return `${TEXT_EXPECTED}; this object is empty`;
  for (const k of keys) {
    const t = v[k];
    if (typeof t !== 'string' || t.trim() === '') return `gives "${k}" as ${describeValue(t)}; each language needs non-empty text`;
  }
  if (bothLanguages) {
    if (!Object.hasOwn(v, 'en')) return 'needs English text ("en")';
    if (!Object.hasOwn(v, 'fr')) return 'needs French text ("fr")';
  }
  return null;
}

export function checkNumberIn(v: unknown, lo: number, hi: number, what: string): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a number (${what}), not ${describeValue(v)}`;
  return v < lo || v > hi ? `(${v}) is outside ${lo}…${hi} (${what})` : null;
}

/** The last day a `YYYY-MM` or `YYYY-MM-DD` date covers, as a comparable string. */
export const lastDayText = (date: string): string => (date.length === 7 ? `${date}-31` : date);

/** Collapses runs of white space (including non-breaking spaces) so quotes compare "whitespace aside". */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
