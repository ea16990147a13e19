import type { Dataset } from '../data/schema';
import { dayFromIso, lastDayOf } from './dates';
import { KIND_FAMILIES, kindFamily } from './kinds';

/**
 * The events as columns of typed arrays: what the filter engine indexes, and what a loading worker can hand to
 * the page without a copy (the arrays' buffers go in a `postMessage` transfer list). Event `i` of the dataset is
 * row `i` of every column.
 */
export interface EventColumns {
  count: number;
  /** Day number (days since 1970-01-01 UTC) of each event's interval start. */
  start: Int32Array;
  /** Inclusive day number of the interval end (month-only dates cover the month). */
  end: Int32Array;
  /** Index into `dataset.places`. */
  place: Int32Array;
  /** Length `count + 1`: the actors of event `i` are `actorIndex[actorOffsets[i]..actorOffsets[i+1])`. */
  actorOffsets: Int32Array;
  /** Indexes into `dataset.actors`, deduplicated per event. */
  actorIndex: Int32Array;
  /** Index into `KIND_FAMILIES` of each event's kind: what the timeline stacks by. */
  family: Uint8Array;
  /** 1 when the event's date or end date gives only a month. */
  monthOnly: Uint8Array;
}

/** Each event's place and actors by position, as the validator found them (each actor once per event). */
export interface EventRefs {
  place: Int32Array;
  actorOffsets: Int32Array;
  actorIndex: Int32Array;
}

/**
 * Builds the columns of a validated dataset (every place and actor id an event names exists). With `refs`
 * from the validator, places and actors are not looked up again.
 */
export function buildEventColumns(dataset: Dataset, refs?: EventRefs): EventColumns {
  return { count: dataset.events.length, ...eventDates(dataset.events), ...(refs ?? eventRefs(dataset)) };
}

/** Day numbers, kind family and month-only flag of each event. */
function eventDates(events: Dataset['events']): Pick<EventColumns, 'start' | 'end' | 'family' | 'monthOnly'> {
  const count = events.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const family = new Uint8Array(count);
  const monthOnly = new Uint8Array(count);
  const familyOf = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const e = events[i]!;
    start[i] = dayFromIso(e.date);
    end[i] = lastDayOf(e.endDate ?? e.date);
    monthOnly[i] = e.date.length === 7 || e.endDate?.length === 7 ? 1 : 0;
    let f = familyOf.get(e.kind);
    if (f === undefined) familyOf.set(e.kind, (f = KIND_FAMILIES.indexOf(kindFamily(e.kind))));
    family[i] = f;
  }
  return { start, end, family, monthOnly };
}

/** Each event's place and actors (each once) by position, looked up by id. */
function eventRefs(dataset: Dataset): EventRefs {
  const { events } = dataset;
  const count = events.length;
  const placeOf = new Map(dataset.places.map((p, i) => [p.id, i]));
  const actorOf = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const place = new Int32Array(count);
  const actorOffsets = new Int32Array(count + 1);
  let total = 0;
  for (const e of events) total += e.actorIds.length;
  const actorIndex = new Int32Array(total);
  let k = 0;
  for (let i = 0; i < count; i++) {
    const e = events[i]!;
    place[i] = indexOf(placeOf, e.placeId, 'place');
    actorOffsets[i] = k;
    for (const id of e.actorIds) {
      const a = indexOf(actorOf, id, 'actor');
      let seen = false;
      for (let j = actorOffsets[i]!; j < k; j++) if (actorIndex[j] === a) seen = true;
      if (!seen) actorIndex[k++] = a;
    }
  }
  actorOffsets[count] = k;
  return { place, actorOffsets, actorIndex: k === total ? actorIndex : actorIndex.slice(0, k) };
}

function indexOf(map: ReadonlyMap<string, number>, id: string, what: string): number {
  const i = map.get(id);
  if (i === undefined) throw new Error(`unknown ${what} id "${id}"`);
  return i;
}

/** The buffers of the columns, for a `postMessage` transfer list. */
export function columnBuffers(c: EventColumns): ArrayBuffer[] {
  return [c.start, c.end, c.place, c.actorOffsets, c.actorIndex, c.family, c.monthOnly].map((a) => a.buffer as ArrayBuffer);
}
