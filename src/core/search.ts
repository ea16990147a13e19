import type { Dataset } from '../data/schema';
import { textValues } from './text';

/**
 * One search box for actors, places and events, in French and English: "Choïgou", "choigou" and "Shoigu"
 * all find Sergei Shoigu, "pekin" finds Pékin. Matching works on folded text; ranking prefers matches at the
 * start of a name, then at the start of a word, then anywhere.
 */

export type SearchKind = 'actor' | 'place' | 'event';

export const KIND_ORDER: Record<SearchKind, number> = { actor: 0, place: 1, event: 2 };

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * Folds text for matching: strips diacritics (NFD), lowercases, writes every apostrophe as `'`, and turns
 * hyphens, dashes and punctuation into spaces, so "Kim Jong-un" and "kim jong un" are the same words.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u2018\u2019\u201B\u2032`\u00B4]/g, "'")
    .replace(/[-\u2010-\u2015\u2212_/.,;:!?()[\]{}«»"\u201C\u201D\u201E&+]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `foldText` for many texts that share words (titles of a large dataset): folds each word once. Folding is
 * word by word (every step maps a character, or a letter and its marks, and never crosses a space), so the
 * folded words joined by single spaces are the folded text.
 */
export function wordFolder(): (s: string) => string {
  const folded = new Map<string, string>();
  return (s) => {
    let out = '';
    for (const word of s.split(/\s+/)) {
      let f = /^[a-z0-9]*$/.test(word) ? word : folded.get(word);
      if (f === undefined) folded.set(word, (f = foldText(word)));
      if (f !== '') out = out === '' ? f : `${out} ${f}`;
    }
    return out;
  };
}

/** The folded text without spaces or apostrophes: "CQ Brown" then matches "C.Q. Brown". */
export const compact = (folded: string) => folded.replace(/[ ']/g, '');

export interface Field {
  raw: string;
  folded: string;
  compact: string;
}

export interface Entry {
  kind: SearchKind;
  id: string;
  fields: Field[];
  /** An event's place names: a query that names the place finds every event there. */
  placeFields?: Field[];
}

export interface SearchIndex {
  entries: readonly Entry[];
}

export const field = (raw: string, fold = foldText): Field => {
  const folded = fold(raw);
  return { raw, folded, compact: compact(folded) };
};

/** The texts folded, without empty ones or repeats once folded, in their order. */
export function distinctFields(raws: readonly string[], fold = foldText): Field[] {
  const seen = new Set<string>();
  const fields: Field[] = [];
  for (const raw of raws) {
    const f = field(raw, fold);
    if (f.folded === '' || seen.has(f.folded)) continue;
    seen.add(f.folded);
    fields.push(f);
  }
  return fields;
}

/** Names, aliases and titles in both languages, folded once. */
export function buildSearchIndex(dataset: Pick<Dataset, 'actors' | 'places' | 'events'>): SearchIndex {
  const placeNames = new Map(dataset.places.map((p) => [p.id, textValues(p.name)]));
  const entry = (kind: SearchKind, id: string, raws: readonly string[]): Entry => ({ kind, id, fields: distinctFields(raws) });
  return {
    entries: [
      ...dataset.actors.map((a) => entry('actor', a.id, [...textValues(a.name), ...(a.aliases ?? [])])),
      ...dataset.places.map((p) => entry('place', p.id, textValues(p.name))),
      ...dataset.events.map((e) => {
        const place = placeNames.get(e.placeId);
        return { ...entry('event', e.id, textValues(e.title)), placeFields: place ? entry('place', e.placeId, place).fields : [] };
      }),
    ],
  };
}

/** How well a result matched; lower is better. */
export const MatchTier = { Exact: 0, NameStart: 1, WordStart: 2, AllWords: 3, Inside: 4, Compact: 5, AtPlace: 6 } as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  tier: MatchTier;
  /** The name, alias or title that matched, as written in the dataset (an event's place name for `AtPlace`). */
  matched: string;
}

const isWordStart = (s: string, at: number) => at === 0 || s[at - 1] === ' ' || s[at - 1] === "'";

/** Where every word of the query starts a word of the field, in any order; -1 if one does not. */
function allWordsAt(folded: string, words: readonly string[]): number {
  let first = Infinity;
  for (const w of words) {
    let found = -1;
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (isWordStart(folded, at)) {
        found = at;
        break;
      }
    }
    if (found < 0) return -1;
    first = Math.min(first, found);
  }
  return first;
}

export function matchField(f: Pick<Field, 'folded' | 'compact'>, q: string, qWords: readonly string[], qCompact: string): { tier: MatchTier; at: number } | null {
  if (f.folded === q) return { tier: MatchTier.Exact, at: 0 };
  if (f.folded.startsWith(q)) return { tier: MatchTier.NameStart, at: 0 };
  let inside = -1;
  for (let at = f.folded.indexOf(q); at >= 0; at = f.folded.indexOf(q, at + 1)) {
    if (isWordStart(f.folded, at)) return { tier: MatchTier.WordStart, at };
    if (inside < 0) inside = at;
  }
  if (qWords.length > 1) {
    const at = allWordsAt(f.folded, qWords);
    if (at >= 0) return { tier: MatchTier.AllWords, at };
  }
  // One or two letters anywhere inside a word match nearly everything: only word starts count then.
  if (q.length < 3) return null;
  if (inside >= 0) return { tier: MatchTier.Inside, at: inside };
  if (qCompact.length >= 3) {
    const at = f.compact.indexOf(qCompact);
    if (at >= 0) return { tier: MatchTier.Compact, at };
  }
  return null;
}

/** An event whose own title does not match but whose place's name does (from its start, or a word's). */
export function matchPlace(placeFields: readonly Field[] | undefined, q: string): Field | null {
  if (q.length < 3) return null;
  return placeFields?.find((f) => f.folded === q || f.folded.startsWith(q) || f.folded.includes(` ${q}`)) ?? null;
}

/** The query as matching uses it: folded, its words, and its compacted form. */
export interface Query {
  q: string;
  words: string[];
  compact: string;
}

export function parseQuery(query: string): Query | null {
  const q = foldText(query);
  return q === '' ? null : { q, words: q.split(' '), compact: compact(q) };
}

/** The best match among an entry's fields: the lowest tier, then the earliest. */
export function bestField<F extends Pick<Field, 'folded' | 'compact'>>(fields: readonly F[], query: Query): { tier: MatchTier; at: number; field: F } | null {
  let best: { tier: MatchTier; at: number; field: F } | null = null;
  for (const f of fields) {
    const m = matchField(f, query.q, query.words, query.compact);
    if (m && (!best || m.tier < best.tier || (m.tier === best.tier && m.at < best.at))) best = { ...m, field: f };
  }
  return best;
}

/** A hit with what ranks it: `at`, where it matched, and `key`, the entry's first folded text. */
export interface ScoredHit extends SearchHit {
  at: number;
  key: string;
}

/** Best first: by tier, then actors before places before events, then the earlier match, then alphabetically. */
export const compareHits = (a: ScoredHit, b: ScoredHit) =>
  a.tier - b.tier || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.at - b.at || a.key.localeCompare(b.key) || a.id.localeCompare(b.id);

export function scoreEntry(entry: Entry, query: Query): ScoredHit | null {
  let best: { tier: MatchTier; at: number; field: Field } | null = bestField(entry.fields, query);
  const place = best ? null : matchPlace(entry.placeFields, query.q);
  if (place) best = { tier: MatchTier.AtPlace, at: 0, field: place };
  return best && { kind: entry.kind, id: entry.id, tier: best.tier, matched: best.field.raw, at: best.at, key: entry.fields[0]?.folded ?? '' };
}

export const unscored = ({ kind, id, tier, matched }: ScoredHit): SearchHit => ({ kind, id, tier, matched });

/**
 * Results for a query, best first: by match tier, then actors before places before events, then the
 * earlier match, then alphabetically; at most `limit`, except that a query naming a place also brings
 * every event at that place (after the direct matches), however many. An empty query gives nothing.
 */
export function search(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const parsed = parseQuery(query);
  if (!parsed) return [];
  const scored: ScoredHit[] = [];
  for (const entry of index.entries) {
    const hit = scoreEntry(entry, parsed);
    if (hit) scored.push(hit);
  }
  scored.sort(compareHits);
  return scored.filter((h, i) => i < limit || h.tier === MatchTier.AtPlace).map(unscored);
}
