import type { Dataset, DossierEvent } from '../data/schema';
import { dayFromIso, type DayNumber } from './dates';
import { buildEventColumns, type EventColumns } from './event-columns';
import { actorRanks, buildEventIndex, findTie, type EventIndex } from './event-index';
import { createFilterState, type FilterState } from './filter-state';
import { compareTies } from './graph';
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
 * What each view shows for one selection, "intersect others": every view sees what passes every part of the
 * filter except its own, so it never hides its own alternatives.
 */
export interface FilterResult {
  /** How many events pass all three parts (event count). */
  count: number;
  /** Indexes into `dataset.events` of the events passing all three parts, by date: what the event list shows. */
  eventIndexes: Int32Array;
  /** The same events as objects, made on first read: prefer `eventIndexes` over large datasets. */
  events: readonly DossierEvent[];
  /** Per place: events passing the date and actor parts (map). Places with none are absent. */
  placeCounts: ReadonlyMap<string, number>;
  /** Per actor: events passing the date and place parts (network). Actors with none are absent. */
  actorCounts: ReadonlyMap<string, number>;
  /** The strongest actor pairs sharing events that pass the date and place parts (network), at most `TIE_LIMIT`. */
  ties: readonly Tie[];
  /** How many further ties have weight but were left out of `ties` for being weaker (0 on small datasets). */
  tiesLeftOut: number;
  /** Distinct counts over the events passing all three parts (what the live region announces), made on first read. */
  summary: { events: number; actors: number; places: number };
  /** Indexes of the events passing the place and actor parts, by date (timeline). */
  timelineIndexes: Int32Array;
  /** The same as indexed events, made on first read. */
  timelineEvents: readonly IndexedEvent[];
}

/**
 * The filter interface every view reads through: a selection in, what each view shows out, and the events
 * behind any count. It says nothing of how it is answered, so a query backend (a database in a worker or on a
 * server) could answer the same calls for datasets too large for the page.
 */
export interface FilterEngine {
  readonly size: number;
  /** Events per actor and the strongest ties over the whole dataset, whatever the filters: what the network lays out. */
  readonly overall: { actorCounts: ReadonlyMap<string, number>; ties: readonly Tie[] };
  /** Every event's index by date (start, end, position), whatever the filters: what the timeline's axis and faint histogram span. */
  readonly dateOrder: Int32Array;
  apply(selection: Selection): FilterResult;
  /**
   * The events behind one count, as indexes into `dataset.events` in date order (a view reads only the events
   * it draws: a place's list at a million events can hold tens of thousands). Events passing the date and place
   * parts that involve both actors: what a tie stands for.
   */
  tieEventIndexes(a: string, b: string): Int32Array;
  /** Events at a place passing the date and actor parts: what the map's circle for it counts. */
  placeEventIndexes(placeId: string): Int32Array;
  /** Events of an actor passing the date and place parts: what the network's node for it counts. */
  actorEventIndexes(actorId: string): Int32Array;
}

/** The network draws a few hundred actors: a few thousand ties are all it can show among them. */
export const TIE_LIMIT = 5000;

const UNBOUNDED = 1 << 30;
const NONE = new Int32Array(0);

/**
 * The filter engine over columns of typed arrays, its counts kept up to date by filter-state.ts: moving the
 * window visits only the events an index says may flip (the days it moved over); choosing places or actors
 * costs the events of what was chosen. So a click costs what it changes, not the size of the dataset, and the
 * lists behind a count come from per-place, per-actor and per-tie indexes in date order.
 */
