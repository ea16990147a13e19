import type { EventColumns } from './event-columns';
import type { EventIndex } from './event-index';

/** The filter's three parts over indexes: an inclusive day window and sets of place and actor indexes (-1: unknown id). */
export interface FilterParts {
  from: number;
  to: number;
  places: readonly number[];
  actors: readonly number[];
}

/** Which views' figures changed in the last `set`. */
export interface Changed {
  all: boolean;
  map: boolean;
  network: boolean;
  timeline: boolean;
}

export interface FilterState {
  /** Views, named by the part they ignore: pass one to `passes`. */
  readonly ALL: number;
  readonly MAP: number;
  readonly NETWORK: number;
  readonly TIMELINE: number;
  passes(event: number, view: number): boolean;
  set(parts: FilterParts): Changed;
  /** How many events pass all parts: kept as bits flip, so the count needs no pass over the events. */
  readonly passing: number;
  /** Events per place passing the date and actor parts; per actor and per tie passing the date and place parts. */
  readonly placeCounts: Int32Array;
  readonly actorCounts: Int32Array;
  readonly tieWeights: Int32Array;
  /** The heaviest ties with weight (tie-id order among equals), and how many others with weight were left out. */
  strongestTies(limit: number): { ties: Int32Array; leftOut: number };
}

const DATE = 1;
const PLACE = 2;
const ACTOR = 4;

/**
 * Per-event failure bits, one per filter part, and the counts each view reads, updated event by event as bits
 * flip (the per-dimension masks of Falcon and Mosaic, crossfilter's incremental groups). `set` visits only the
 * events that an index says may flip.
 */
