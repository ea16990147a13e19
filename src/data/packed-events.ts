import { BACKSLASH, CLOSE_LIST, CLOSE_OBJECT, COMMA, idFromJson, OPEN_LIST, OPEN_OBJECT, QUOTE } from './event-id-bytes';
import { hashId, tableSize } from './id-table';
import type { DossierEvent } from './schema';

/**
 * The events as the loading worker hands them to the page: each event's JSON in one UTF-8 buffer, and a
 * table to find an event by id. Buffers move between threads without a copy, where a structured clone of a
 * million event objects costs seconds on each side and hundreds of MB of heap. The page turns an event back
 * into an object only when something reads it (a list row, a card, the events behind a count); what views
 * draw at load comes from the typed columns (core/event-columns.ts).
 */
export interface PackedEvents {
  count: number;
  /** Event `i` is the JSON in `bytes[starts[i]..ends[i])`: the file itself, or the events written anew. */
  bytes: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Open addressing by a hash of the id, a power of two long: event index + 1, or 0 for an empty slot. */
  idTable: Int32Array;
}

/** What the page reads events by id through (the part of a Map the app uses), and an event's position. */
export interface EventLookup {
  readonly size: number;
  get(id: string): DossierEvent | undefined;
  has(id: string): boolean;
  /** Position of the event in `dataset.events`, or -1. */
  indexOf(id: string): number;
}

const BATCH = 512;
/** Events parsed at once when a caller reads them all in order. */
const SCAN_RUN = 256;
const NEWLINE = 10;

/**
 * Where the events came from, for packing them: the JSON file's bytes, whose event objects can be sliced out as
 * they are, but for the records the validator `changed`; and the id table the validator made (id-table.ts).
 */
export interface EventSource {
  bytes?: Uint8Array;
  changed: ReadonlySet<object>;
  idTable?: Int32Array;
  /** The events' ranges in `bytes` when already found (as the file was read), or null when they could not be. */
  ranges?: EventRanges | null;
}

/**
 * Packs validated events (ids unique). From a JSON file's bytes, each event is the slice of the file it was
 * parsed from (nothing is written again), and only the events the validator changed are written anew after
 * the file; otherwise (a CSV, an inline file, many changes) every event is written as JSON.
 */
export function packEvents(events: readonly DossierEvent[], source?: EventSource): PackedEvents {
  const count = events.length;
  const idTable = source?.idTable ?? tableOf(events);
  const ranges = source?.bytes && (source.ranges !== undefined ? source.ranges : eventRanges(source.bytes, count));
  let rewrite: number[];
  if (ranges && source?.bytes) {
    rewrite = [];
    // (A lookup per event gives each event object an identity hash: skipped when nothing changed.)
    if (source.changed.size > 0) for (let i = 0; i < count; i++) if (source.changed.has(events[i]!)) rewrite.push(i);
    if (rewrite.length <= count / 10) {
      if (rewrite.length === 0) return { count, bytes: source.bytes, ...ranges, idTable };
      const extra = encodeLines(events, rewrite);
      const bytes = new Uint8Array(source.bytes.length + extra.bytes.length);
      bytes.set(source.bytes);
      bytes.set(extra.bytes, source.bytes.length);
      rewrite.forEach((i, k) => {
        ranges.starts[i] = source.bytes!.length + extra.starts[k]!;
        ranges.ends[i] = source.bytes!.length + extra.ends[k]!;
      });
      return { count, bytes, ...ranges, idTable };
    }
  }
  return { count, ...encodeLines(events, Array.from(events.keys())), idTable };
}

function tableOf(events: readonly DossierEvent[]): Int32Array {
  const table = new Int32Array(tableSize(events.length));
  const mask = table.length - 1;
  events.forEach((event, i) => {
    let slot = hashId(event.id) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = i + 1;
  });
  return table;
}

/**
 * Writes `events[which[k]]` as JSON, one per line (JSON.stringify escapes every line break inside a value), a
 * batch per encoder call; each line's end is found with the native `indexOf`.
 */
function encodeLines(events: readonly DossierEvent[], which: readonly number[]): { bytes: Uint8Array; starts: Uint32Array; ends: Uint32Array } {
  const encoder = new TextEncoder();
  const starts = new Uint32Array(which.length);
  const ends = new Uint32Array(which.length);
  let bytes = new Uint8Array(Math.max(1024, which.length * 256));
  let at = 0;
  const lines: string[] = [];
  for (let from = 0; from < which.length; from += BATCH) {
    const to = Math.min(which.length, from + BATCH);
    lines.length = 0;
    for (let k = from; k < to; k++) lines.push(JSON.stringify(events[which[k]!]));
    const text = `${lines.join('\n')}\n`;
    if (bytes.length - at < text.length * 3) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + text.length * 3));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    const end = at + encoder.encodeInto(text, bytes.subarray(at)).written;
    for (let k = from; k < to; k++) {
      starts[k] = at;
      at = bytes.indexOf(NEWLINE, at) + 1;
      ends[k] = at;
    }
    if (at !== end) throw new Error('packEvents: a line break inside an event');
  }
  // Spare capacity would travel with the buffer: cut it when it is large.
  return { bytes: at < bytes.length * 0.75 ? bytes.slice(0, at) : bytes, starts, ends };
}

