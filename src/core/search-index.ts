import { bestField, compareHits, matchPlace, MatchTier, parseQuery, scoreEntry, unscored, type Query, type SearchHit } from './search';
import { fnv1a } from './hash';
import { NONE, type EventSearchIndex } from './search-index-build';

export { buildEventSearchIndex, startEventSearchIndex, type EventSearchIndex, type SearchIndexBuild } from './search-index-build';

/*
 * Queries over the index of search-index-build.ts: a few `indexOf` passes over the folded titles find where the
 * query occurs, and that place says how well it matches; the best of many equal matches come from a walk in
 * alphabetical order.
 */

/** Events walked in alphabetical order before falling back to a full pass, when many titles start with the query. */
const WALK = 256;

/** Calls `visit(field)` for each field whose folded text is `q`. */
function fieldsEqualTo(ix: EventSearchIndex, q: string, visit: (f: number) => void) {
  for (let f = ix.byHash[fnv1a(q) & (ix.byHash.length - 1)]!; f >= 0; f = ix.sameHash[f]!) {
    if (ix.foldedStart[f + 1]! - 1 - ix.foldedStart[f]! === q.length && ix.folded.startsWith(q, ix.foldedStart[f])) visit(f);
  }
}

/** An event's fields as `matchField` reads them, cut from the long strings. */
function eventFields(ix: EventSearchIndex, e: number) {
  const fields: Array<{ folded: string; compact: string; f: number }> = [];
  for (let f = ix.eventField[e]!; f < ix.eventField[e + 1]!; f++) {
    fields.push({
      folded: ix.folded.slice(ix.foldedStart[f], ix.foldedStart[f + 1]! - 1),
      compact: ix.compacted.slice(ix.compactStart[f], ix.compactStart[f + 1]! - 1),
      f,
    });
  }
  return fields;
}

interface EventMatch {
  e: number;
  tier: MatchTier;
  at: number;
  /** Which of the event's titles matched. */
  field: number;
}

function matchEvent(ix: EventSearchIndex, e: number, query: Query): EventMatch | null {
  const best = bestField(eventFields(ix, e), query);
  return best && { e, tier: best.tier, at: best.at, field: best.field.f - ix.eventField[e]! };
}

/**
 * Calls `visit(field, at)` for each place where `needle` occurs in `text`, `at` counted from the field's start;
 * `before` is a character the needle must follow (a line's start is "\n"), not part of the match.
 */
