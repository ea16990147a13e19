import { performance } from 'node:perf_hooks';
import { createFilterEngine } from '../src/core/filter-engine';
import { isoFromDay, dayFromIso } from '../src/core/dates';
import type { Selection } from '../src/core/selection';
import type { Dataset } from '../src/data/schema';
import { percentile } from './stats';

/** A synthetic dataset of `n` events over 200 places, 2,000 actors and three years, seeded. */
export function syntheticDataset(n: number, seed = 1): Dataset {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const places = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, name: { en: `P${i}`, fr: `P${i}` }, country: 'XX', lon: rand() * 360 - 180, lat: rand() * 140 - 70 }));
  const actors = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, name: { en: `A${i}`, fr: `A${i}` }, type: 'person' as const, aliases: [], role: { en: 'r', fr: 'r' } }));
  const start = dayFromIso('2022-01-01');
  const events = Array.from({ length: n }, (_, i) => {
    const k = 1 + Math.floor(rand() * 3);
    const actorIds = [...new Set(Array.from({ length: k }, () => `a${Math.floor(rand() ** 2 * 2000)}`))];
    return {
      id: `e${i}`, date: isoFromDay(start + Math.floor(rand() * 1095)), placeId: `p${Math.floor(rand() ** 2 * 200)}`, actorIds,
      kind: 'meeting' as const, title: { en: 't', fr: 't' }, summary: { en: 's', fr: 's' }, evidence: [{ sourceId: 's', quote: 'q' }],
    };
  });
  return { schemaVersion: 1, title: { en: 'bench', fr: 'bench' }, sources: [{ id: 's', title: 't', outlet: 'o', language: 'fr', published: null, text: 'q' }], places, actors, events };
}

/** Times `engine.apply` for a sequence of realistic interactions: slider steps, place and actor clicks. */
export function benchEngine(n: number, runs = 60) {
  const dataset = syntheticDataset(n);
  const t0 = performance.now();
  const engine = createFilterEngine(dataset);
  const buildMs = performance.now() - t0;
  engine.apply({ from: null, to: null, places: [], actors: [] });
  const times: number[] = [];
  const base = dayFromIso('2023-01-01');
  for (let i = 0; i < runs; i++) {
    const step = i % 3;
    const sel: Selection = {
      from: isoFromDay(base + i * 3),
      to: isoFromDay(base + i * 3 + 60),
      places: step === 1 ? [`p${i % 20}`] : [],
      actors: step === 2 ? [`a${i % 50}`, `a${(i + 7) % 50}`] : [],
    };
    const t = performance.now();
    engine.apply(sel);
    times.push(performance.now() - t);
  }
  return { events: n, buildMs: Math.round(buildMs), applyP50Ms: percentile(times, 50), applyP95Ms: percentile(times, 95) };
}