const SHORT_STRING = 24;
const EVENTS_KEY = Array.from('"events"', (c) => c.charCodeAt(0));

/** The index just past the string that opens at `i` (a quote), or -1. */
function stringEnd(b: Uint8Array, i: number): number {
  for (;;) {
    // Most strings (ids, keys, dates) are short: a plain loop finds their end sooner than a native call would.
    let q = i + 1;
    const near = Math.min(b.length, q + SHORT_STRING);
    while (q < near && b[q] !== QUOTE) q++;
    if (q === near) q = b.indexOf(QUOTE, q);
    if (q < 0) return -1;
    let k = q - 1;
    while (b[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    i = q;
  }
}

const isEventsKey = (b: Uint8Array, from: number, to: number) => to - from === EVENTS_KEY.length && EVENTS_KEY.every((c, k) => b[from + k] === c);

export interface EventRanges {
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Finds event ranges in a JSON text a part at a time, as its bytes arrive (see `eventRanges`). */
export interface EventScanner {
  /** Scans what is new in `b[0..upTo)`: a string cut off at `upTo` waits for the next call. */
  scan(b: Uint8Array, upTo: number): void;
  /** Once every byte is scanned: the ranges, or null when they are not exactly `count` objects. */
  ranges(count: number): EventRanges | null;
}

export function createEventScanner(): EventScanner {
  let starts = new Uint32Array(1024);
  let ends = new Uint32Array(1024);
  let i = 0;
  let depth = 0;
  let last = 0; // the last byte that was not white space
  let eventsKey = false;
  let inEvents = false;
  let lists = 0;
  let k = 0;
  let failed = false;
  let cut = false; // the last scan stopped inside a string
  const grow = (a: Uint32Array) => {
    const out = new Uint32Array(a.length * 2);
    out.set(a);
    return out;
  };
  return {
    scan(whole, upTo) {
      // Bounded, so a string not closed yet is not searched for through the rest of a large buffer.
      const b = whole.subarray(0, upTo);
      cut = false;
      for (; i < upTo && !failed; i++) {
        const c = b[i]!;
        if (c === QUOTE) {
          const end = stringEnd(b, i);
          if (end < 0) {
            cut = true; // the rest of the string has not arrived yet
            return;
          }
          if (depth === 1 && (last === OPEN_OBJECT || last === COMMA)) eventsKey = isEventsKey(b, i, end);
          last = QUOTE;
          i = end - 1;
          continue;
        }
        if (c === OPEN_OBJECT || c === OPEN_LIST) {
          if (inEvents && depth === 2) {
            if (c !== OPEN_OBJECT) failed = true;
            if (k === starts.length) {
              starts = grow(starts);
              ends = grow(ends);
            }
            starts[k] = i;
          }
          if (depth === 1 && c === OPEN_LIST && eventsKey) {
            if (lists++ > 0) failed = true;
            inEvents = true;
          }
          depth++;
        } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
          depth--;
          if (inEvents && depth === 2) ends[k++] = i + 1;
          else if (inEvents && depth === 1) inEvents = false;
        }
        if (c > 32) last = c;
      }
    },
    ranges(count) {
      if (failed || cut || k !== count || lists !== 1) return null;
      return { starts: starts.length === count ? starts : starts.slice(0, count), ends: ends.length === count ? ends : ends.slice(0, count) };
    },
  };
}

/**
 * The byte ranges of the objects in the top-level "events" list of a JSON file already parsed (so well
 * formed), or null when they are not exactly `count` objects there (a key spelled with escapes, a second
 * "events" key): the caller then writes the events anew. Strings are skipped with the native `indexOf`; every
 * structural character is ASCII, and UTF-8 never puts an ASCII byte inside a longer character.
 */
export function eventRanges(b: Uint8Array, count: number): EventRanges | null {
  const scanner = createEventScanner();
  scanner.scan(b, b.length);
  return scanner.ranges(count);
}

/** The buffers of packed events, for a `postMessage` transfer list. */
export const packedBuffers = (p: PackedEvents): ArrayBuffer[] => [p.bytes.buffer, p.starts.buffer, p.ends.buffer, p.idTable.buffer] as ArrayBuffer[];

/**
 * The page's side: `events` reads like the dataset's array (index, length, iteration) but makes event `i`
 * on first read, and keeps its identity while it is held; `byId` finds an event through the table.
 * Reading every event still parses every one (a run at a time when iterating): code that runs at load reads the
 * columns instead.
 */
export function unpackEvents(p: PackedEvents): { events: DossierEvent[]; byId: EventLookup } {
  const decoder = new TextDecoder();
  // Weakly kept: an event keeps its identity while anything holds it, and one that nothing holds can be made
  // again unnoticed, so reading every event once (an export, a scan) does not keep a million objects.
  const made = new Map<number, WeakRef<DossierEvent>>();
  const forget = new FinalizationRegistry<number>((i) => {
    if (made.get(i)?.deref() === undefined) made.delete(i);
  });
  const at = (i: number): DossierEvent => {
    let event = made.get(i)?.deref();
    if (!event) {
      event = JSON.parse(decoder.decode(p.bytes.subarray(p.starts[i]!, p.ends[i]!))) as DossierEvent;
      made.set(i, new WeakRef(event));
      forget.register(event, i);
    }
    return event;
  };
  // An id alone is read from the bytes: no event object made (the timeline names thousands of events by id).
  const idAt = (i: number): string => made.get(i)?.deref()?.id ?? idFromJson(p.bytes, p.starts[i]!, p.ends[i]!, decoder) ?? at(i).id;
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < p.count ? i : -1;
  };
  // A scan (iteration, map, forEach, filter) parses a run of consecutive events in one JSON.parse when they lie
  // side by side in the file (only commas and white space between), and does not keep what it made.
  const parseRun = (from: number, to: number): DossierEvent[] => {
    let contiguous = true;
    for (let i = from; i + 1 < to && contiguous; i++) contiguous = p.starts[i + 1]! > p.ends[i]! && p.starts[i + 1]! - p.ends[i]! < 64;
    if (contiguous && to > from) {
      try {
        return JSON.parse(`[${decoder.decode(p.bytes.subarray(p.starts[from]!, p.ends[to - 1]!))}]`) as DossierEvent[];
      } catch {
        // Not a plain list between them (written anew as lines): one by one.
      }
    }
    return Array.from({ length: to - from }, (_, k) => JSON.parse(decoder.decode(p.bytes.subarray(p.starts[from + k]!, p.ends[from + k]!))) as DossierEvent);
  };
  function* scan(): Generator<DossierEvent, void, undefined> {
    for (let from = 0; from < p.count; from += SCAN_RUN) {
      const run = parseRun(from, Math.min(p.count, from + SCAN_RUN));
      for (let k = 0; k < run.length; k++) yield made.get(from + k)?.deref() ?? run[k]!;
    }
  }
  type Each<R> = (event: DossierEvent, index: number, array: DossierEvent[]) => R;
  const scans: Partial<Record<PropertyKey, unknown>> = {
    [Symbol.iterator]: scan,
    values: scan,
    forEach(fn: Each<unknown>, self?: unknown) {
      let i = 0;
      for (const e of scan()) fn.call(self, e, i++, events);
    },
    map<R>(fn: Each<R>, self?: unknown): R[] {
      const out = new Array<R>(p.count);
      let i = 0;
      for (const e of scan()) out[i] = fn.call(self, e, i++, events);
      return out;
    },
    filter(fn: Each<unknown>, self?: unknown): DossierEvent[] {
      const out: DossierEvent[] = [];
      let i = 0;
      for (const e of scan()) if (fn.call(self, e, i++, events)) out.push(e);
      return out;
    },
  };
  const target: DossierEvent[] = [];
  target.length = p.count;
  const events: DossierEvent[] = new Proxy(target, {
    get: (t, key, receiver) => {
      const i = indexOf(key);
      if (i >= 0) return at(i);
      return Object.hasOwn(scans, key) ? scans[key] : Reflect.get(t, key, receiver);
    },
    has: (t, key) => indexOf(key) >= 0 || Reflect.has(t, key),
    getOwnPropertyDescriptor: (t, key) => {
      const i = indexOf(key);
      return i >= 0 ? { value: at(i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, key);
    },
    set: () => false,
  });
  const mask = p.idTable.length - 1;
  const find = (id: string): number => {
    if (typeof id !== 'string') return -1;
    for (let slot = hashId(id) & mask; p.idTable[slot] !== 0; slot = (slot + 1) & mask) {
      const i = p.idTable[slot]! - 1;
      if (idAt(i) === id) return i;
    }
    return -1;
  };
  const byId: EventLookup = {
    size: p.count,
    get: (id) => {
      const i = find(id);
      return i < 0 ? undefined : at(i);
    },
    has: (id) => find(id) >= 0,
    indexOf: find,
  };
  idReaders.set(events, idAt);
  return { events, byId };
}

/** The id readers of the unpacked event lists. */
const idReaders = new WeakMap<readonly DossierEvent[], (i: number) => string>();

/**
 * Reads the id of `events[i]`: from the packed bytes when the list was unpacked here (no event object is
 * made), else from the event.
 */
export function eventIdReader(events: readonly DossierEvent[]): (i: number) => string {
  return idReaders.get(events) ?? ((i) => events[i]!.id);
}
