import type { Dataset } from '../data/schema';
import { eventInterval } from './dates';

/**
 * The events as typed arrays: what a filter needs, without a million objects. Built once after validation (in
 * the loading worker) and transferred to the page without a copy.
 */
export interface EventColumns {
  count: number;
  /** Day number (days since 1970-01-01 UTC) of each event's interval start. */
  start: Int32Array;
  /** Inclusive day number of the interval end (month-only dates cover the month). */
  end: Int32Array;
  /** Index into dataset.places. */
  place: Int32Array;
  /** Length count+1: actors of event i are actorIndex[actorOffsets[i]..actorOffsets[i+1]). */
  actorOffsets: Int32Array;
  /** Indexes into dataset.actors, deduplicated per event. */
  actorIndex: Int32Array;
}

/** Columns of a validated dataset (every reference resolves). */
export function buildEventColumns(dataset: Dataset): EventColumns {
  const { events } = dataset;
  const count = events.length;
  const placeOf = new Map(dataset.places.map((p, i) => [p.id, i]));
  const actorOf = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const place = new Int32Array(count);
  const actorOffsets = new Int32Array(count + 1);
  let total = 0;
  for (const e of events) total += e.actorIds.length;
  const actorIndex = new Int32Array(total);
  let k = 0;
  for (let i = 0; i < count; i++) {
    const e = events[i]!;
    const interval = eventInterval(e);
    start[i] = interval.start;
    end[i] = interval.end;
    place[i] = placeOf.get(e.placeId) ?? -1;
    actorOffsets[i] = k;
    const first = k;
    for (const id of e.actorIds) {
      const a = actorOf.get(id);
      if (a === undefined) continue;
      let seen = false;
      for (let j = first; j < k; j++) if (actorIndex[j] === a) seen = true;
      if (!seen) actorIndex[k++] = a;
    }
  }
  actorOffsets[count] = k;
  return { count, start, end, place, actorOffsets, actorIndex: k === total ? actorIndex : actorIndex.slice(0, k) };
}

/** The buffers to list in `postMessage`'s transfer list. */
export function columnBuffers(c: EventColumns): ArrayBuffer[] {
  return [c.start, c.end, c.place, c.actorOffsets, c.actorIndex].map((a) => a.buffer as ArrayBuffer);
}
