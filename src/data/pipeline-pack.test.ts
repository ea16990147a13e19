import { describe, expect, it } from 'vitest';
import { eventNumber, minimalWith } from '../../e2e/fixtures/data/datasets';
import { eventRanges, packEvents, unpackEvents } from './packed-events';
import { runPipeline } from './pipeline';

describe('pipeline: the events packed for the page', () => {
  it('are found in the file as it is read, and come back as the validated events (a default filled in included)', async () => {
    const events = Array.from({ length: 2000 }, (_, i) => eventNumber(i, i === 7 ? {} : { kind: 'meeting' }));
    const text = JSON.stringify(minimalWith(events), null, 1);
    // A stream of small chunks, as a network or a file gives them.
    const file = new Blob(Array.from({ length: Math.ceil(text.length / 997) }, (_, k) => text.slice(k * 997, (k + 1) * 997)));
    const { dataset, source } = await runPipeline({ kind: 'file', file, name: 'many.json' });
    expect(source.ranges).toEqual(eventRanges(source.bytes!, 2000));
    const packed = packEvents(dataset.events, source);
    // The file's bytes, and after them the one event written anew.
    expect(packed.bytes.subarray(0, source.bytes!.length)).toEqual(source.bytes);
    expect(packed.bytes.length).toBeGreaterThan(source.bytes!.length);
    const { events: lazy, byId } = unpackEvents(packed);
    expect(lazy[7]!.kind).toBe('other');
    expect(JSON.parse(JSON.stringify([...lazy]))).toEqual(JSON.parse(JSON.stringify(dataset.events)));
    expect(byId.indexOf(dataset.events[1234]!.id)).toBe(1234);
  });
});
