import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../bench/synth-dataset';
import { eventNumber, minimalWith } from '../../e2e/fixtures/data/datasets';
import { buildEventColumns } from '../core/event-columns';
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

  it('have columns whose places and actors the validator found as it checked them, as a lookup by id finds them', async () => {
    const dataset = synthDataset({ events: 3000, seed: 4, places: 30, actors: 200 });
    // An actor listed twice (a warning, counted once), and an event with a month-only date.
    dataset.events[5]!.actorIds.push(dataset.events[5]!.actorIds[0]!);
    dataset.events[6]!.date = '2023-04';
    const loaded = await runPipeline({ kind: 'file', file: new Blob([JSON.stringify(dataset)]), name: 'synth.json' });
    expect(loaded.warnings.warnings.map((p) => p.where)).toEqual(['events[5] (id "event-5") › actorIds[' + (dataset.events[5]!.actorIds.length - 1) + ']']);
    const looked = buildEventColumns(loaded.dataset);
    expect(loaded.columns).toEqual(looked);
    expect(looked.actorIndex.length).toBe(dataset.events.reduce((n, e) => n + new Set(e.actorIds).size, 0));
  });
});
