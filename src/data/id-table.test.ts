import { describe, expect, it } from 'vitest';
import { createIdTable, hashId, tableSize } from './id-table';
import { packEvents, unpackEvents } from './packed-events';
import { validateDataset } from './validate';

describe('id table', () => {
  it('finds every id, tells apart ids that share a slot, and knows what it lacks', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `id-${i}`);
    const table = createIdTable(ids.length, (i) => ids[i]);
    expect(table.table.length).toBe(tableSize(ids.length));
    ids.forEach((id, i) => {
      expect(table.get(id)).toBeUndefined();
      table.set(id, i);
    });
    // With 5,000 ids in 16,384 slots, some share a starting slot: each must still come back as itself.
    const mask = table.table.length - 1;
    expect(new Set(ids.map((id) => hashId(id) & mask)).size).toBeLessThan(ids.length);
    ids.forEach((id, i) => expect(table.get(id)).toBe(i));
    expect(table.has('id-5000')).toBe(false);
    expect(table.get('')).toBeUndefined();
  });

  it('made by the validator, finds the events on the page as the packer\'s own table does', () => {
    const events = Array.from({ length: 300 }, (_, i) => ({
      id: `e-${i}`, date: '2024-01-01', placeId: 'p', actorIds: ['a'], kind: 'meeting', title: `Event ${i}`, evidence: [{ sourceId: 's', quote: 'q' }],
    }));
    const result = validateDataset({ schemaVersion: 1, sources: [{ id: 's', text: 'q' }], places: [{ id: 'p', name: 'P', lon: 0, lat: 0 }], actors: [{ id: 'a', name: 'A' }], events });
    if (!result.ok) throw new Error('valid');
    const packed = packEvents(result.dataset.events, { changed: result.changed, idTable: result.eventTable });
    expect(packed.idTable).toEqual(packEvents(result.dataset.events).idTable);
    const { byId } = unpackEvents(packed);
    expect(byId.indexOf('e-123')).toBe(123);
    expect(byId.get('e-299')?.title).toBe('Event 299');
  });
});
