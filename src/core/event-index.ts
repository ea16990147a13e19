import type { EventColumns } from './event-columns';

/**
 * A compressed sparse row list: the items of group `g` are `items[offsets[g]..offsets[g+1])`. One Int32Array
 * per index instead of an array per group, so a million events cost a few MB and no garbage.
 */
export interface Csr {
  offsets: Int32Array;
  items: Int32Array;
}

/**
 * The indexes the filter engine reads instead of scanning: every list of events is in date order. Typed arrays
 * only, so the loading worker builds them and hands their buffers to the page (`indexBuffers`).
 */
export interface EventIndex {
  /** Event indexes sorted by (start, end, index): the order of every list the views show. */
  dateOrder: Int32Array;
  /** Event indexes sorted by start, and the sorted starts (for binary search when the window's end moves). */
  byStart: Int32Array;
  startSorted: Int32Array;
  /** The same by end, for when the window's start moves. */
  byEnd: Int32Array;
  endSorted: Int32Array;
  /** Events of each place, and of each actor, in date order. */
  placeEvents: Csr;
  actorEvents: Csr;
  ties: TieIndex;
}

/** Every pair of actors that share an event, once: a tie. */
export interface TieIndex {
  count: number;
  /** The tie's two actors, `source` before `target` in id order. */
  source: Int32Array;
  target: Int32Array;
  /** Ties of each event (the pairs of its actors). */
  eventTies: Csr;
  /** Events of each tie, in date order. */
  tieEvents: Csr;
  /** Open addressing by actor pair: tie id + 1, or 0 for an empty slot (see `findTie`). */
  table: Int32Array;
}

/**
 * Groups the events of `order` (every event once) into `groups` lists, keeping `order` within each: a counting
 * sort. Event `i` belongs to groups `members[memberOffsets[i]..memberOffsets[i+1])`, or without `memberOffsets`
 * to group `members[i]` alone. Plain loops over typed arrays: a callback per item costs a second at a million.
 */
export function buildCsr(groups: number, order: Int32Array, members: Int32Array, memberOffsets?: Int32Array): Csr {
  const offsets = new Int32Array(groups + 1);
  for (let k = 0; k < members.length; k++) offsets[members[k]! + 1]!++;
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const items = new Int32Array(offsets[groups]!);
  const fill = offsets.slice(0, groups);
  if (memberOffsets) {
    for (let n = 0; n < order.length; n++) {
      const i = order[n]!;
      for (let k = memberOffsets[i]!, to = memberOffsets[i + 1]!; k < to; k++) items[fill[members[k]!]!++] = i;
    }
  } else {
    for (let n = 0; n < order.length; n++) {
      const i = order[n]!;
      items[fill[members[i]!]!++] = i;
    }
  }
  return { offsets, items };
}

/**
 * `order` stably re-sorted by `key`: a counting sort, O(n + days), when the keys (day numbers) span a
 * reasonable range — a comparator sort of a million events takes seconds here — else a comparator sort.
 */
function stableBy(key: Int32Array, order: Int32Array): Int32Array {
  if (order.length === 0) return new Int32Array(0);
  let lo = Infinity;
  let hi = -Infinity;
  for (let n = 0; n < order.length; n++) {
    const k = key[order[n]!]!;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const span = hi - lo + 1;
  if (!(span <= 4 * order.length + 100_000)) {
    const pos = new Int32Array(key.length);
    order.forEach((i, k) => (pos[i] = k));
    return order.slice().sort((a, b) => key[a]! - key[b]! || pos[a]! - pos[b]!);
  }
  const at = new Int32Array(span + 1);
  for (let n = 0; n < order.length; n++) at[key[order[n]!]! - lo + 1]!++;
  for (let k = 0; k < span; k++) at[k + 1]! += at[k]!;
  const out = new Int32Array(order.length);
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    out[at[key[i]! - lo]!++] = i;
  }
  return out;
}

const identity = (n: number) => {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
};

/** `key[order[n]]` for every n: the keys in that order. */
function keysIn(order: Int32Array, key: Int32Array): Int32Array {
  const out = new Int32Array(order.length);
  for (let n = 0; n < order.length; n++) out[n] = key[order[n]!]!;
  return out;
}

