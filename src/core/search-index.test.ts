import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { buildSearchIndex, search } from './search';
import { buildEventSearchIndex, searchEvents, searchIndexed } from './search-index';
import { portableSearchIndex, withEvents } from './search-index-build';
import { textValues } from './text';

const bundled = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;

/** A seeded random number in [0, 1). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Sommet', 'sommet', 'Pékin', 'Pekin', 'Kim', 'Jong-un', 'l’armée', "People's", 'C.Q.', 'Brown', 'Ævar', 'cœur',
  'États-Unis', 'visite', 'visit', 'Moscou', 'Moscow', 'traité', 'treaty', 'de', 'la', 'a', 'in', 'to', 'Event',
  'Événement', 'event', '12', '7', '2024', 'Mos', 'osc', '«Lavrov»', 'Lavrov', 'Séoul', 'Seoul', 'x', 'e', 'défense',
];

/** Titles and names drawn from a small bank of words, so that queries hit many entries in every way. */
function wordyDataset(n: number, seed: number): Dataset {
  const rand = random(seed);
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const phrase = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, pick).join(rand() < 0.2 ? ' - ' : ' ');
  const places = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: { en: phrase(), fr: phrase() }, lon: 0, lat: 0 }));
  const actors = Array.from({ length: 20 }, (_, i) => ({
    id: `a${i}`, name: { en: phrase(), fr: phrase() }, type: 'person' as const, aliases: rand() < 0.5 ? [phrase()] : [],
  }));
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e${Math.floor(rand() * n)}-${i}`,
    date: '2024-01-01',
    placeId: rand() < 0.05 ? 'nowhere' : `p${Math.floor(rand() * places.length)}`,
    actorIds: [],
    kind: 'meeting',
    // Some titles repeat, some are one language only, some fold to nothing.
    title: rand() < 0.1 ? 'Sommet' : rand() < 0.1 ? { en: phrase() } : rand() < 0.02 ? { en: '—', fr: '!' } : { en: phrase(), fr: phrase() },
    evidence: [],
  }));
  return { schemaVersion: 1, title: 'words', sources: [], places, actors, events } as unknown as Dataset;
}

/** Queries as people type them: prefixes and pieces of real names and titles, with accents and case changed. */
function queries(dataset: Dataset, count: number, seed: number): string[] {
  const rand = random(seed);
  const texts = [...dataset.events.flatMap((e) => textValues(e.title)), ...dataset.places.flatMap((p) => textValues(p.name))];
  const out: string[] = ['e', 'ev', 'eve', 'event', 'sommet', 'mos', 'os', 'kim jong', 'kimjong', 'cq brown', "people's", 'zzqx', 'de la', '1', '12'];
  while (out.length < count) {
    const text = texts[Math.floor(rand() * texts.length)]!;
    const from = rand() < 0.5 ? 0 : Math.floor(rand() * text.length);
    const piece = text.slice(from, from + 1 + Math.floor(rand() * 12));
    out.push(rand() < 0.3 ? piece.toUpperCase() : rand() < 0.2 ? piece.normalize('NFD').replace(/\p{M}/gu, '') : piece);
  }
  return out;
}

describe('indexed search gives what search() gives', () => {
  for (const [name, dataset] of [['the bundled dataset', bundled], ['a wordy synthetic dataset', wordyDataset(2000, 7)]] as const) {
    it(`on ${name}, for random queries and limits`, { timeout: 30_000 }, () => {
      const reference = buildSearchIndex(dataset);
      const indexed = buildEventSearchIndex(dataset);
      for (const q of queries(dataset, 300, 11)) {
        for (const limit of [8, 3]) expect(searchIndexed(indexed, q, limit), `"${q}" (${limit})`).toEqual(search(reference, q, limit));
      }
    });
  }

  it('built in the loading worker and sent across (typed arrays and strings), answers exactly the same', { timeout: 30_000 }, () => {
    const dataset = wordyDataset(2000, 5);
    const built = buildEventSearchIndex(dataset);
    const { index, transfer } = portableSearchIndex(built);
    const sent = withEvents(structuredClone(index, { transfer }), dataset.events);
    const reference = buildSearchIndex(dataset);
    for (const q of queries(dataset, 200, 3)) expect(searchIndexed(sent, q), q).toEqual(search(reference, q));
  });

  it('answers from the alphabetical walk when many titles start with the query, and still ranks exact titles first', () => {
    const dataset = wordyDataset(3000, 3);
    const reference = buildSearchIndex(dataset);
    const indexed = buildEventSearchIndex(dataset);
    const top = searchEvents(indexed, 'Sommet').top;
    expect(top.filter((h) => h.kind === 'event' && h.tier === 0).length).toBeGreaterThan(0);
    expect(searchIndexed(indexed, 'Sommet')).toEqual(search(reference, 'Sommet'));
  });

  it('returns events found by their place as positions in the dataset, in search() order', () => {
    const indexed = buildEventSearchIndex(bundled);
    const result = searchEvents(indexed, 'pyongyang');
    const ids = Array.from(result.atPlace, (e) => bundled.events[e]!.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(search(buildSearchIndex(bundled), 'pyongyang').filter((h) => h.tier === 6).map((h) => h.id));
    expect(result.atPlaceCount).toBe(ids.length);
    const bounded = searchEvents(indexed, 'pyongyang', 8, 2);
    expect(Array.from(bounded.atPlace)).toEqual(Array.from(result.atPlace.subarray(0, 2)));
    expect(bounded.atPlaceCount).toBe(ids.length);
    expect(searchEvents(indexed, '  ').top).toEqual([]);
  });
});
