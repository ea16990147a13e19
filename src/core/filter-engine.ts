import crossfilter from 'crossfilter2';
import type { Dataset, DossierEvent } from '../data/schema';
import { dayFromIso, eventInterval, type DayNumber } from './dates';
import type { Selection } from './selection';

/** An event with its interval precomputed and its position in the dataset. */
export interface IndexedEvent {
  index: number;
  event: DossierEvent;
  start: DayNumber;
  end: DayNumber;
}

export interface Tie {
  source: string;
  target: string;
  /** Number of shared events passing the date and place parts. */
  weight: number;
}

/**
 * What each view shows for one selection, "intersect others" (CONTRACT §2): every view sees what passes
 * every part of the filter except its own, so it never hides its own alternatives.
 */
export interface FilterResult {
  /** Events passing all three parts, by date (event list, event count). */
  events: readonly DossierEvent[];
  /** Per place: events passing the date and actor parts (map). Places with none are absent. */
  placeCounts: ReadonlyMap<string, number>;
  /** Per actor: events passing the date and place parts (network). Actors with none are absent. */
  actorCounts: ReadonlyMap<string, number>;
  /** Actor pairs sharing events that pass the date and place parts (network). */
  ties: readonly Tie[];
  /** Events passing the place and actor parts, by date (timeline). */
  timelineEvents: readonly IndexedEvent[];
}

export interface FilterEngine {
  readonly size: number;
  apply(selection: Selection): FilterResult;
  /** Events passing the date and place parts that involve both actors: what a tie stands for. */
  eventsForTie(a: string, b: string): DossierEvent[];
  /** Events at a place passing the date and actor parts: what the map's circle for it counts. */
  eventsForPlace(placeId: string): DossierEvent[];
  /** Events of an actor passing the date and place parts: what the network's node for it counts. */
  eventsForActor(actorId: string): DossierEvent[];
}

type AnyDimension = crossfilter.Dimension<IndexedEvent, crossfilter.NaturallyOrderedValue>;

const NEG = -1e9;
const POS = 1e9;

/**
 * The filter engine, indexed with crossfilter2: each part of the filter is a dimension, and a group on a
 * dimension observes every filter but its own — exactly "intersect others". Changing one part updates the
 * groups incrementally instead of re-scanning, which is what keeps it fast on large datasets.
 */
export function createFilterEngine(dataset: Dataset): FilterEngine {
  const records: IndexedEvent[] = dataset.events.map((event, index) => ({ index, event, ...eventInterval(event) }));
  const cf = crossfilter(records);
  // Interval overlap with [from, to] is `start <= to && end >= from`: two range filters on two indexes.
  const startDim = cf.dimension((r) => r.start);
  const endDim = cf.dimension((r) => r.end);
  const placeDim = cf.dimension((r) => r.event.placeId);
  const actorDim = cf.dimension((r) => r.event.actorIds, true);

  const placeGroup = placeDim.group<string, number>().reduceCount();
  const actorGroup = actorDim.group<string, number>().reduceCount();

  // isElementFiltered takes the dimensions themselves (crossfilter2's typings say ids; the code reads .id()).
  const dateDims = [startDim, endDim];
  let timelineKey = '';
  let timelineCache: IndexedEvent[] = [];
  let last: Selection | null = null;

  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

  function setFilters(s: Selection) {
    if (!last || last.to !== s.to) {
      if (s.to === null) startDim.filterAll();
      else startDim.filterRange([NEG, dayFromIso(s.to) + 1]);
    }
    if (!last || last.from !== s.from) {
      if (s.from === null) endDim.filterAll();
      else endDim.filterRange([dayFromIso(s.from), POS]);
    }
    if (!last || !sameSet(last.places, s.places)) {
      const set = new Set(s.places);
      if (set.size === 0) placeDim.filterAll();
      else placeDim.filterFunction((p) => set.has(p as string));
    }
    if (!last || !sameSet(last.actors, s.actors)) {
      const set = new Set(s.actors);
      if (set.size === 0) actorDim.filterAll();
      else actorDim.filterFunction((a) => set.has(a as string));
    }
    last = s;
  }

  function passingExcept(ignore: readonly AnyDimension[]): IndexedEvent[] {
    const out: IndexedEvent[] = [];
    const dims = ignore as unknown as number[];
    for (let i = 0; i < records.length; i++) if (cf.isElementFiltered(i, dims)) out.push(records[i]!);
    return out;
  }

  function computeTies(): Tie[] {
    // Ties come from events passing the date and place parts: every filter but the actor dimension's.
    const weights = new Map<string, Tie>();
    for (const r of passingExcept([actorDim])) {
      const ids = [...new Set(r.event.actorIds)].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          const tie = weights.get(key);
          if (tie) tie.weight += 1;
          else weights.set(key, { source: ids[i]!, target: ids[j]!, weight: 1 });
        }
      }
    }
    return [...weights.values()];
  }

  const byDate = (a: IndexedEvent, b: IndexedEvent) => a.start - b.start || a.end - b.end || a.index - b.index;

  return {
    size: records.length,
    apply(selection) {
      setFilters(selection);
      const placeCounts = new Map<string, number>();
      for (const g of placeGroup.all()) if (g.value > 0) placeCounts.set(g.key, g.value);
      const actorCounts = new Map<string, number>();
      for (const g of actorGroup.all()) if (g.value > 0) actorCounts.set(g.key, g.value);
      // The timeline ignores the date parts, so a window drag never changes it: cache by the other parts.
      const key = `${[...selection.places].sort().join(',')}|${[...selection.actors].sort().join(',')}`;
      if (key !== timelineKey) {
        timelineCache = passingExcept(dateDims).sort(byDate);
        timelineKey = key;
      }
      const events = startDim.bottom(Infinity).sort(byDate).map((r) => r.event);
      return { events, placeCounts, actorCounts, ties: computeTies(), timelineEvents: timelineCache };
    },
    // These read the filters of the last `apply`, like the counts they explain; they never change them.
    eventsForTie(a, b) {
      return passingExcept([actorDim])
        .filter((r) => r.event.actorIds.includes(a) && r.event.actorIds.includes(b))
        .sort(byDate)
        .map((r) => r.event);
    },
    eventsForPlace(placeId) {
      return passingExcept([placeDim])
        .filter((r) => r.event.placeId === placeId)
        .sort(byDate)
        .map((r) => r.event);
    },
    eventsForActor(actorId) {
      return passingExcept([actorDim])
        .filter((r) => r.event.actorIds.includes(actorId))
        .sort(byDate)
        .map((r) => r.event);
    },
  };
}
