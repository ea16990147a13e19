import type { Dataset } from '../data/schema';
import { fnv1a } from './hash';
import { buildSearchIndex, compact, distinctFields, wordFolder, type Field, type SearchIndex } from './search';
import { textValues } from './text';

/**
 * The same search as `search()` (same hits, same order), fast over a million events. Actors and places are
 * few and are matched one by one; event titles are folded once into two long strings, one field per line
 * (as folded, and compacted), so a query first finds its candidates with `indexOf` (a single fast pass over
 * the text) and only they are matched. Events are ranked once, alphabetically, so the best of many equal
 * matches (every title starting with "event") come from a short walk in that order instead of a sort.
 */
export interface EventSearchIndex {
  /** Actors and places, matched entry by entry. */
  small: SearchIndex;
  /** Each place's names, and for each event its place's position in `places` (-1 if unknown). */
  placeFields: readonly Field[][];
  placeOf: Int32Array;
  /** Event ids and their title fields' raw text, to name a hit. */
  eventIds: ByEvent<string>;
  titles: ByEvent<readonly string[]>;
  /** Each event's first folded title, by which equal matches are sorted. */
  keys: ByEvent<string>;
  /** Every event's distinct folded titles as lines: "\n" + field + "\n" + field … + "\n". */
  folded: string;
  compacted: string;
  /** `folded` with every space and apostrophe written "\n": "\n" + word finds where a word starts, in one pass. */
  marks: string;
  /** Field f spans [start[f], start[f + 1] - 1) in its string; the last entry closes the last field. */
  foldedStart: Uint32Array;
  compactStart: Uint32Array;
  /** The fields of event e are eventField[e] … eventField[e + 1] - 1. */
  eventField: Uint32Array;
  fieldEvent: Uint32Array;
  /** Events by their first folded title, then id, then position: the tie order of `search()`. */
  order: Uint32Array;
  rank: Uint32Array;
  /** Room for one query's matches, reused so that typing allocates little (see `Matches`). */
  scratch: { tier: Uint8Array; at: Uint32Array; field: Uint16Array };
  /** The fields by a hash of their folded text (chains through `sameHash`), to find a whole title at once. */
  byHash: Int32Array;
  sameHash: Int32Array;
}

/**
 * Read by event position: an array when built where the events are objects, or a view that reads them from
 * the page's packed events when the loading worker built the index (see `withEvents`).
 */
export interface ByEvent<T> {
  readonly [e: number]: T;
}

/** No match yet, in `scratch.tier`. */
export const NONE = 255;

/** An index being built a slice at a time, so that a million titles never hold the page for long. */
export interface SearchIndexBuild {
  /** Folds a few hundred titles, then more while `more()` says so; the index once every title is in. */
  step(more: () => boolean): EventSearchIndex | null;
}

export const buildEventSearchIndex = (dataset: Pick<Dataset, 'actors' | 'places' | 'events'>): EventSearchIndex =>
  startEventSearchIndex(dataset).step(() => true)!;

