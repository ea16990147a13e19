import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../core/test-fixtures';
import type { Dataset } from './schema';
import { problemText } from './problems';
import { REQUIRED_PLACE_IDS, validateDataset, type ValidateOptions } from './validate';

const clone = (): Dataset => structuredClone(tinyDataset());
const check = (raw: unknown, options: ValidateOptions = {}) => validateDataset(raw, options);
const errorsOf = (raw: unknown, options?: ValidateOptions) => check(raw, options).report.errors.map(problemText);
const warningsOf = (raw: unknown, options?: ValidateOptions) => check(raw, options).report.warnings.map(problemText);

/** The smallest dataset the minimal rules accept: one source, place, actor and event, one language. */
const minimal = () => ({
  schemaVersion: 1,
  sources: [{ id: 's', text: 'Protesters gathered in the square.' }],
  places: [{ id: 'lyon', name: 'Lyon', lon: 4.83, lat: 45.76 }],
  actors: [{ id: 'unions', name: { de: 'Gewerkschaften' } }],
  events: [{ id: 'e', date: '2024-05', placeId: 'lyon', actorIds: ['unions'], title: 'Protest', evidence: [{ sourceId: 's', quote: 'Protesters  gathered' }] }],
});

describe('dataset validation: the minimal form', () => {
  it('accepts the minimal form and fills in the defaults', () => {
    const r = check(minimal(), { fallbackTitle: 'mine.json' });
    expect(r.report.errors).toEqual([]);
    expect(r.report.warnings).toEqual([]);
    expect(r.ok && r.dataset.title).toBe('mine.json');
    expect(r.ok && r.dataset.actors[0]!.type).toBe('unknown');
    expect(r.ok && r.dataset.events[0]!.kind).toBe('other');
  });

  it('accepts any language map and open kinds', () => {
    const d = minimal();
    Object.assign(d.events[0]!, { kind: 'strike', summary: { it: 'Sciopero' }, dateNote: 'May', placeNote: { fr: 'centre' } });
    expect(errorsOf(d)).toEqual([]);
  });

  it('accepts a valid complete dataset', () => {
    expect(errorsOf(clone())).toEqual([]);
  });

  it('a missing field, a bad date, a bad kind and a dangling reference come in one pass, located by id', () => {
    const d = clone() as unknown as { events: Record<string, unknown>[] };
    delete d.events[0]!.title;
    d.events[1]!.date = '2024-13-01';
    d.events[2]!.kind = 'Big Party';
    d.events[3]!.placeId = 'atlantis';
    expect(errorsOf(d)).toEqual([
      'events[0] (id "e1") › title: is missing (required field)',
      'events[1] (id "e2") › date: (2024-13-01) is not a real calendar day',
      'events[2] (id "e3") › kind: must be a lowercase slug such as "meeting" or "protest", not "Big Party"',
      'events[3] (id "e4") › placeId: refers to place "atlantis", which is not in "places"',
    ]);
  });

  it('an impossible day, coordinate and an end before the start', () => {
    const d = clone();
    d.events[0]!.date = '2024-02-30';
    d.events[1]!.endDate = '2024-10-01';
    d.places[0]!.lat = 95;
    expect(errorsOf(d)).toEqual([
      'places[0] (id "moscow") › lat: (95) is outside -90…90 (WGS84 latitude in degrees)',
      'events[0] (id "e1") › date: (2024-02-30) is not a real calendar day',
      'events[1] (id "e2") › endDate: (2024-10-01) is before the start date (2024-11-12)',
    ]);
  });

  it('schemaVersion 2, non-slug ids and repeated ids', () => {
    const d = clone() as unknown as Record<string, unknown> & { actors: { id: string }[]; events: { id: string }[] };
    d.schemaVersion = 2;
    d.actors[0]!.id = 'Kim Jong Un';
    d.events[1]!.id = 'e1';
    const errors = errorsOf(d);
    expect(errors).toContain('schemaVersion: is 2, but this app reads schemaVersion 1 only');
    expect(errors).toContain('actors[0] (id "Kim Jong Un") › id: must be a lowercase ASCII slug such as "kim-jong-un", not "Kim Jong Un"');
    expect(errors).toContain('events[1] (id "e1") › id: repeats the id of events[0] (id "e1"); ids must be unique');
  });

  it('dangling actor and source references', () => {
    const d = clone();
    d.events[1]!.actorIds = ['a', 'nobody'];
    d.events[2]!.evidence = [{ sourceId: 's9', quote: 'x' }];
    expect(errorsOf(d)).toEqual([
      'events[1] (id "e2") › actorIds[1]: refers to actor "nobody", which is not in "actors"',
      'events[2] (id "e3") › evidence[0] › sourceId: refers to source "s9", which is not in "sources"',
    ]);
  });

  it('not an object, or lists missing', () => {
    expect(errorsOf([1, 2])).toEqual(['(top level): must be a JSON object with "schemaVersion", "sources", "places", "actors" and "events", not a list']);
    expect(errorsOf({ schemaVersion: 1 })).toEqual([
      'sources: is missing (required field): a list of sources, possibly empty',
      'places: is missing (required field): a list of places, possibly empty',
      'actors: is missing (required field): a list of actors, possibly empty',
      'events: is missing (required field): a list of events, possibly empty',
    ]);
  });

  it('30 broken events are all reported; 10,000 are capped at 50 and counted, quickly', () => {
    const broken = (n: number) => ({ ...minimal(), events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: 'soon', placeId: 'lyon', actorIds: ['unions'], title: 't', evidence: [{ sourceId: 's', quote: 'Protesters' }] })) });
    const thirty = check(broken(30)).report;
    expect([thirty.errorCount, thirty.errors.length]).toEqual([30, 30]);
    const t0 = performance.now();
    const many = check(broken(10_000)).report;
    expect(performance.now() - t0).toBeLessThan(1000);
    expect([many.errorCount, many.errors.length]).toEqual([10_000, 50]);
    expect(many.errors[49]!.where).toBe('events[49] (id "e49") › date');
  });
});

