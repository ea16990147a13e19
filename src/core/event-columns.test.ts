import { describe, expect, it } from 'vitest';
import { dayFromIso } from './dates';
import { buildEventColumns } from './event-columns';
import { tinyDataset } from './test-fixtures';

describe('buildEventColumns', () => {
  it('lays out intervals, places and deduplicated actors as typed arrays', () => {
    const d = tinyDataset();
    d.events[0]!.actorIds = ['a', 'b', 'a'];
    const c = buildEventColumns(d);
    expect(c.count).toBe(5);
    expect(c.start[0]).toBe(dayFromIso('2024-11-01'));
    // e4 is month-only (2024-06): it covers the whole of June.
    expect([c.start[3], c.end[3]]).toEqual([dayFromIso('2024-06-01'), dayFromIso('2024-06-30')]);
    expect(c.end[4]).toBe(dayFromIso('2024-12-06'));
    expect([...c.place]).toEqual([0, 1, 2, 2, 0]);
    const actorsOf = (i: number) => [...c.actorIndex.subarray(c.actorOffsets[i], c.actorOffsets[i + 1])];
    expect(actorsOf(0)).toEqual([0, 1]);
    expect(actorsOf(3)).toEqual([1, 2, 3]);
    expect(c.actorOffsets.length).toBe(6);
    expect(c.actorOffsets[5]).toBe(c.actorIndex.length);
  });
});
