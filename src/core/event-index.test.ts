import { describe, expect, it } from 'vitest';
import { buildEventColumns } from './event-columns';
import { actorRanks, buildEventIndex, findTie } from './event-index';
import { tinyDataset } from './test-fixtures';

const byDate = (start: Int32Array, end: Int32Array) =>
  Array.from(start.keys()).sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);

describe('event index', () => {
  it('orders events by start, end and position, whether the days span a few years or millennia', () => {
    for (const far of ['2024-11-20', '9999-12-31']) {
      const dataset = tinyDataset();
      dataset.events[1] = { ...dataset.events[1]!, date: '0001-01-01' };
      dataset.events[2] = { ...dataset.events[2]!, date: '2024-11-01', endDate: far };
      const c = buildEventColumns(dataset);
      const index = buildEventIndex(c, dataset.places.length, actorRanks(dataset.actors));
      expect([...index.dateOrder]).toEqual(byDate(c.start, c.end));
      expect([...index.startSorted]).toEqual([...c.start].sort((a, b) => a - b));
      expect([...index.endSorted]).toEqual([...c.end].sort((a, b) => a - b));
    }
  });

  it('indexes a dossier without events (nothing to order, no tie)', () => {
    const dataset = { ...tinyDataset(), events: [] };
    const index = buildEventIndex(buildEventColumns(dataset), dataset.places.length, actorRanks(dataset.actors));
    expect(index.dateOrder).toHaveLength(0);
    expect(index.startSorted).toHaveLength(0);
  });

  it('finds each tie from either actor, and no tie between actors who never meet', () => {
    const dataset = tinyDataset();
    const index = buildEventIndex(buildEventColumns(dataset), dataset.places.length, actorRanks(dataset.actors));
    const [a, b, c, d] = [0, 1, 2, 3];
    const ab = findTie(index.ties, a, b);
    expect(ab).toBeGreaterThanOrEqual(0);
    expect(findTie(index.ties, b, a)).toBe(ab);
    expect([index.ties.source[ab], index.ties.target[ab]]).toEqual([a, b]);
    expect(findTie(index.ties, a, d)).toBe(-1);
    // a–b, a–c, b–d, b–c, c–d: five ties, each once.
    expect(index.ties.count).toBe(5);
    expect(new Set([[a, c], [b, d], [b, c], [c, d]].map(([x, y]) => findTie(index.ties, x!, y!))).size).toBe(4);
  });
});