describe('dataset validation: warnings load the dataset', () => {
  it('two unused places are two warnings, not errors', () => {
    const d = minimal();
    d.places.push({ id: 'nice', name: 'Nice', lon: 7.26, lat: 43.7 }, { id: 'brest', name: 'Brest', lon: -4.49, lat: 48.39 });
    const r = check(d);
    expect(r.ok).toBe(true);
    expect(r.report.warnings.map(problemText)).toEqual([
      'places[1] (id "nice"): is not the place of any event; remove it or add the event that happened there',
      'places[2] (id "brest"): is not the place of any event; remove it or add the event that happened there',
    ]);
  });

  it('a quote not verbatim in its inline source text (whitespace aside) is a warning', () => {
    const d = minimal();
    d.events[0]!.evidence.push({ sourceId: 's', quote: 'Nobody came' });
    expect(warningsOf(d)).toEqual(['events[0] (id "e") › evidence[1] › quote: is not verbatim in source "s": "Nobody came"']);
  });

  it('a 100 KB title loads with a warning that it is cut', () => {
    const d = minimal();
    d.events[0]!.title = 'x'.repeat(100_000);
    expect(warningsOf(d)).toEqual(['events[0] (id "e") › title: is 100000 characters long; it is shown cut after 300']);
  });

  it('__proto__ and constructor keys are data: nothing is polluted', () => {
    const text = JSON.stringify(minimal()).replace('"schemaVersion":1', '"schemaVersion":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}')
      .replace('"name":"Lyon"', '"name":{"__proto__":"Lyon","constructor":"Lyon"}');
    const r = check(JSON.parse(text));
    expect(r.report.errors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('dataset validation: the complete form (the bundled dataset)', () => {
  it('asks for both languages, every documented field, documented kinds and our six places', () => {
    const errors = errorsOf(minimal(), { profile: 'complete' });
    expect(errors).toContain('title: is missing (required in the complete form)');
    expect(errors).toContain('places[0] (id "lyon") › name: must give English and French: {"en": "…", "fr": "…"}');
    expect(errors).toContain('actors[0] (id "unions") › type: must be "person", "organization" or "country", not undefined');
    expect(errors).toContain('events[0] (id "e") › summary: is missing (required in the complete form)');
    expect(errors).toContain('sources[0] (id "s") › outlet: is missing (required in the complete form)');
    for (const id of REQUIRED_PLACE_IDS) expect(errors).toContain(`places: is missing the required place "${id}"`);
  });

  it('quotes must be verbatim in the source files read by check:data', () => {
    const d = clone();
    d.events[1]!.evidence = [{ sourceId: 's1', quote: 'Alpha gamma' }];
    const errors = errorsOf(d, { profile: 'complete', sourceTexts: new Map([['s1', 'Alpha beta gamma.']]) });
    expect(errors).toContain('events[1] (id "e2") › evidence[0] › quote: is not verbatim in source "s1": "Alpha gamma"');
  });
});
