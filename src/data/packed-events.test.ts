import { describe, expect, it, vi } from 'vitest';
import { tinyDataset } from '../core/test-fixtures';
import { createEventScanner, eventIdReader, eventRanges, packEvents, packedBuffers, unpackEvents } from './packed-events';
import type { DossierEvent } from './schema';

const manyEvents = (n: number): DossierEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `ev-${i}`, date: '2024-01-01', placeId: 'p', actorIds: ['a'], kind: 'meeting',
    // Non-ASCII text, and a line break and quotes inside a value: every event must come back exactly.
    title: { en: `Event ${i}`, fr: `Événement ${i} — « n°${i} »` }, summary: `line one\nline "two" ${i}`,
    evidence: [{ sourceId: 's', quote: `Quote ${i} 🙂` }],
  }));

describe('packed events', () => {
  it('come back as the same events, by position and by id', () => {
    const events = manyEvents(1500);
    const packed = packEvents(events);
    const { events: lazy, byId } = unpackEvents(packed);
    expect(lazy.length).toBe(1500);
    expect(lazy[0]).toEqual(events[0]);
    expect(lazy[1499]).toEqual(events[1499]);
    expect(byId.get('ev-777')).toEqual(events[777]);
    expect(byId.indexOf('ev-777')).toBe(777);
    expect(byId.has('ev-1500')).toBe(false);
    expect(byId.get('nope')).toBeUndefined();
    expect(byId.size).toBe(1500);
  });

  it('read like an array: length, iteration, map, filter, keys; out of range is undefined', () => {
    const events = tinyDataset().events;
    const { events: lazy } = unpackEvents(packEvents(events));
    expect([...lazy].map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(lazy.map((e) => e.placeId)).toEqual(events.map((e) => e.placeId));
    expect(lazy.filter((e) => e.placeId === 'moscow').map((e) => e.id)).toEqual(['e1', 'e5']);
    expect([...lazy.keys()]).toEqual([0, 1, 2, 3, 4]);
    expect(Array.isArray(lazy)).toBe(true);
    expect(lazy[5]).toBeUndefined();
    expect(2 in lazy).toBe(true);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(events);
  });

  it('keep one object per event while it is held', () => {
    const { events: lazy, byId } = unpackEvents(packEvents(tinyDataset().events));
    const e = lazy[2];
    expect(lazy[2]).toBe(e);
    expect(byId.get('e3')).toBe(e);
  });

  it('are sliced from the JSON file as they are, but for the events the validator changed', () => {
    const events = manyEvents(40);
    events[3]!.title = 'a "quoted" title with { braces } and [brackets], "events": [1]';
    // A nested "events" key, escapes and pretty printing must not confuse the slicing.
    const file = { schemaVersion: 1, meta: { events: [{ x: 1 }] }, 'ev\\ents': [], events, after: { events: 2 } };
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(file, null, 2)}`);
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { events: DossierEvent[] };
    const asIs = packEvents(parsed.events, { bytes, changed: new Set() });
    expect(asIs.bytes).toBe(bytes);
    expect([...unpackEvents(asIs).events]).toEqual(events);
    parsed.events[5]!.kind = 'other';
    const patched = packEvents(parsed.events, { bytes, changed: new Set([parsed.events[5]!]) });
    const { events: lazy } = unpackEvents(patched);
    expect(lazy[5]!.kind).toBe('other');
    expect(lazy[6]).toEqual(events[6]);
    expect(lazy[3]!.title).toBe(events[3]!.title);
    // A scan reads runs of neighbours at once, and the rewritten event from after the file.
    const scanned = lazy.map((e) => e);
    expect(scanned[5]!.kind).toBe('other');
    expect(scanned.filter((e, i) => e.id !== events[i]!.id)).toEqual([]);
    const held = lazy[7];
    expect([...lazy][7]).toBe(held);
  });

  it('give their ids from the bytes, in the file (pretty printed) and written anew, without making the events', () => {
    const events = manyEvents(20);
    events[2]!.id = 'id with "quotes" \\ and é';
    const bytes = new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, events }, null, 2));
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { events: DossierEvent[] };
    const packed = packEvents(parsed.events, { bytes, changed: new Set([parsed.events[4]!]) });
    const { events: lazy } = unpackEvents(packed);
    const idOf = eventIdReader(lazy);
    const parse = vi.spyOn(JSON, 'parse');
    expect(events.map((_, i) => idOf(i))).toEqual(events.map((e) => e.id));
    // Only the one id with escapes is parsed, as a string; no event is.
    expect(parse.mock.calls).toEqual([[JSON.stringify(events[2]!.id)]]);
    parse.mockRestore();
    // A list not unpacked here is read through its events.
    expect(eventIdReader(events)(2)).toBe(events[2]!.id);
  });

  it('are written anew when the file does not hold exactly the events (a second "events" key)', () => {
    const events = manyEvents(3);
    const text = `{"events": [], "events": ${JSON.stringify(events)}}`;
    const packed = packEvents(JSON.parse(text).events, { bytes: new TextEncoder().encode(text), changed: new Set() });
    expect([...unpackEvents(packed).events]).toEqual(events);
  });

  it('are found a part at a time as the bytes arrive, wherever the parts are cut (inside strings, after a backslash)', () => {
    const events = manyEvents(30);
    events[2]!.title = 'ends with a backslash \\ and a "quote" and {"events": [1]}';
    const bytes = new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, events, after: 'x' }, null, 1));
    const whole = eventRanges(bytes, 30)!;
    expect(whole.starts.length).toBe(30);
    for (const step of [1, 7, 64, 1000]) {
      const scanner = createEventScanner();
      for (let upTo = step; upTo < bytes.length + step; upTo += step) scanner.scan(bytes, Math.min(upTo, bytes.length));
      expect(scanner.ranges(30)).toEqual(whole);
      expect(scanner.ranges(29)).toBeNull();
    }
    // Cut off inside a string, the text is not whole: no ranges.
    const cut = createEventScanner();
    cut.scan(bytes, bytes.lastIndexOf(34));
    expect(cut.ranges(30)).toBeNull();
  });

  it('travel as four transferable buffers, not objects', () => {
    const packed = packEvents(tinyDataset().events);
    expect(new Set(packedBuffers(packed)).size).toBe(4);
    expect(packed.ends[packed.count - 1]).toBe(packed.bytes.length);
    const clone = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(unpackEvents(clone).byId.get('e4')?.date).toBe('2024-06');
  });
});
