import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../bench/synth-dataset';
import { eventInterval, isoFromDay, dayFromIso } from './dates';
import { createFilterEngine, type FilterEngine } from './filter-engine';
import type { Selection } from './selection';
import type { DossierEvent } from '../data/schema';

/** The filter rule read naively, one event at a time: what the indexed engine must agree with after any sequence. */
type Part = 'date' | 'place' | 'actor' | null;
function passes(e: DossierEvent, s: Selection, except: Part): boolean {
  const { start, end } = eventInterval(e);
  const date = except === 'date' || ((s.to === null || start <= dayFromIso(s.to)) && (s.from === null || end >= dayFromIso(s.from)));
  const place = except === 'place' || s.places.length === 0 || s.places.includes(e.placeId);
  const actor = except === 'actor' || s.actors.length === 0 || e.actorIds.some((a) => s.actors.includes(a));
  return date && place && actor;
}

function countBy(events: DossierEvent[], keys: (e: DossierEvent) => string[]) {
  const m = new Map<string, number>();
  for (const e of events) for (const k of new Set(keys(e))) m.set(k, (m.get(k) ?? 0) + 1);
  return Object.fromEntries([...m].sort());
}

const pairs = (e: DossierEvent) => {
  const ids = [...new Set(e.actorIds)].sort();
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}|${b}`));
};

describe('indexed filter engine against a brute-force scan', () => {
  const dataset = synthDataset({ events: 3000, seed: 7, places: 40, actors: 120 });
  const engine = createFilterEngine(dataset);
  let seed = 3;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T,>(xs: readonly T[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
  const base = dayFromIso('2022-01-01');

  const selections: Selection[] = Array.from({ length: 60 }, (_, i) => {
    const from = rand() < 0.3 ? null : isoFromDay(base + Math.floor(rand() * 1000));
    const to = rand() < 0.3 ? null : isoFromDay(base + 100 + Math.floor(rand() * 1000));
    return {
      from,
      to,
      places: i % 4 === 0 ? [] : pick(dataset.places.map((p) => p.id), 1 + Math.floor(rand() * 3)),
      actors: i % 3 === 0 ? [] : pick(dataset.actors.map((a) => a.id), 1 + Math.floor(rand() * 3)),
    };
  });

  /** Every view's figures for `s` against a brute-force scan of the events. */
  function check(engine: FilterEngine, s: Selection) {
    const r = engine.apply(s);
    const all = dataset.events.filter((e) => passes(e, s, null));
    const forMap = dataset.events.filter((e) => passes(e, s, 'place'));
    const forNetwork = dataset.events.filter((e) => passes(e, s, 'actor'));
    const forTimeline = dataset.events.filter((e) => passes(e, s, 'date'));
    expect(r.count).toBe(all.length);
    expect(r.events.map((e) => e.id).sort()).toEqual(all.map((e) => e.id).sort());
    // The lists in date order (the engine's `dateOrder`, whichever lists they were gathered from).
    const inOrder = (except: 'date' | null) => Array.from(engine.dateOrder).filter((i) => passes(dataset.events[i]!, s, except));
    expect(Array.from(r.eventIndexes)).toEqual(inOrder(null));
    expect(Array.from(r.timelineIndexes)).toEqual(inOrder('date'));
    expect(r.summary).toEqual({ events: all.length, actors: new Set(all.flatMap((e) => e.actorIds)).size, places: new Set(all.map((e) => e.placeId)).size });
    expect(Object.fromEntries([...r.placeCounts].sort())).toEqual(countBy(forMap, (e) => [e.placeId]));
    expect(Object.fromEntries([...r.actorCounts].sort())).toEqual(countBy(forNetwork, (e) => e.actorIds));
    expect(Object.fromEntries(r.ties.map((t) => [`${t.source}|${t.target}`, t.weight]).sort())).toEqual(countBy(forNetwork, pairs));
    expect(r.timelineEvents.map((t) => t.event.id).sort()).toEqual(forTimeline.map((e) => e.id).sort());
    // The lists behind a count hold exactly the events it counts.
    const place = dataset.places[Math.floor(rand() * dataset.places.length)]!.id;
    expect(Array.from(engine.placeEventIndexes(place), (i) => dataset.events[i]!.id).sort()).toEqual(forMap.filter((e) => e.placeId === place).map((e) => e.id).sort());
    const actor = dataset.actors[Math.floor(rand() * 20)]!.id;
    expect(engine.actorEventIndexes(actor).length).toBe(r.actorCounts.get(actor) ?? 0);
    const tie = r.ties[0];
    if (tie) expect(engine.tieEventIndexes(tie.target, tie.source).length).toBe(tie.weight);
  }

  it.each(selections.map((s, i) => [i, s] as const))('selection %i agrees on every view', (_, s) => check(engine, s));

  it('agrees after each of many one-part steps (a place or an actor added or dropped, the window nudged)', () => {
    // The incremental paths: a set grown or shrunk by one, both sets and the window changing one at a time.
    const fresh = createFilterEngine(dataset);
    const placeIds = dataset.places.map((p) => p.id);
    const actorIds = dataset.actors.map((a) => a.id);
    let s: Selection = { from: null, to: null, places: [], actors: [] };
    const toggle = (xs: readonly string[], x: string) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);
    for (let step = 0; step < 90; step++) {
      const r = rand();
      // An id the dataset does not have now and then: a set holding only it matches nothing.
      if (r < 0.35) s = { ...s, places: toggle(s.places, pick([...placeIds.slice(0, 8), 'nowhere'], 1)[0]!) };
      else if (r < 0.7) s = { ...s, actors: toggle(s.actors, pick([...actorIds.slice(0, 12), 'nobody'], 1)[0]!) };
      else if (r < 0.85) s = { ...s, from: isoFromDay(base + Math.floor(rand() * 600)) };
      else s = { ...s, to: rand() < 0.2 ? null : isoFromDay(base + 400 + Math.floor(rand() * 700)) };
      check(fresh, s);
    }
  });

  it('figures first read several selections later (views that skipped them) are those of the last selection', () => {
    // Only the count is read on the way, as the click's frame does; the rest is read at the end, as a deferred
    // render that caught up only then would. Lazy figures reused from earlier results must still be right.
    const fresh = createFilterEngine(dataset);
    let r = fresh.apply(selections[0]!);
    for (const s of selections.slice(1, 25)) {
      r = fresh.apply(s);
      expect(r.count).toBe(dataset.events.filter((e) => passes(e, s, null)).length);
    }
    const s = selections[24]!;
    const forNetwork = dataset.events.filter((e) => passes(e, s, 'actor'));
    expect(r.events.map((e) => e.id).sort()).toEqual(dataset.events.filter((e) => passes(e, s, null)).map((e) => e.id).sort());
    expect(Object.fromEntries([...r.actorCounts].sort())).toEqual(countBy(forNetwork, (e) => e.actorIds));
    expect(Object.fromEntries(r.ties.map((t) => [`${t.source}|${t.target}`, t.weight]).sort())).toEqual(countBy(forNetwork, pairs));
    expect(r.timelineEvents.map((t) => t.event.id).sort()).toEqual(dataset.events.filter((e) => passes(e, s, 'date')).map((e) => e.id).sort());
  });

  it('lists events by date, then end, then dataset order', () => {
    const r = engine.apply({ from: null, to: null, places: [], actors: [] });
    const keys = r.events.map((e) => eventInterval(e));
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1]!.start <= keys[i]!.start).toBe(true);
  });

  it('keeps only the strongest ties past the limit, and says how many it left out', async () => {
    const { strongest } = await import('./filter-state');
    const weights = Int32Array.from([0, 5, 1, 5, 3, 0, 2, 5]);
    const { ties, leftOut } = strongest(weights, 3);
    expect([...ties]).toEqual([1, 3, 7]);
    expect(leftOut).toBe(3);
    const two = strongest(weights, 4);
    expect([...two.ties]).toEqual([1, 3, 4, 7]);
    expect(strongest(weights, 10).leftOut).toBe(0);
  });

  it('selects nothing for an id it does not know, as a set that matches no event', () => {
    expect(engine.apply({ from: null, to: null, places: ['nowhere'], actors: [] }).count).toBe(0);
  });
});

describe('overall figures for the network layout', () => {
  it('match a pass over every event, ties in the layout order, whatever filters are applied later', async () => {
    const { buildTies, countEventsByActor } = await import('./graph');
    const dataset = synthDataset({ events: 800, seed: 5, places: 20, actors: 60 });
    const engine = createFilterEngine(dataset);
    engine.apply({ from: '2023-01-01', to: null, places: ['place-1'], actors: [] });
    expect(Object.fromEntries([...engine.overall.actorCounts].sort())).toEqual(Object.fromEntries([...countEventsByActor(dataset.events)].sort()));
    expect(engine.overall.ties).toEqual(buildTies(dataset.events));
  });
});