export function startEventSearchIndex(dataset: Pick<Dataset, 'actors' | 'places' | 'events'>): SearchIndexBuild {
  const placeAt = new Map(dataset.places.map((p, i) => [p.id, i]));
  const n = dataset.events.length;
  const placeOf = new Int32Array(n);
  const eventField = new Uint32Array(n + 1);
  const foldedParts: string[] = [];
  const compactParts: string[] = [];
  // Per field, made with the titles (a step at a time) rather than in one long pass at the end.
  const markParts: string[] = [];
  const hashes: number[] = [];
  const titles: string[][] = new Array(n);
  const eventIds: string[] = new Array(n);
  const keys: string[] = new Array(n);
  const fold = wordFolder();
  let e = 0;
  // After the titles, the rest is built in parts, one or more per step: the sort alone is the longest.
  const built: Partial<EventSearchIndex> = {};
  const parts: Array<() => void> = [
    () => {
      // Sorted as a plain array: several times faster than a typed array with a comparator.
      const byKey = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]!.localeCompare(keys[b]!) || eventIds[a]!.localeCompare(eventIds[b]!) || a - b);
      built.order = Uint32Array.from(byKey);
    },
    () => {
      built.rank = new Uint32Array(n);
      built.order!.forEach((i, r) => (built.rank![i] = r));
      built.fieldEvent = new Uint32Array(foldedParts.length);
      for (let i = 0; i < n; i++) built.fieldEvent.fill(i, eventField[i]!, eventField[i + 1]!);
    },
    () => {
      built.folded = lines(foldedParts);
      built.foldedStart = lineStarts(foldedParts);
    },
    () => (built.marks = lines(markParts)),
    () => {
      built.compacted = lines(compactParts);
      built.compactStart = lineStarts(compactParts);
    },
    () => Object.assign(built, hashFields(hashes)),
    () => {
      built.small = buildSearchIndex({ actors: dataset.actors, places: dataset.places, events: [] });
      built.placeFields = dataset.places.map((p) => distinctFields(textValues(p.name)));
      built.scratch = { tier: new Uint8Array(n).fill(NONE), at: new Uint32Array(n), field: new Uint16Array(n) };
    },
  ];
  let part = 0;
  const finish = (more: () => boolean): EventSearchIndex | null => {
    do parts[part++]!();
    while (part < parts.length && more());
    return part < parts.length ? null : ({ ...built, placeOf, eventIds, titles, keys, eventField } as EventSearchIndex);
  };
  return {
    step(more) {
      const from = e;
      for (; e < n && (e % 256 !== 0 || e === from || more()); e++) {
        const event = dataset.events[e]!;
        eventIds[e] = event.id;
        placeOf[e] = placeAt.get(event.placeId) ?? -1;
        // As `distinctFields`, without its objects: a million titles make a lot of garbage otherwise.
        const first = foldedParts.length;
        const kept = keptTitles(event.title, fold, (folded) => {
          foldedParts.push(folded);
          compactParts.push(compact(folded));
          markParts.push(folded.replace(/[ ']/g, '\n'));
          hashes.push(fnv1a(folded));
        });
        titles[e] = kept;
        keys[e] = foldedParts[first] ?? '';
        eventField[e + 1] = foldedParts.length;
      }
      // Every step makes progress: the titles, else at least one part of the rest.
      if (e < n || (e > from && !more())) return null;
      return finish(more);
    },
  };
}

/** An event's titles that are fields of the index: not empty once folded, and not a repeat of an earlier one. */
function keptTitles(title: Dataset['events'][number]['title'], fold: (s: string) => string, add: (folded: string) => void = () => {}): string[] {
  const kept: string[] = [];
  const seen: string[] = [];
  for (const raw of textValues(title)) {
    const folded = fold(raw);
    if (folded === '' || seen.includes(folded)) continue;
    seen.push(folded);
    add(folded);
    kept.push(raw);
  }
  return kept;
}

/** An index as it crosses from the loading worker: typed arrays and a few long strings, no array per event. */
export type PortableSearchIndex = Omit<EventSearchIndex, 'eventIds' | 'titles' | 'keys'>;

/** Its parts for `postMessage`, and the buffers to transfer. */
export function portableSearchIndex(ix: EventSearchIndex): { index: PortableSearchIndex; transfer: ArrayBuffer[] } {
  const index: PortableSearchIndex & Partial<EventSearchIndex> = { ...ix };
  delete index.eventIds;
  delete index.titles;
  delete index.keys;
  const arrays = [index.placeOf, index.foldedStart, index.compactStart, index.eventField, index.fieldEvent, index.order, index.rank, index.byHash, index.sameHash];
  return { index, transfer: [...arrays, index.scratch.tier, index.scratch.at, index.scratch.field].map((a) => a.buffer as ArrayBuffer) };
}

/** The worker's index again, its ids, titles and keys read from `events` (or the folded text) for the few hits. */
export function withEvents(index: PortableSearchIndex, events: readonly Pick<Dataset['events'][number], 'id' | 'title'>[]): EventSearchIndex {
  const fold = wordFolder();
  const byEvent = <T>(at: (e: number) => T): ByEvent<T> => new Proxy({}, { get: (_, key) => (typeof key === 'string' ? at(Number(key)) : undefined) });
  const key = (e: number) => {
    const f = index.eventField[e]!;
    return f < index.eventField[e + 1]! ? index.folded.slice(index.foldedStart[f], index.foldedStart[f + 1]! - 1) : '';
  };
  return { ...index, eventIds: byEvent((e) => events[e]!.id), titles: byEvent((e) => keptTitles(events[e]!.title, fold)), keys: byEvent(key) };
}


/** A table of the fields by the hash of their folded text, `hashes[f]`. */
function hashFields(hashes: readonly number[]) {
  const byHash = new Int32Array(2 ** Math.ceil(Math.log2(2 * hashes.length + 2))).fill(-1);
  const sameHash = new Int32Array(hashes.length);
  const mask = byHash.length - 1;
  hashes.forEach((fieldHash, f) => {
    const h = fieldHash & mask;
    sameHash[f] = byHash[h]!;
    byHash[h] = f;
  });
  return { byHash, sameHash };
}

const lines = (parts: readonly string[]) => `\n${parts.join('\n')}\n`;

function lineStarts(parts: readonly string[]): Uint32Array {
  const start = new Uint32Array(parts.length + 1);
  start[0] = 1;
  parts.forEach((p, f) => (start[f + 1] = start[f]! + p.length + 1));
  return start;
}
