import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../core/test-fixtures';
import { checkIntegrity, REQUIRED_PLACE_IDS } from './integrity';
import { validateDataset } from './validate';
import type { Dataset } from './schema';

const clone = (): Dataset => structuredClone(tinyDataset());
const problemsOf = (raw: unknown, texts?: Map<string, string>) => {
  const r = validateDataset(raw, texts ? { sourceTexts: texts } : {});
  return r.ok ? [] : r.problems.map((p) => `${p.where}: ${p.message}`);
};

describe('dataset validation: each failure says where and what', () => {
  it('accepts a valid dataset', () => {
    expect(problemsOf(clone())).toEqual([]);
  });

  it('schema: a missing field, a bad date and a bad kind, located by record id', () => {
    const d = clone() as unknown as { events: Record<string, unknown>[] };
    delete d.events[0]!.title;
    d.events[1]!.date = '2024-13-01';
    d.events[2]!.kind = 'party';
    const problems = problemsOf(d);
    expect(problems).toContainEqual('events[0] (id "e1") › title: is missing (required field)');
    expect(problems.some((p) => p.startsWith('events[1] (id "e2") › date:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('events[2] (id "e3") › kind:'))).toBe(true);
  });

  it('schema: wrong schemaVersion and non-slug ids', () => {
    const d = clone() as unknown as Record<string, unknown> & { actors: { id: string }[] };
    d.schemaVersion = 2;
    d.actors[0]!.id = 'Kim Jong Un';
    const problems = problemsOf(d);
    expect(problems.some((p) => p.startsWith('schemaVersion:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('actors[0] (id "Kim Jong Un") › id: must be a lowercase ASCII slug'))).toBe(true);
  });

  it('a repeated id', () => {
    const d = clone();
    d.events[1]!.id = 'e1';
    expect(problemsOf(d)).toContainEqual('events[1] (id "e1") › id: repeats the id of events[0]; ids must be unique');
  });

  it('a dangling reference to a place, an actor or a source', () => {
    const d = clone();
    d.events[0]!.placeId = 'atlantis';
    d.events[1]!.actorIds = ['a', 'nobody'];
    d.events[2]!.evidence = [{ sourceId: 's9', quote: 'x' }];
    const problems = problemsOf(d);
    expect(problems).toContainEqual('events[0] (id "e1") › placeId: refers to place "atlantis", which is not in "places"');
    expect(problems).toContainEqual('events[1] (id "e2") › actorIds[1]: refers to actor "nobody", which is not in "actors"');
    expect(problems).toContainEqual('events[2] (id "e3") › evidence[0] › sourceId: refers to source "s9", which is not in "sources"');
  });

  it('a quote that is not verbatim in its source (whitespace aside)', () => {
    const d = clone();
    d.events[0]!.evidence = [{ sourceId: 's1', quote: 'Alpha   beta\n gamma.' }];
    d.events[1]!.evidence = [{ sourceId: 's1', quote: 'Alpha gamma' }];
    const problems = problemsOf(d, new Map([['s1', 'Alpha beta gamma. Delta epsilon.']]));
    expect(problems).toEqual(['events[1] (id "e2") › evidence[0] › quote: is not verbatim in source "s1": "Alpha gamma"']);
  });

  it('an unused place or actor', () => {
    const d = clone();
    d.places.push({ id: 'kursk', name: { en: 'Kursk', fr: 'Koursk' }, country: 'RU', lon: 36.2, lat: 51.7 });
    d.actors.push({ id: 'e', name: { en: 'E', fr: 'E' }, type: 'country', aliases: [], role: { en: 'r', fr: 'r' } });
    const problems = problemsOf(d);
    expect(problems).toContainEqual('places[3] (id "kursk"): is not the place of any event; remove it or add the event that happened there');
    expect(problems).toContainEqual('actors[4] (id "e"): takes part in no event; remove it or add it to the events it appears in');
  });

  it('a required place missing from the bundled dataset', () => {
    const problems = checkIntegrity(clone(), { requiredPlaceIds: REQUIRED_PLACE_IDS }).map((p) => p.message);
    expect(problems).toEqual(['is missing the required place "kursk"', 'is missing the required place "valletta"', 'is missing the required place "zhuhai"']);
  });

  it('an end date before its start', () => {
    const d = clone();
    d.events[0]!.endDate = '2024-10-01';
    expect(problemsOf(d)).toContainEqual('events[0] (id "e1") › endDate: (2024-10-01) is before the start date (2024-11-01)');
  });
});
