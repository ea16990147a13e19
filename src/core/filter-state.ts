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
  /** Views, named by the part they ignore: pass one to `collect` or `collectAll`. */
  readonly ALL: number;
  readonly MAP: number;
  readonly NETWORK: number;
  readonly TIMELINE: number;
  /** Writes the events of `order[from..to)` that `view` shows to `out`, in that order; returns how many. */
  collect(order: Int32Array, from: number, to: number, view: number, out: Int32Array): number;
  /**
   * Writes every event `view` shows to `out`, in date order; returns how many. From the chosen places' or
   * actors' events when they are far fewer than all (a place of a million-event dossier), else from all.
   */
  collectAll(view: number, out: Int32Array): number;
  set(parts: FilterParts): Changed;
  /** How many events pass all parts: the chosen places' sum of `placeCounts`, no pass over the events. */
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
 * The filter's state as the views' counts, kept up to date as the selection moves (crossfilter's incremental
 * groups; the per-dimension state of Falcon and Mosaic). Each event keeps whether it fails the date part and how
 * many of the chosen actors it has; its place part is read from the chosen places. So choosing a place or an
 * actor costs the events of what was chosen, not the million others that stop passing: the map's counts and
 * the count come from the events of the chosen actors, the network's from those of the chosen places; the
 * date window moves only the events an index says may flip.
 */
