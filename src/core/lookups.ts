import type { Actor, Dataset, DossierEvent, Place, Source } from '../data/schema';
import { eventInterval, isoFromDay } from './dates';
import type { EventColumns } from './event-columns';

/** Events by id: a Map, or the loading worker's table (only `get`, `has` and `size` are read). */
export type EventsById = Pick<ReadonlyMap<string, DossierEvent>, 'get' | 'has' | 'size'>;

/** An id table from the loader: events by id and their positions, without a Map over every event. */
export interface EventIdTable extends EventsById {
  indexOf(id: string): number;
}

export interface DatasetIndex {
  placesById: ReadonlyMap<string, Place>;
  actorsById: ReadonlyMap<string, Actor>;
  eventsById: EventsById;
  /** Position of an event in `dataset.events` (what the engine's index arrays hold), or -1. */
  eventIndexOf(id: string): number;
  sourcesById: ReadonlyMap<string, Source>;
  /** The span every event falls in, as ISO days: the timeline's domain and the window's limits. */
  extent: { from: string; to: string };
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

/**
 * Lookups by id and the dataset's span. With the event columns and a lookup from the loader, no event object is
 * read: over a million events, the span comes from the columns' day numbers.
 */
/** `id → position` over a small dataset, the Map made on first use. */
function positions(events: readonly { id: string }[]): (id: string) => number {
  let map: Map<string, number> | null = null;
  return (id) => (map ??= new Map(events.map((e, i) => [e.id, i]))).get(id) ?? -1;
}

export function indexDataset(dataset: Dataset, columns?: EventColumns, table?: EventIdTable): DatasetIndex {
  let lo = Infinity;
  let hi = -Infinity;
  if (columns) {
    for (let i = 0; i < columns.count; i++) {
      if (columns.start[i]! < lo) lo = columns.start[i]!;
      if (columns.end[i]! > hi) hi = columns.end[i]!;
    }
  } else {
    for (const e of dataset.events) {
      const { start, end } = eventInterval(e);
      lo = Math.min(lo, start);
      hi = Math.max(hi, end);
    }
  }
  const today = Math.floor(Date.now() / 86_400_000);
  if (!Number.isFinite(lo)) lo = hi = today;
  return {
    placesById: byId(dataset.places),
    actorsById: byId(dataset.actors),
    eventsById: table ?? byId(dataset.events),
    eventIndexOf: table ? (id) => table.indexOf(id) : positions(dataset.events),
    sourcesById: byId(dataset.sources),
    extent: { from: isoFromDay(lo), to: isoFromDay(hi) },
  };
}

/** How a quote's source is named: its outlet, else its title, else its id (a CSV source may have only a name). */
export function sourceName(source: Source): string {
  return source.outlet ?? source.title ?? source.id;
}

