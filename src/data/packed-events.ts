import type { DossierEvent } from './schema';

/**
 * The events as the loading worker hands them to the page: each event's JSON (a line) in one UTF-8 buffer, and a
 * table to find an event by id. Buffers move between threads without a copy, where a structured clone of a
 * million event objects costs seconds on each side and hundreds of MB of heap. The page turns an event back
 * into an object only when something reads it (a list row, a card, the events behind a count); what views
 * draw at load comes from the typed columns (core/event-columns.ts).
 */
export interface PackedEvents {
  count: number;
  /** Event `i` is the JSON in `bytes[offsets[i]..offsets[i+1])`. */
  bytes: Uint8Array;
  offsets: Uint32Array;
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

/** FNV-1a over the UTF-16 code units: the same number on both threads. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const tableSize = (count: number) => {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
};

const BATCH = 512;
const NEWLINE = 10;

/**
 * Packs validated events (ids unique). `sizeHint`: about how many bytes they take. Events are encoded a batch
 * at a time, one per line (JSON.stringify escapes every line break inside a value), and the lines' ends found
 * with the native `indexOf`: one encoder call per batch instead of one per event.
 */
export function packEvents(events: readonly DossierEvent[], sizeHint = events.length * 256): PackedEvents {
  const count = events.length;
  const encoder = new TextEncoder();
  const offsets = new Uint32Array(count + 1);
  let bytes = new Uint8Array(Math.max(1024, sizeHint));
  let at = 0;
  const idTable = new Int32Array(tableSize(count));
  const mask = idTable.length - 1;
  const lines: string[] = [];
  for (let from = 0; from < count; from += BATCH) {
    const to = Math.min(count, from + BATCH);
    lines.length = 0;
    for (let i = from; i < to; i++) {
      const event = events[i]!;
      lines.push(JSON.stringify(event));
      let slot = hashId(event.id) & mask;
      while (idTable[slot] !== 0) slot = (slot + 1) & mask;
      idTable[slot] = i + 1;
    }
    const text = `${lines.join('\n')}\n`;
    if (bytes.length - at < text.length * 3) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + text.length * 3));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    const end = at + encoder.encodeInto(text, bytes.subarray(at)).written;
    for (let i = from; i < to; i++) {
      at = bytes.indexOf(NEWLINE, at) + 1;
      offsets[i + 1] = at;
    }
    if (at !== end) throw new Error('packEvents: a line break inside an event');
  }
  // Spare capacity would travel with the buffer: cut it when it is large.
  if (at < bytes.length * 0.75) bytes = bytes.slice(0, at);
  return { count, bytes, offsets, idTable };
}

/** The buffers of packed events, for a `postMessage` transfer list. */
export const packedBuffers = (p: PackedEvents): ArrayBuffer[] => [p.bytes.buffer, p.offsets.buffer, p.idTable.buffer] as ArrayBuffer[];

/**
 * The page's side: `events` reads like the dataset's array (index, length, iteration) but makes event `i`
 * on first read, and keeps its identity while it is held; `byId` finds an event through the table.
 * Reading every event makes every object: code that runs at load reads the columns instead.
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
      event = JSON.parse(decoder.decode(p.bytes.subarray(p.offsets[i]!, p.offsets[i + 1]!))) as DossierEvent;
      made.set(i, new WeakRef(event));
      forget.register(event, i);
    }
    return event;
  };
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < p.count ? i : -1;
  };
  const target: DossierEvent[] = [];
  target.length = p.count;
  const events = new Proxy(target, {
    get: (t, key, receiver) => {
      const i = indexOf(key);
      return i >= 0 ? at(i) : Reflect.get(t, key, receiver);
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
      if (at(i).id === id) return i;
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
  return { events, byId };
}
