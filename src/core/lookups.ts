import type { Actor, Dataset, DossierEvent, Place, Source } from '../data/schema';
import { eventInterval, isoFromDay } from './dates';

export interface DatasetIndex {
  placesById: ReadonlyMap<string, Place>;
  actorsById: ReadonlyMap<string, Actor>;
  eventsById: ReadonlyMap<string, DossierEvent>;
  sourcesById: ReadonlyMap<string, Source>;
  /** The span every event falls in, as ISO days: the timeline's domain and the window's limits. */
  extent: { from: string; to: string };
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

export function indexDataset(dataset: Dataset): DatasetIndex {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of dataset.events) {
    const { start, end } = eventInterval(e);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
  }
  const today = Math.floor(Date.now() / 86_400_000);
  if (!Number.isFinite(lo)) lo = hi = today;
  return {
    placesById: byId(dataset.places),
    actorsById: byId(dataset.actors),
    eventsById: byId(dataset.events),
    sourcesById: byId(dataset.sources),
    extent: { from: isoFromDay(lo), to: isoFromDay(hi) },
  };
}

/** How a quote's source is named: its outlet, else its title, else its id (a CSV source may have only a name). */
export function sourceName(source: Source): string {
  return source.outlet ?? source.title ?? source.id;
}

