import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { buildEventSearchIndex, startEventSearchIndex } from './search-index-build';
import { searchIndexed } from './search-index';

const bundled = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
/** The bundled events many times over, under new ids: 1,000 events. */
const many: Dataset = { ...bundled, events: Array.from({ length: 1000 }, (_, i) => ({ ...bundled.events[i % bundled.events.length]!, id: `e${i}` })) };

describe('building the search index a slice at a time', () => {
  it('folds a few hundred titles per step, builds the rest in parts, and ends with the same index', () => {
    const build = startEventSearchIndex(many);
    let steps = 1;
    let index = build.step(() => false);
    for (; !index; steps++) index = build.step(() => false);
    // Four steps of 256 titles, then one per part of the rest.
    expect(steps).toBeGreaterThan(Math.ceil(1000 / 256));
    const whole = buildEventSearchIndex(many);
    expect(index.folded).toBe(whole.folded);
    expect(Array.from(index.order)).toEqual(Array.from(whole.order));
    for (const q of ['moscou', 'kim jong', 'e', 'traité entre']) expect(searchIndexed(index, q), q).toEqual(searchIndexed(whole, q));
  });

  it('ranks events by their first title, then id, as the plain search breaks ties', () => {
    const index = buildEventSearchIndex(many);
    const key = (e: number) => [index.keys[e]!, index.eventIds[e]!] as const;
    for (let r = 1; r < index.order.length; r++) {
      const [ka, ia] = key(index.order[r - 1]!);
      const [kb, ib] = key(index.order[r]!);
      expect(ka.localeCompare(kb) || ia.localeCompare(ib)).toBeLessThanOrEqual(0);
    }
  });
});
