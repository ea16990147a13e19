import { performance } from 'node:perf_hooks';
import { buildEventColumns } from '../src/core/event-columns';
import { createFilterEngine } from '../src/core/filter-engine';
import { isoFromDay, dayFromIso } from '../src/core/dates';
import { EMPTY_SELECTION, type Selection } from '../src/core/selection';
import { benchSearch } from './search-bench';
import { percentile } from './stats';
import { synthDataset } from './synth-dataset';

const timed = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const summary = (times: number[]) => ({ p50: percentile(times, 50), p95: percentile(times, 95) });

/**
 * The filter engine alone on a seeded synthetic dataset (npm run synth's): time to build its columns and
 * indexes, then `apply` for what a user does — a click selecting one place or one actor (and the click that
 * clears it), a slider key moving the window's end by a day — and the list behind a place's count; and the
 * search index (bench/search-bench.ts).
 */
export function benchEngine(n: number, rounds = 40) {
  const dataset = synthDataset({ events: n, seed: 1 });
  const heapBefore = process.memoryUsage().heapUsed;
  let columns!: ReturnType<typeof buildEventColumns>;
  const columnsMs = timed(() => (columns = buildEventColumns(dataset)));
  let engine!: ReturnType<typeof createFilterEngine>;
  const engineMs = timed(() => (engine = createFilterEngine(dataset, columns)));
  engine.apply(EMPTY_SELECTION);
  const heapMB = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);

  // Each change timed twice: `apply` alone (what a large dossier's click frame pays: the count and the map's
  // figures) and apply with every figure read (the lists, the network's ties, the summary: what all views need).
  const measure = (selection: Selection, frame: number[], all: number[]) => {
    const t0 = performance.now();
    const r = engine.apply(selection);
    frame.push(performance.now() - t0);
    void [r.eventIndexes, r.timelineIndexes, r.actorCounts, r.ties, r.summary];
    all.push(performance.now() - t0);
  };
  const click = (make: (i: number) => Selection) => {
    const frame: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < rounds; i++) {
      measure(make(i), frame, all);
      measure(EMPTY_SELECTION, frame, all);
    }
    return { all: summary(all), frame: summary(frame) };
  };
  const place = click((i) => ({ ...EMPTY_SELECTION, places: [dataset.places[(i * 7) % dataset.places.length]!.id] }));
  const actor = click((i) => ({ ...EMPTY_SELECTION, actors: [dataset.actors[(i * 13) % 300]!.id] }));
  const base = dayFromIso('2023-01-01');
  const key = { frame: [] as number[], all: [] as number[] };
  for (let i = 0; i < rounds * 2; i++) measure({ ...EMPTY_SELECTION, from: '2022-06-01', to: isoFromDay(base + i) }, key.frame, key.all);
  const explain: number[] = [];
  for (let i = 0; i < rounds; i++) explain.push(timed(() => engine.placeEventIndexes(dataset.places[i % 10]!.id)));
  return {
    events: n,
    buildColumnsMs: Math.round(columnsMs),
    buildEngineMs: Math.round(engineMs),
    engineHeapMB: heapMB,
    // Every figure read, as all views together need it (comparable with builds before the lazy figures).
    applyMs: { placeClick: place.all, actorClick: actor.all, sliderKey: summary(key.all) },
    // `apply` alone: the engine's share of a large dossier's click frame (the rest follows in the deferred render).
    applyFrameMs: { placeClick: place.frame, actorClick: actor.frame, sliderKey: summary(key.frame) },
    placeEventIndexesMs: summary(explain),
    search: benchSearch(dataset),
  };
}