export function createFilterState(c: EventColumns, index: EventIndex, placeCount: number, actorCount: number): FilterState {
  const n = c.count;
  const { start, end, place, actorOffsets, actorIndex } = c;
  const { eventTies } = index.ties;
  const dateFail = new Uint8Array(n);
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
  // Events whose date part flipped during one `set` (each at most once: both ends move before any is checked).
  const flipped = new Int32Array(n);
  const seen = new Uint8Array(n);
  let flips = 0;

  const placePasses = (i: number) => !placeActive || placeSel[place[i]!] === 1;
  const actorPasses = (i: number) => !actorActive || hits[i]! > 0;

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

  /** Events of `sorted` (values ascending, `order` the events) with a value in `[lo, hi)`. */
  function eachInRange(order: Int32Array, sorted: Int32Array, lo: number, hi: number, visit: (i: number) => void) {
    for (let k = lowerBound(sorted, lo); k < sorted.length && sorted[k]! < hi; k++) visit(order[k]!);
  }

  /** Moves the window; the events whose date part flipped go to `flipped`, and the date-only figures follow them. */
  function setDate(nextFrom: number, nextTo: number) {
    const oldFrom = from;
    const oldTo = to;
    from = nextFrom;
    to = nextTo;
    const recheck = (i: number) => {
      const fails = start[i]! > to || end[i]! < from ? 1 : 0;
      if (dateFail[i] === fails) return;
      dateFail[i] = fails;
      flipped[flips++] = i;
      const d = fails ? -1 : 1;
      datePlaceCounts[place[i]!]! += d;
      addNetwork(i, d, dateActorCounts, dateTieWeights);
    };
    // Passing needs start <= to: only events starting between the old and new `to` can flip; likewise ends and `from`.
    if (oldTo !== to) eachInRange(index.byStart, index.startSorted, Math.min(oldTo, to) + 1, Math.max(oldTo, to) + 1, recheck);
    if (oldFrom !== from) eachInRange(index.byEnd, index.endSorted, Math.min(oldFrom, from), Math.max(oldFrom, from), recheck);
  }

  /** The flipped events into the views' counts, under the place and actor parts as they are. */
  function applyDateFlips(changed: Changed) {
    for (let k = 0; k < flips; k++) {
      const i = flipped[k]!;
      const d = dateFail[i] ? -1 : 1;
      const placeOk = placePasses(i);
      const actorOk = actorPasses(i);
      if (actorOk) placeCounts[place[i]!]! += d;
      if (placeOk) addNetwork(i, d, actorCounts, tieWeights);
      changed.map ||= actorOk;
      changed.network ||= placeOk;
      changed.all ||= placeOk && actorOk;
    }
  }

  /** Chooses actors: the map's counts follow (a copy, a recount from the chosen actors' events, or the toggled ones). */
  function setActors(ids: readonly number[]) {
    const next = chosen(ids, actorCount);
    const wasActive = actorActive;
    const nextActive = ids.length > 0;
    const { offsets, items } = index.actorEvents;
    for (let a = 0; a < actorCount; a++) {
      if (next[a] === actorSel[a]) continue;
      const d = next[a] === 1 ? 1 : -1;
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
        const i = items[k]!;
        const was = hits[i]! > 0;
        hits[i]! += d;
        // Both before and after some actor was chosen: the event's actor part flipped if its count crossed zero.
        if (wasActive && nextActive && was !== hits[i]! > 0 && dateFail[i] === 0) placeCounts[place[i]!]! += was ? -1 : 1;
      }
    }
    actorSel = next;
    actorActive = nextActive;
    if (!nextActive) placeCounts.set(datePlaceCounts);
    else if (!wasActive) {
      placeCounts.fill(0);
      // An event with two chosen actors is in both lists: `seen` counts it once (and is cleared after).
      eachSelected(actorSel, index.actorEvents, (i) => {
        if (!seen[i] && dateFail[i] === 0) placeCounts[place[i]!]!++;
        seen[i] = 1;
      });
      eachSelected(actorSel, index.actorEvents, (i) => (seen[i] = 0));
    }
  }

  /** Chooses places: the network's figures follow (a copy, a recount from the chosen places, or the toggled ones). */
  function setPlaces(ids: readonly number[]) {
    const next = chosen(ids, placeCount);
    const wasActive = placeActive;
    const nextActive = ids.length > 0;
    const { offsets, items } = index.placeEvents;
    const size = (p: number) => offsets[p + 1]! - offsets[p]!;
    let toggledSize = 0;
    for (let p = 0; p < placeCount; p++) if (next[p] !== placeSel[p]) toggledSize += size(p);
    const previous = placeSel;
    placeSel = next;
    placeActive = nextActive;
    if (!nextActive) {
      actorCounts.set(dateActorCounts);
      tieWeights.set(dateTieWeights);
    } else if (!wasActive || selectedSize(next, index.placeEvents) <= toggledSize) {
      actorCounts.fill(0);
      tieWeights.fill(0);
      eachSelected(next, index.placeEvents, (i) => dateFail[i] === 0 && addNetwork(i, 1, actorCounts, tieWeights));
    } else {
      for (let p = 0; p < placeCount; p++) {
        if (next[p] === previous[p]) continue;
        const d = next[p] === 1 ? 1 : -1;
        for (let k = offsets[p]!; k < offsets[p + 1]!; k++) if (dateFail[items[k]!] === 0) addNetwork(items[k]!, d, actorCounts, tieWeights);
      }
    }
  }

  function collect(order: Int32Array, lo: number, hi: number, view: number, out: Int32Array) {
    // One loop per call, its tests decided once: this runs over a million events on a date change.
    const checkDate = view !== DATE;
    const checkPlace = view !== PLACE && placeActive;
    const checkActor = view !== ACTOR && actorActive;
    let k = 0;
    for (let j = lo; j < hi; j++) {
      const i = order[j]!;
      if ((checkDate && dateFail[i] !== 0) || (checkPlace && placeSel[place[i]!] !== 1) || (checkActor && hits[i] === 0)) continue;
      out[k++] = i;
    }
    return k;
  }

  // Each event's position in date order, made the first time several lists must be merged.
  let rank: Int32Array | null = null;
  function collectAll(view: number, out: Int32Array) {
    const placeSize = view !== PLACE && placeActive ? selectedSize(placeSel, index.placeEvents) : n;
    const actorSize = view !== ACTOR && actorActive ? selectedSize(actorSel, index.actorEvents) : n;
    if (Math.min(placeSize, actorSize) > n / 4) return collect(index.dateOrder, 0, n, view, out);
    const [sel, csr] = placeSize <= actorSize ? [placeSel, index.placeEvents] : [actorSel, index.actorEvents];
    const groups: number[] = [];
    sel.forEach((on, g) => on && groups.push(g));
    // One list is in date order already.
    if (groups.length === 1) return collect(csr.items, csr.offsets[groups[0]!]!, csr.offsets[groups[0]! + 1]!, view, out);
    // Several: each passing event once (an event of two chosen actors is in both lists), then in date order.
    let k = 0;
    for (const g of groups) {
      const at = k;
      const got = collect(csr.items, csr.offsets[g]!, csr.offsets[g + 1]!, view, out.subarray(at));
      for (let j = at; j < at + got; j++) {
        const i = out[j]!;
        if (!seen[i]) out[k++] = i;
        seen[i] = 1;
      }
    }
    if (!rank) {
      rank = new Int32Array(n);
      index.dateOrder.forEach((i, at) => (rank![i] = at));
    }
    const ranks = new Int32Array(k);
    for (let j = 0; j < k; j++) {
      seen[out[j]!] = 0;
      ranks[j] = rank[out[j]!]!;
    }
    ranks.sort();
    for (let j = 0; j < k; j++) out[j] = index.dateOrder[ranks[j]!]!;
    return k;
  }

  return {
    ALL: 0,
    MAP: PLACE,
    NETWORK: ACTOR,
    TIMELINE: DATE,
    collect,
    collectAll,
    placeCounts,
    actorCounts,
    tieWeights,
    // The map's counts are the events passing the date and actor parts per place: the chosen places' sum.
    get passing() {
      let sum = 0;
      for (let p = 0; p < placeCount; p++) if (!placeActive || placeSel[p] === 1) sum += placeCounts[p]!;
      return sum;
    },
    set(parts) {
      const changed: Changed = { all: false, map: false, network: false, timeline: false };
      flips = 0;
      // The window first, under the chosen places and actors as they were; then each set in turn.
      if (parts.from !== from || parts.to !== to) setDate(parts.from, parts.to);
      applyDateFlips(changed);
      if (!sameSet(actorSel, actorActive, parts.actors)) {
        setActors(parts.actors);
        changed.all = changed.map = changed.timeline = true;
      }
      if (!sameSet(placeSel, placeActive, parts.places)) {
        setPlaces(parts.places);
        changed.all = changed.network = changed.timeline = true;
      }
      return changed;
    },
    strongestTies(limit) {
      return strongest(tieWeights, limit);
    },
  };
}

/** The chosen indexes as one flag per item (an unknown id, -1, chooses none). */
function chosen(ids: readonly number[], size: number): Uint8Array<ArrayBuffer> {
  const flags = new Uint8Array(size);
  for (const x of ids) if (x >= 0) flags[x] = 1;
  return flags;
}

/** How many events of the chosen groups a grouped index holds: the cost of recounting from them. */
function selectedSize(sel: Uint8Array, csr: { offsets: Int32Array }): number {
  let size = 0;
  sel.forEach((on, g) => on && (size += csr.offsets[g + 1]! - csr.offsets[g]!));
  return size;
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