/** `actorRank[a]`: position of actor `a` when actors are sorted by id, so a tie reads in a stable order. */
export function buildEventIndex(c: EventColumns, placeCount: number, actorRank: Int32Array): EventIndex {
  const { start, end, place, actorOffsets, actorIndex } = c;
  const all = identity(c.count);
  const byStart = stableBy(start, all);
  const byEnd = stableBy(end, all);
  // By (start, end, index): sorted by end (and index), then stably by start.
  const dateOrder = stableBy(start, byEnd);
  return {
    dateOrder,
    byStart,
    startSorted: keysIn(byStart, start),
    byEnd,
    endSorted: keysIn(byEnd, end),
    placeEvents: buildCsr(placeCount, dateOrder, place),
    actorEvents: buildCsr(actorRank.length, dateOrder, actorIndex, actorOffsets),
    ties: buildTieIndex(c, actorRank, dateOrder),
  };
}

/** A slot for the pair (a, b) in a power-of-two table. */
const pairHash = (a: number, b: number, mask: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;

/** The tie joining actor indexes `a` and `b` (either order), or -1: a probe of the tie table. */
export function findTie(ties: TieIndex, a: number, b: number): number {
  return Math.max(probe(ties, a, b), probe(ties, b, a));
}

function probe({ table, source, target }: TieIndex, s: number, t: number): number {
  const mask = table.length - 1;
  for (let slot = pairHash(s, t, mask); table[slot] !== 0; slot = (slot + 1) & mask) {
    const id = table[slot]! - 1;
    if (source[id] === s && target[id] === t) return id;
  }
  return -1;
}

function buildTieIndex(c: EventColumns, actorRank: Int32Array, dateOrder: Int32Array): TieIndex {
  const { actorOffsets, actorIndex } = c;
  // Ties are numbered as first met; the table (tie id + 1 by pair) doubles when half full.
  let source: Int32Array = new Int32Array(1024);
  let target: Int32Array = new Int32Array(1024);
  let count = 0;
  let table = new Int32Array(2048);
  const insert = (id: number) => {
    const mask = table.length - 1;
    let slot = pairHash(source[id]!, target[id]!, mask);
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  };
  const tieOf = (a: number, b: number) => {
    const first = actorRank[a]! < actorRank[b]!;
    const s = first ? a : b;
    const t = first ? b : a;
    const mask = table.length - 1;
    let slot = pairHash(s, t, mask);
    for (; table[slot] !== 0; slot = (slot + 1) & mask) {
      const id = table[slot]! - 1;
      if (source[id] === s && target[id] === t) return id;
    }
    if (count === source.length) {
      source = grow(source);
      target = grow(target);
    }
    source[count] = s;
    target[count] = t;
    table[slot] = count + 1;
    if (++count * 2 > table.length) {
      table = new Int32Array(table.length * 2);
      for (let id = 0; id < count; id++) insert(id);
    }
    return count - 1;
  };
  // Each event's pairs, at its offset: k actors make k(k-1)/2 ties.
  const offsets = new Int32Array(c.count + 1);
  for (let i = 0; i < c.count; i++) {
    const k = actorOffsets[i + 1]! - actorOffsets[i]!;
    offsets[i + 1] = offsets[i]! + (k * (k - 1)) / 2;
  }
  const eventTies: Csr = { offsets, items: new Int32Array(offsets[c.count]!) };
  let k = 0;
  for (let i = 0; i < c.count; i++) {
    const to = actorOffsets[i + 1]!;
    for (let x = actorOffsets[i]!; x < to; x++) for (let y = x + 1; y < to; y++) eventTies.items[k++] = tieOf(actorIndex[x]!, actorIndex[y]!);
  }
  const tieEvents = buildCsr(count, dateOrder, eventTies.items, eventTies.offsets);
  return { count, source: source.slice(0, count), target: target.slice(0, count), eventTies, tieEvents, table };
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** Every buffer of an index, for a `postMessage` transfer list (the index is typed arrays only). */
export function indexBuffers(index: EventIndex): ArrayBuffer[] {
  const { dateOrder, byStart, startSorted, byEnd, endSorted, placeEvents, actorEvents, ties } = index;
  return [
    dateOrder, byStart, startSorted, byEnd, endSorted, placeEvents.offsets, placeEvents.items, actorEvents.offsets, actorEvents.items,
    ties.source, ties.target, ties.eventTies.offsets, ties.eventTies.items, ties.tieEvents.offsets, ties.tieEvents.items, ties.table,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** `rank[a]`: position of actor `a` when actors are sorted by id, so a tie reads in a stable order. */
export function actorRanks(actors: readonly { id: string }[]): Int32Array {
  const byId = actors.map((_, i) => i).sort((a, b) => (actors[a]!.id < actors[b]!.id ? -1 : actors[a]!.id > actors[b]!.id ? 1 : 0));
  const rank = new Int32Array(actors.length);
  byId.forEach((a, r) => (rank[a] = r));
  return rank;
}
