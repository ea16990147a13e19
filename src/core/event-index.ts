import type { EventColumns } from './event-columns';

/**
 * A compressed sparse row list: the items of group `g` are `items[offsets[g]..offsets[g+1])`. One Int32Array
 * per index instead of an array per group, so a million events cost a few MB and no garbage.
 */
export interface Csr {
  offsets: Int32Array;
  items: Int32Array;
}

/** The indexes the filter engine reads instead of scanning: every list of events is in date order. */
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
  /** The tie joining two actor indexes, or -1. */
  find(a: number, b: number): number;
}

/** Groups `0..n` into `groups` lists, keeping `order` within each: a counting sort. */
export function buildCsr(groups: number, order: Int32Array, groupsOf: (i: number, emit: (g: number) => void) => void): Csr {
  const offsets = new Int32Array(groups + 1);
  for (const i of order) groupsOf(i, (g) => offsets[g + 1]!++);
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const items = new Int32Array(offsets[groups]!);
  const fill = offsets.slice(0, groups);
  for (const i of order) groupsOf(i, (g) => (items[fill[g]!++] = i));
  return { offsets, items };
}

function sortedBy(n: number, compare: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort(compare);
}

/** `actorRank[a]`: position of actor `a` when actors are sorted by id, so a tie reads in a stable order. */
export function buildEventIndex(c: EventColumns, placeCount: number, actorRank: Int32Array): EventIndex {
  const { start, end, place, actorOffsets, actorIndex } = c;
  const dateOrder = sortedBy(c.count, (a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);
  const byStart = sortedBy(c.count, (a, b) => start[a]! - start[b]!);
  const byEnd = sortedBy(c.count, (a, b) => end[a]! - end[b]!);
  const placeEvents = buildCsr(placeCount, dateOrder, (i, emit) => emit(place[i]!));
  const actorEvents = buildCsr(actorRank.length, dateOrder, (i, emit) => {
    for (let k = actorOffsets[i]!; k < actorOffsets[i + 1]!; k++) emit(actorIndex[k]!);
  });
  return {
    dateOrder,
    byStart,
    startSorted: byStart.map((i) => start[i]!),
    byEnd,
    endSorted: byEnd.map((i) => end[i]!),
    placeEvents,
    actorEvents,
    ties: buildTieIndex(c, actorRank, dateOrder),
  };
}

function buildTieIndex(c: EventColumns, actorRank: Int32Array, dateOrder: Int32Array): TieIndex {
  const { actorOffsets, actorIndex } = c;
  const actors = actorRank.length;
  const ids = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const tieOf = (a: number, b: number) => {
    const [s, t] = actorRank[a]! < actorRank[b]! ? [a, b] : [b, a];
    const key = s * actors + t;
    let id = ids.get(key);
    if (id === undefined) {
      id = source.length;
      ids.set(key, id);
      source.push(s);
      target.push(t);
    }
    return id;
  };
  const pairsOf = (i: number, emit: (tie: number) => void) => {
    const from = actorOffsets[i]!;
    const to = actorOffsets[i + 1]!;
    for (let x = from; x < to; x++) for (let y = x + 1; y < to; y++) emit(tieOf(actorIndex[x]!, actorIndex[y]!));
  };
  // Each event's pairs, at its offset: k actors make k(k-1)/2 ties.
  const offsets = new Int32Array(c.count + 1);
  for (let i = 0; i < c.count; i++) {
    const k = actorOffsets[i + 1]! - actorOffsets[i]!;
    offsets[i + 1] = offsets[i]! + (k * (k - 1)) / 2;
  }
  const eventTies: Csr = { offsets, items: new Int32Array(offsets[c.count]!) };
  let k = 0;
  for (let i = 0; i < c.count; i++) pairsOf(i, (tie) => (eventTies.items[k++] = tie));
  const count = source.length;
  const tieEvents = buildCsr(count, dateOrder, (i, emit) => {
    for (let k2 = eventTies.offsets[i]!; k2 < eventTies.offsets[i + 1]!; k2++) emit(eventTies.items[k2]!);
  });
  return {
    count,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    eventTies,
    tieEvents,
    find(a, b) {
      const [s, t] = actorRank[a]! < actorRank[b]! ? [a, b] : [b, a];
      return ids.get(s * actors + t) ?? -1;
    },
  };
}
