import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFilterEngine } from './filter-engine';
import { EMPTY_SELECTION, type Selection } from './selection';
import { tinyDataset } from './test-fixtures';
import type { Dataset } from '../data/schema';

const sel = (s: Partial<Selection>): Selection => ({ ...EMPTY_SELECTION, ...s });
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
const counts = (m: ReadonlyMap<string, number>) => Object.fromEntries([...m].sort());

describe('filter engine, tiny dataset worked by hand', () => {
  const dataset = tinyDataset();
  const engine = createFilterEngine(dataset);
  const idsAt = (indexes: Int32Array) => Array.from(indexes, (i) => dataset.events[i]!.id);

  it('passes everything with an empty selection, sorted by date', () => {
    const r = engine.apply(EMPTY_SELECTION);
    expect(ids(r.events)).toEqual(['e4', 'e1', 'e2', 'e3', 'e5']);
    expect(counts(r.placeCounts)).toEqual({ beijing: 1, moscow: 2, pyongyang: 2 });
    expect(counts(r.actorCounts)).toEqual({ a: 2, b: 3, c: 3, d: 2 });
  });

  it('a month-only date covers its whole month; a range overlaps by its end', () => {
    expect(ids(engine.apply(sel({ from: '2024-06-30', to: '2024-06-30' })).events)).toEqual(['e4']);
    expect(ids(engine.apply(sel({ from: '2024-12-06', to: '2024-12-31' })).events)).toEqual(['e5']);
    expect(ids(engine.apply(sel({ from: '2024-07-01', to: '2024-10-31' })).events)).toEqual([]);
  });

  it('the map ignores its own part: place counts follow date and actors, not places', () => {
    const r = engine.apply(sel({ places: ['moscow'], actors: ['b'] }));
    expect(ids(r.events)).toEqual(['e1']);
    // Actor b is in e1 (moscow), e3 and e4 (pyongyang): the map still shows pyongyang as an alternative.
    expect(counts(r.placeCounts)).toEqual({ moscow: 1, pyongyang: 2 });
  });

  it('the network ignores its own part: actor counts and ties follow date and places', () => {
    const r = engine.apply(sel({ places: ['pyongyang'], actors: ['b'] }));
    expect(counts(r.actorCounts)).toEqual({ b: 2, c: 1, d: 2 });
    const ties = Object.fromEntries(r.ties.map((t) => [`${t.source}-${t.target}`, t.weight]));
    expect(ties).toEqual({ 'b-d': 2, 'b-c': 1, 'c-d': 1 });
  });

  it('OR within a part, AND across parts', () => {
    expect(ids(engine.apply(sel({ places: ['moscow', 'beijing'] })).events)).toEqual(['e1', 'e2', 'e5']);
    expect(ids(engine.apply(sel({ actors: ['a', 'd'] })).events)).toEqual(['e4', 'e1', 'e2', 'e3']);
    expect(ids(engine.apply(sel({ actors: ['a', 'd'], places: ['pyongyang'], from: '2024-11-01' })).events)).toEqual(['e3']);
  });

  it('the timeline ignores the window and follows places and actors', () => {
    const r = engine.apply(sel({ from: '2024-12-01', to: '2024-12-31', actors: ['c'] }));
    expect(ids(r.events)).toEqual(['e5']);
    expect(r.timelineEvents.map((t) => t.event.id)).toEqual(['e4', 'e2', 'e5']);
  });

  it('lists the events behind a tie under the date and place parts', () => {
    engine.apply(sel({ from: '2024-11-01' }));
    expect(idsAt(engine.tieEventIndexes('b', 'd'))).toEqual(['e3']);
    engine.apply(EMPTY_SELECTION);
    expect(idsAt(engine.tieEventIndexes('d', 'b'))).toEqual(['e4', 'e3']);
  });

  it("explains each view's counts with the events behind them, without changing the filters", () => {
    const r = engine.apply(sel({ places: ['moscow'], actors: ['b'] }));
    expect(idsAt(engine.placeEventIndexes('pyongyang'))).toEqual(['e4', 'e3']);
    expect(idsAt(engine.placeEventIndexes('pyongyang')).length).toBe(r.placeCounts.get('pyongyang'));
    expect(idsAt(engine.actorEventIndexes('a'))).toEqual(['e1']);
    expect(ids(engine.apply(sel({ places: ['moscow'], actors: ['b'] })).events)).toEqual(ids(r.events));
  });

  it('gives the same answer whatever the order of changes (incremental filters stay consistent)', () => {
    const target = sel({ places: ['pyongyang'], from: '2024-06-01', to: '2024-11-30' });
    const fresh = createFilterEngine(tinyDataset()).apply(target);
    engine.apply(sel({ actors: ['a'] }));
    engine.apply(sel({ actors: ['a'], places: ['moscow'], to: '2024-11-01' }));
    const again = engine.apply(target);
    expect(ids(again.events)).toEqual(ids(fresh.events));
    expect(counts(again.placeCounts)).toEqual(counts(fresh.placeCounts));
    expect(counts(again.actorCounts)).toEqual(counts(fresh.actorCounts));
  });
});

describe('filter engine on the bundled dataset', () => {
  const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
  const engine = createFilterEngine(dataset);
  const brute = (s: Selection) =>
    dataset.events.filter((e) => {
      const start = e.date.length === 7 ? `${e.date}-01` : e.date;
      const endRaw = e.endDate ?? e.date;
      const end = endRaw.length === 7 ? `${endRaw}-31` : endRaw;
      return (s.to === null || start <= s.to) && (s.from === null || end >= s.from)
        && (s.places.length === 0 || s.places.includes(e.placeId))
        && (s.actors.length === 0 || e.actorIds.some((a) => s.actors.includes(a)));
    }).map((e) => e.id).sort();

  it.each([
    sel({ places: ['pyongyang'] }),
    sel({ actors: ['sergei-lavrov'] }),
    sel({ from: '2024-11-25', to: '2024-12-06' }),
    sel({ places: ['beijing', 'zhuhai'], actors: ['sergei-shoigu'] }),
    sel({ from: '2024-06-01', to: '2024-06-30', actors: ['vladimir-putin', 'kim-jong-un'] }),
  ])('matches a brute-force scan for %o', (s) => {
    expect(ids(engine.apply(s).events).sort()).toEqual(brute(s));
  });

  it('Shoigu is in Beijing and Zhuhai only in November 2024', () => {
    const r = engine.apply(sel({ actors: ['sergei-shoigu'], from: '2024-11-01', to: '2024-11-30' }));
    expect([...r.placeCounts.keys()].sort()).toEqual(['beijing', 'zhuhai']);
  });
});