export function createFilterState(c: EventColumns, index: EventIndex, placeCount: number, actorCount: number): FilterState {
  const n = c.count;
  const { start, end, place, actorOffsets, actorIndex } = c;
  const { eventTies } = index.ties;
  const fail = new Uint8Array(n);
  const hits = new Uint16Array(n);
  const placeCounts = new Int32Array(placeCount);
  const actorCounts = new Int32Array(actorCount);
  const tieWeights = new Int32Array(index.ties.count);
  // The same figures under the date part alone: what the map shows with no actor chosen, the network with no
  // place chosen. Kept up to date as the window moves, so clearing a set is a copy, not a million updates.
  const datePlaceCounts = new Int32Array(placeCount);
  const dateActorCounts = new Int32Array(actorCount);
  const dateTieWeights = new Int32Array(index.ties.count);
  let from = -Infinity;
  let to = Infinity;
  let placeSel = new Uint8Array(placeCount);
  let placeActive = false;
  let actorSel = new Uint8Array(actorCount);
  let actorActive = false;
  // Events whose bits changed during one `set`, each once, with their bits before it.
  const flipped = new Int32Array(n);
  const before = new Uint8Array(n);
  const touched = new Uint8Array(n);
  const seen = new Uint8Array(n);
  let flips = 0;
  let passing = n;

  const passes = (i: number, view: number) => (fail[i]! & ~view) === 0;

  function addNetwork(i: number, d: number, actors: Int32Array, tieCounts: Int32Array) {
    for (let k = actorOffsets[i]!; k < actorOffsets[i + 1]!; k++) actors[actorIndex[k]!]! += d;
    for (let k = eventTies.offsets[i]!; k < eventTies.offsets[i + 1]!; k++) tieCounts[eventTies.items[k]!]! += d;
  }

  for (let i = 0; i < n; i++) {
    datePlaceCounts[place[i]!]!++;
    addNetwork(i, 1, dateActorCounts, dateTieWeights);
  }
  placeCounts.set(datePlaceCounts);
  actorCounts.set(dateActorCounts);
  tieWeights.set(dateTieWeights);

  function write(i: number, next: number) {
    const prev = fail[i]!;
    if (prev === next) return;
    fail[i] = next;
    if (prev === 0 || next === 0) passing += next === 0 ? 1 : -1;
    if (!touched[i]) {
      touched[i] = 1;
      before[i] = prev;
      flipped[flips++] = i;
    }
    if ((prev ^ next) & DATE) {
      const d = next & DATE ? -1 : 1;
      datePlaceCounts[place[i]!]! += d;
      addNetwork(i, d, dateActorCounts, dateTieWeights);
    }
  }

  const setBit = (i: number, bit: number, failing: boolean) => write(i, failing ? fail[i]! | bit : fail[i]! & ~bit);
  const dateFails = (i: number) => start[i]! > to || end[i]! < from;
  const actorFails = (i: number) => actorActive && hits[i] === 0;

  /** Events of `sorted` (values ascending, `order` the events) with a value in `[lo, hi)`. */
  function eachInRange(order: Int32Array, sorted: Int32Array, lo: number, hi: number, visit: (i: number) => void) {
    for (let k = lowerBound(sorted, lo); k < sorted.length && sorted[k]! < hi; k++) visit(order[k]!);
  }

  function setDate(nextFrom: number, nextTo: number) {
    const oldFrom = from;
    const oldTo = to;
    from = nextFrom;
    to = nextTo;
    const recheck = (i: number) => setBit(i, DATE, dateFails(i));
    // Passing needs start <= to: only events starting between the old and new `to` can flip; likewise ends and `from`.
    if (oldTo !== to) eachInRange(index.byStart, index.startSorted, Math.min(oldTo, to) + 1, Math.max(oldTo, to) + 1, recheck);
    if (oldFrom !== from) eachInRange(index.byEnd, index.endSorted, Math.min(oldFrom, from), Math.max(oldFrom, from), recheck);
  }

  function setPlaces(ids: readonly number[]) {
    const next = new Uint8Array(placeCount);
    for (const p of ids) if (p >= 0) next[p] = 1;
    const nextActive = ids.length > 0;
    const { offsets, items } = index.placeEvents;
    for (let p = 0; p < placeCount; p++) {
      const was = !placeActive || placeSel[p] === 1;
      const is = !nextActive || next[p] === 1;
      if (was !== is) for (let k = offsets[p]!; k < offsets[p + 1]!; k++) setBit(items[k]!, PLACE, !is);
    }
    placeSel = next;
    placeActive = nextActive;
  }

  function setActors(ids: readonly number[]) {
    const next = new Uint8Array(actorCount);
    for (const a of ids) if (a >= 0) next[a] = 1;
    const nextActive = ids.length > 0;
    const toggled = nextActive !== actorActive;
    actorActive = nextActive;
    const { offsets, items } = index.actorEvents;
    for (let a = 0; a < actorCount; a++) {
      if (next[a] === actorSel[a]) continue;
      const d = next[a] === 1 ? 1 : -1;
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
        const i = items[k]!;
        hits[i]! += d;
        if (!toggled) setBit(i, ACTOR, actorFails(i));
      }
    }
    actorSel = next;
    // The set went from empty to not (or back): every event's actor part may have flipped.
    if (toggled) for (let i = 0; i < n; i++) setBit(i, ACTOR, actorFails(i));
  }

  /** How many events of the selected groups a CSR index holds: the cost of recounting from them. */
  const selectedSize = (sel: Uint8Array, csr: { offsets: Int32Array }) => {
    let size = 0;
    sel.forEach((on, g) => on && (size += csr.offsets[g + 1]! - csr.offsets[g]!));
    return size;
  };

  /** Flipped events whose passing changed for a view that ignores `ignored`. */
  const flipsFor = (ignored: number) => {
    let count = 0;
    for (let k = 0; k < flips; k++) {
      const i = flipped[k]!;
      if (((before[i]! & ~ignored) === 0) !== passes(i, ignored)) count++;
    }
    return count;
  };

  /**
   * Brings a view's counts up to date by the cheapest of three ways: a copy of the date-only figures when its
   * other part is empty, a recount from the events of the chosen items, or the flipped events one by one.
   */
  function update(ignored: number, otherActive: boolean, copy: () => void, selected: () => { size: number; recount: () => void }, add: (i: number, d: number) => void) {
    const changedCount = flipsFor(ignored);
    if (changedCount === 0) return false;
    if (!otherActive) {
      copy();
      return true;
    }
    const chosen = selected();
    if (chosen.size < changedCount) {
      chosen.recount();
      return true;
    }
    for (let k = 0; k < flips; k++) {
      const i = flipped[k]!;
      const was = (before[i]! & ~ignored) === 0;
      if (was !== passes(i, ignored)) add(i, was ? -1 : 1);
    }
    return true;
  }

  const updateMap = () =>
    update(
      PLACE,
      actorActive,
      () => placeCounts.set(datePlaceCounts),
      () => ({
        size: selectedSize(actorSel, index.actorEvents),
        recount() {
          placeCounts.fill(0);
          // An event with two chosen actors is in both lists: `seen` counts it once (and is cleared after).
          eachSelected(actorSel, index.actorEvents, (i) => {
            if (!seen[i] && passes(i, PLACE)) placeCounts[place[i]!]!++;
            seen[i] = 1;
          });
          eachSelected(actorSel, index.actorEvents, (i) => (seen[i] = 0));
        },
      }),
      (i, d) => (placeCounts[place[i]!]! += d),
    );

  const updateNetwork = () =>
    update(
      ACTOR,
      placeActive,
      () => {
        actorCounts.set(dateActorCounts);
        tieWeights.set(dateTieWeights);
      },
      () => ({
        size: selectedSize(placeSel, index.placeEvents),
        recount() {
          actorCounts.fill(0);
          tieWeights.fill(0);
          eachSelected(placeSel, index.placeEvents, (i) => passes(i, ACTOR) && addNetwork(i, 1, actorCounts, tieWeights));
        },
      }),
      (i, d) => addNetwork(i, d, actorCounts, tieWeights),
    );

  return {
    ALL: 0,
    MAP: PLACE,
    NETWORK: ACTOR,
    TIMELINE: DATE,
    passes,
    placeCounts,
    actorCounts,
    tieWeights,
    get passing() {
      return passing;
    },
    set(parts) {
      flips = 0;
      if (parts.from !== from || parts.to !== to) setDate(parts.from, parts.to);
      if (!sameSet(placeSel, placeActive, parts.places)) setPlaces(parts.places);
      if (!sameSet(actorSel, actorActive, parts.actors)) setActors(parts.actors);
      const changed: Changed = { all: flipsFor(0) > 0, map: updateMap(), network: updateNetwork(), timeline: flipsFor(DATE) > 0 };
      for (let k = 0; k < flips; k++) touched[flipped[k]!] = 0;
      return changed;
    },
    strongestTies(limit) {
      return strongest(tieWeights, limit);
    },
  };
}