function occurrences(text: string, start: Uint32Array, before: string, needle: string, visit: (f: number, at: number) => boolean | void) {
  const skip = before.length;
  needle = before + needle;
  let f = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const pos = at + skip;
    // Matches come in order, often close together: look a few fields ahead before searching the rest.
    const last = start.length - 2;
    let ahead = 0;
    while (f < last && start[f + 1]! <= pos && ahead++ < 8) f++;
    let lo = f;
    let hi = start[f + 1]! <= pos ? last : f;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (start[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    f = lo;
    if (visit(f, pos - start[f]!) === false) return;
  }
}

/** Where a word can start: at a field's start, after a space or after an apostrophe. */
const WORD_STARTS = ['\n', ' ', "'"];

/**
 * Every event's best match, as the sum of what each place the query occurs says: at a field's start, at a
 * word's, or inside one; or, compacted, anywhere. "All the words" is the one kind that needs the words apart:
 * the events where the rarest query word starts a word are matched in full.
 */
class Matches {
  readonly tier: Uint8Array;
  readonly at: Uint32Array;
  readonly field: Uint16Array;
  readonly found: number[] = [];
  /** How many events match at least as well as a word's start (no later kind of match can outrank them). */
  wordStarts = 0;

  constructor(private readonly ix: EventSearchIndex) {
    ({ tier: this.tier, at: this.at, field: this.field } = ix.scratch);
  }

  /** Gives the room back, empty, to the next query. */
  release() {
    for (const e of this.found) this.tier[e] = NONE;
  }

  /** Keeps the better of the event's match so far and this one (the earlier field on a tie, as `search()`). */
  add(e: number, tier: MatchTier, at: number, field: number) {
    const was = this.tier[e]!;
    if (was === NONE) this.found.push(e);
    else if (was < tier || (was === tier && (this.at[e]! < at || (this.at[e] === at && this.field[e]! <= field)))) return;
    if (tier <= MatchTier.WordStart && (was === NONE || was > MatchTier.WordStart)) this.wordStarts++;
    this.tier[e] = tier;
    this.at[e] = at;
    this.field[e] = field;
  }

  /** Replaces an event's match by a full one. */
  set(e: number, query: Query) {
    const m = matchEvent(this.ix, e, query);
    if (!m) return;
    if (this.tier[e] === NONE) this.found.push(e);
    if (m.tier <= MatchTier.WordStart && this.tier[e]! > MatchTier.WordStart) this.wordStarts++;
    this.tier[e] = m.tier;
    this.at[e] = m.at;
    this.field[e] = m.field;
  }

  /** The best `limit`, by match then alphabetically. */
  best(limit: number): EventMatch[] {
    const { tier, at, ix } = this;
    const before = (a: number, b: number) => (tier[a]! - tier[b]! || at[a]! - at[b]! || ix.rank[a]! - ix.rank[b]!) < 0;
    const kept: number[] = [];
    for (const e of this.found) {
      if (kept.length === limit && !before(e, kept[limit - 1]!)) continue;
      let i = Math.min(kept.length, limit - 1);
      for (; i > 0 && before(e, kept[i - 1]!); i--) kept[i] = kept[i - 1]!;
      kept[i] = e;
    }
    return kept.map((e) => ({ e, tier: tier[e] as MatchTier, at: at[e]!, field: this.field[e]! }));
  }
}

/** Calls `visit` for each place where `word` starts a word. */
function startingWords(ix: EventSearchIndex, word: string, visit: (f: number, at: number) => boolean | void) {
  if (!word.includes("'")) occurrences(ix.marks, ix.foldedStart, '\n', word, visit);
  else for (const before of WORD_STARTS) occurrences(ix.folded, ix.foldedStart, before, word, visit);
}

/** The events where `word` starts a word, or null when that happens more than `atMost` times. */
function wordStarts(ix: EventSearchIndex, word: string, atMost: number): Set<number> | null {
  const events = new Set<number>();
  let seen = 0;
  startingWords(ix, word, (f) => {
    events.add(ix.fieldEvent[f]!);
    return ++seen <= atMost;
  });
  return seen > atMost ? null : events;
}

/** The events where the rarest of the words starts a word: counted with a growing bound, so a common word costs little. */
function rarestWordStarts(ix: EventSearchIndex, words: readonly string[]): Set<number> {
  for (let atMost = 4096; ; atMost *= 8) {
    let rarest: Set<number> | null = null;
    for (const w of words) rarest = wordStarts(ix, w, rarest ? rarest.size : atMost) ?? rarest;
    if (rarest) return rarest;
  }
}

/**
 * The events' matches: all of them when `limit` is Infinity, else enough for the best `limit` (the kinds of match
 * that rank below a word's start are looked for only while fewer than `limit` events match that well).
 */
function allMatches(ix: EventSearchIndex, query: Query, limit: number): Matches {
  const found = new Matches(ix);
  const { q } = query;
  const fieldLength = (f: number) => ix.foldedStart[f + 1]! - 1 - ix.foldedStart[f]!;
  const record = (f: number, at: number) => {
    const e = ix.fieldEvent[f]!;
    const field = f - ix.eventField[e]!;
    if (at === 0) found.add(e, fieldLength(f) === q.length ? MatchTier.Exact : MatchTier.NameStart, 0, field);
    else if (' \''.includes(ix.folded[ix.foldedStart[f]! + at - 1]!)) found.add(e, MatchTier.WordStart, at, field);
    else if (q.length >= 3) found.add(e, MatchTier.Inside, at, field);
  };
  if (q.length < 3) {
    // One or two letters count only where a word starts.
    startingWords(ix, q, record);
    return found;
  }
  occurrences(ix.folded, ix.foldedStart, '', q, record);
  if (found.wordStarts >= limit) return found;
  if (query.compact.length >= 3) {
    occurrences(ix.compacted, ix.compactStart, '', query.compact, (f, at) => {
      const e = ix.fieldEvent[f]!;
      found.add(e, MatchTier.Compact, at, f - ix.eventField[e]!);
    });
  }
  if (query.words.length > 1) {
    // Every word starts a word of the title: look where the rarest does, and match those events in full.
    for (const e of rarestWordStarts(ix, query.words)) if (found.tier[e]! > MatchTier.WordStart) found.set(e, query);
  }
  return found;
}

const byRank = (ix: EventSearchIndex) => (a: EventMatch, b: EventMatch) => a.tier - b.tier || a.at - b.at || ix.rank[a.e]! - ix.rank[b.e]!;

/**
 * The best `limit` events that match by their title, and (when asked) every event that does.
 * When the query starts many titles, the first events in alphabetical order that it starts, with the titles
 * equal to it, are the best: no other event can come before them.
 */
function bestEvents(ix: EventSearchIndex, query: Query, limit: number, wantAll: boolean): { best: EventMatch[]; matches: Matches | null } {
  const n = ix.order.length;
  if (!wantAll) {
    const early: EventMatch[] = [];
    for (let r = 0; r < Math.min(WALK, n) && early.length < limit; r++) {
      const m = matchEvent(ix, ix.order[r]!, query);
      if (m && m.tier <= MatchTier.NameStart) early.push(m);
    }
    if (early.length >= limit) {
      fieldsEqualTo(ix, query.q, (f) => {
        const e = ix.fieldEvent[f]!;
        if (!early.some((m) => m.e === e)) early.push(matchEvent(ix, e, query)!);
      });
      return { best: early.sort(byRank(ix)).slice(0, limit), matches: null };
    }
  }
  const found = allMatches(ix, query, wantAll ? Infinity : limit);
  return { best: found.best(limit), matches: found };
}

/** What a query finds: the best direct hits, and every event found by its place's name, best first. */
export interface IndexedResult {
  /** At most `limit` hits, best first, as `search()` ranks them. */
  top: SearchHit[];
  /** Events found only by their place's name, in `search()`'s order, as positions in the dataset. */
  atPlace: Uint32Array;
  /** How many events were found by their place: more than `atPlace` holds when a bound was asked. */
  atPlaceCount: number;
  /** The hit for one of `atPlace`. */
  atPlaceHit(e: number): SearchHit;
}

/** At most `limit` direct hits; the events found by their place are all counted, and listed up to `atPlaceLimit`. */
export function searchEvents(ix: EventSearchIndex, query: string, limit = 8, atPlaceLimit = Infinity): IndexedResult {
  const parsed = parseQuery(query);
  const placeHit = ix.placeFields.map((fields) => (parsed ? matchPlace(fields, parsed.q) : null));
  const atPlaceHit = (e: number): SearchHit => ({ kind: 'event', id: ix.eventIds[e]!, tier: MatchTier.AtPlace, matched: placeHit[ix.placeOf[e]!]?.raw ?? '' });
  if (!parsed) return { top: [], atPlace: new Uint32Array(0), atPlaceCount: 0, atPlaceHit };
  const scored = ix.small.entries.map((entry) => scoreEntry(entry, parsed)).filter((h) => h !== null);
  const anyPlace = placeHit.some((f) => f !== null);
  const { best, matches } = bestEvents(ix, parsed, limit, anyPlace);
  for (const m of best) {
    scored.push({ kind: 'event', id: ix.eventIds[m.e]!, tier: m.tier, matched: ix.titles[m.e]![m.field]!, at: m.at, key: ix.keys[m.e]! });
  }
  const top = scored.sort(compareHits).slice(0, limit).map(unscored);
  if (!matches) return { top, atPlace: new Uint32Array(0), atPlaceCount: 0, atPlaceHit };
  try {
    if (!anyPlace) return { top, atPlace: new Uint32Array(0), atPlaceCount: 0, atPlaceHit };
    // Events at a place the query names and whose titles do not match, alphabetically: counted, then listed.
    const isAtPlace = (e: number) => ix.placeOf[e]! >= 0 && placeHit[ix.placeOf[e]!] !== null && matches.tier[e] === NONE;
    const listed: number[] = [];
    let count = 0;
    for (const e of ix.order) {
      if (!isAtPlace(e)) continue;
      if (count++ < atPlaceLimit) listed.push(e);
    }
    return { top, atPlace: Uint32Array.from(listed), atPlaceCount: count, atPlaceHit };
  } finally {
    matches.release();
  }
}

/** `search()`'s answer from the index: the top hits, then every event found by its place. */
export function searchIndexed(ix: EventSearchIndex, query: string, limit = 8): SearchHit[] {
  const result = searchEvents(ix, query, limit);
  return [...result.top, ...Array.from(result.atPlace, (e) => result.atPlaceHit(e))];
}