export function createFilterEngine(
  dataset: Dataset,
  columns: EventColumns = buildEventColumns(dataset),
  index: EventIndex = buildEventIndex(columns, dataset.places.length, actorRanks(dataset.actors)),
): FilterEngine {
  const placeIndex = new Map(dataset.places.map((p, i) => [p.id, i]));
  const actorIndex = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const state: FilterState = createFilterState(columns, index, dataset.places.length, dataset.actors.length);
  const events = dataset.events;
  const { dateOrder, ties } = index;

  const scratch = new Int32Array(columns.count);
  /** The events of `order[from..to)` that `view` shows, in that order. */
  const select = (order: Int32Array, from: number, to: number, view: number) => scratch.slice(0, state.collect(order, from, to, view, scratch));
  /** Every event `view` shows, in date order. */
  const selectAll = (view: number) => scratch.slice(0, state.collectAll(view, scratch));
  /** The events of group `g` of a grouped index that `view` shows, in date order. */
  const groupOf = ({ offsets, items }: { offsets: Int32Array; items: Int32Array }, g: number, view: number) => select(items, offsets[g]!, offsets[g + 1]!, view);
  const indexed = (i: number): IndexedEvent => ({ index: i, event: events[i]!, start: columns.start[i]!, end: columns.end[i]! });

  // Each figure is rebuilt only when a part it sees has changed, and otherwise keeps its identity (views memoise on it).
  let result: FilterResult | null = null;
  // What every event adds up to: the summary each time the selection is cleared again.
  let summaryOfAll: FilterResult['summary'] | null = null;
  const summaryOf = (eventIndexes: Int32Array) =>
    eventIndexes.length === columns.count ? (summaryOfAll ??= summarize(columns, eventIndexes, dataset)) : summarize(columns, eventIndexes, dataset);

  // Before any filter: the unfiltered figures, in the order graph.ts's buildTies gives (stable for the layout).
  const unfiltered = networkFigures();
  const overall = { actorCounts: unfiltered.actorCounts, ties: [...unfiltered.ties].sort(compareTies) };

  return {
    size: columns.count,
    overall,
    dateOrder,
    apply(selection) {
      const changed = state.set({
        from: selection.from === null ? -UNBOUNDED : dayFromIso(selection.from),
        to: selection.to === null ? UNBOUNDED : dayFromIso(selection.to),
        places: indexes(selection.places, placeIndex),
        actors: indexes(selection.actors, actorIndex),
      });
      const prev = result;
      // The count and the map's figures now; the rest on first read (below). On a large dossier the views that
      // read them draw in a deferred render, so their cost leaves the click's frame. Each lazy figure is read
      // from the state as it is then: a result read after a later `apply` holds that later selection's figures
      // (only a view still catching up would ever read one).
      const next = {
        count: !prev || changed.all ? state.passing : prev.count,
        placeCounts: !prev || changed.map ? countsById(state.placeCounts, dataset.places) : prev.placeCounts,
      };
      const keepAll = prev && !changed.all ? prev : null;
      const keepNetwork = prev && !changed.network ? prev : null;
      const keepTimeline = prev && !changed.timeline ? prev : null;
      const eventIndexes = lazy(next, 'eventIndexes', keepAll, () => selectAll(state.ALL));
      const timelineIndexes = lazy(next, 'timelineIndexes', keepTimeline, () => selectAll(state.TIMELINE));
      let network: ReturnType<typeof networkFigures> | undefined;
      const figures = () => (network ??= networkFigures());
      lazy(next, 'actorCounts', keepNetwork, () => figures().actorCounts);
      lazy(next, 'ties', keepNetwork, () => figures().ties);
      lazy(next, 'tiesLeftOut', keepNetwork, () => figures().tiesLeftOut);
      lazy(next, 'events', keepAll, () => Array.from(eventIndexes(), (i) => events[i]!));
      lazy(next, 'timelineEvents', keepTimeline, () => Array.from(timelineIndexes(), indexed));
      lazy(next, 'summary', keepAll, () => summaryOf(eventIndexes()));
      return (result = next as FilterResult);
    },
    // These read the filters of the last `apply`, like the counts they explain; they never change them.
    tieEventIndexes(a, b) {
      const ia = actorIndex.get(a);
      const ib = actorIndex.get(b);
      const t = ia === undefined || ib === undefined ? -1 : findTie(ties, ia, ib);
      return t < 0 ? NONE : groupOf(ties.tieEvents, t, state.NETWORK);
    },
    placeEventIndexes(placeId) {
      const p = placeIndex.get(placeId);
      return p === undefined ? NONE : groupOf(index.placeEvents, p, state.MAP);
    },
    actorEventIndexes(actorId) {
      const a = actorIndex.get(actorId);
      return a === undefined ? NONE : groupOf(index.actorEvents, a, state.NETWORK);
    },
  };

  function networkFigures() {
    const strongest = state.strongestTies(TIE_LIMIT);
    const tieList = Array.from(strongest.ties, (t) => ({
      source: dataset.actors[ties.source[t]!]!.id,
      target: dataset.actors[ties.target[t]!]!.id,
      weight: state.tieWeights[t]!,
    }));
    return { actorCounts: countsById(state.actorCounts, dataset.actors), ties: tieList, tiesLeftOut: strongest.leftOut };
  }
}

function countsById(counts: Int32Array, items: readonly { id: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  counts.forEach((n, i) => n > 0 && out.set(items[i]!.id, n));
  return out;
}

type LazyKey = Exclude<keyof FilterResult, 'count' | 'placeCounts'>;
interface Cell<T> {
  value?: T;
  make: (() => T) | null;
}
/** Each result's lazy figures, as cells a later result may share (so no result keeps an earlier one alive). */
const cellsOf = new WeakMap<object, Partial<Record<LazyKey, Cell<unknown>>>>();

/**
 * A property computed on first read and then kept; when its source has not changed since `prev`, the same cell
 * as `prev`'s (computed once for both, whichever is read first). Returns the getter.
 */
function lazy<K extends LazyKey>(target: object, key: K, prev: FilterResult | null, make: () => FilterResult[K]): () => FilterResult[K] {
  let cells = cellsOf.get(target);
  if (!cells) cellsOf.set(target, (cells = {}));
  const cell = ((prev && cellsOf.get(prev)?.[key]) ?? { make }) as Cell<FilterResult[K]>;
  cells[key] = cell;
  const get = () => {
    if (cell.make) {
      cell.value = cell.make();
      cell.make = null;
    }
    return cell.value as FilterResult[K];
  };
  Object.defineProperty(target, key, { enumerable: true, get });
  return get;
}

function summarize(c: EventColumns, eventIndexes: Int32Array, dataset: Dataset) {
  const places = new Uint8Array(dataset.places.length);
  const actors = new Uint8Array(dataset.actors.length);
  let placeCount = 0;
  let actorCount = 0;
  for (const i of eventIndexes) {
    // Every place and actor met: the rest of the events can add none.
    if (placeCount === places.length && actorCount === actors.length) break;
    if (!places[c.place[i]!]) placeCount += places[c.place[i]!] = 1;
    for (let k = c.actorOffsets[i]!; k < c.actorOffsets[i + 1]!; k++) if (!actors[c.actorIndex[k]!]) actorCount += actors[c.actorIndex[k]!] = 1;
  }
  return { events: eventIndexes.length, actors: actorCount, places: placeCount };
}

function indexes(ids: readonly string[], map: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const i = map.get(id); // an unknown id selects nothing, as before
    out.push(i ?? -1);
  }
  return out;
}