function eachSelected(sel: Uint8Array, csr: { offsets: Int32Array; items: Int32Array }, visit: (i: number) => void) {
  sel.forEach((on, g) => {
    if (on) for (let k = csr.offsets[g]!; k < csr.offsets[g + 1]!; k++) visit(csr.items[k]!);
  });
}

const sameSet = (sel: Uint8Array, active: boolean, ids: readonly number[]) =>
  active === ids.length > 0 && ids.every((x) => x < 0 || sel[x] === 1) && sel.reduce((s, v) => s + v, 0) === new Set(ids.filter((x) => x >= 0)).size;

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `limit` heaviest positive weights in O(ties + max weight): a histogram finds the cut-off weight. */
export function strongest(weights: Int32Array, limit: number): { ties: Int32Array; leftOut: number } {
  let positive = 0;
  let max = 0;
  for (let t = 0; t < weights.length; t++) {
    const w = weights[t]!;
    if (w > 0) positive++;
    if (w > max) max = w;
  }
  const out = new Int32Array(Math.min(limit, positive));
  let k = 0;
  if (positive <= limit) {
    for (let t = 0; t < weights.length; t++) if (weights[t]! > 0) out[k++] = t;
    return { ties: out, leftOut: 0 };
  }
  const histogram = new Int32Array(max + 1);
  for (let t = 0; t < weights.length; t++) histogram[weights[t]!]!++;
  let cut = max;
  let above = 0;
  while (above + histogram[cut]! < limit) above += histogram[cut--]!;
  let atCut = limit - above;
  for (let t = 0; t < weights.length && k < out.length; t++) {
    const w = weights[t]!;
    if (w > cut || (w === cut && atCut-- > 0)) out[k++] = t;
  }
  return { ties: out, leftOut: positive - limit };
}
