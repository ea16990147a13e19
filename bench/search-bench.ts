import { performance } from 'node:perf_hooks';
import { buildEventSearchIndex, searchEvents } from '../src/core/search-index';
import type { Dataset } from '../src/data/schema';
import { percentile } from './stats';

/** What people type in the search box of a synthetic dossier, one keystroke at a time. */
const TYPED = ['event 4242', 'evenement 77', 'place 12', 'lieu 3', 'actor 31', 'acteur 2', 'synthetic', 'zzz'];

/**
 * The search index alone: the time to build it (once per dataset, when the search box is first used) and the
 * time to answer each keystroke of a few typed queries (every prefix of each), as the search box asks.
 */
export function benchSearch(dataset: Dataset, rounds = 3) {
  const t0 = performance.now();
  const index = buildEventSearchIndex(dataset);
  const buildMs = Math.round(performance.now() - t0);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const typed of TYPED) {
      for (let k = 1; k <= typed.length; k++) {
        const t = performance.now();
        searchEvents(index, typed.slice(0, k), 8, 50);
        times.push(performance.now() - t);
      }
    }
  }
  return { buildIndexMs: buildMs, keystrokeMs: { p50: percentile(times, 50), p95: percentile(times, 95), max: percentile(times, 100) } };
}
