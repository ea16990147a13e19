import { describe, expect, it } from 'vitest';
import { buildEventColumns, columnBuffers } from './event-columns';
import { dayFromIso } from './dates';
import { tinyDataset } from './test-fixtures';

describe('event columns', () => {
  const dataset = tinyDataset();
  const c = buildEventColumns(dataset);

  it('hold each event as day numbers, a place index and its actors', () => {
    expect(c.count).toBe(5);
    expect(c.start[0]).toBe(dayFromIso('2024-11-01'));
    // e4 is month-only (2024-06): it covers the whole month; e5 is a range.
    expect([c.start[3], c.end[3]]).toEqual([dayFromIso('2024-06-01'), dayFromIso('2024-06-30')]);
    expect(c.end[4]).toBe(dayFromIso('2024-12-06'));
    expect([...c.place]).toEqual([0, 1, 2, 2, 0]);
    const actorsOf = (i: number) => [...c.actorIndex.subarray(c.actorOffsets[i]!, c.actorOffsets[i + 1]!)];
    expect(actorsOf(3)).toEqual([1, 2, 3]);
    expect(c.actorOffsets.length).toBe(6);
  });

  it('names an actor once per event even when the dataset repeats it', () => {
    const twice = tinyDataset();
    twice.events[0] = { ...twice.events[0]!, actorIds: ['a', 'b', 'a'] };
    const cols = buildEventColumns(twice);
    expect([...cols.actorIndex.subarray(0, cols.actorOffsets[1]!)]).toEqual([0, 1]);
    expect(cols.actorOffsets[5]).toBe(cols.actorIndex.length);
  });

  it('gives seven separate buffers to transfer to another thread', () => {
    expect(new Set(columnBuffers(c)).size).toBe(7);
  });
});
