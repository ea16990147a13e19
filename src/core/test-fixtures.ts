import type { Dataset, DossierEvent } from '../data/schema';

/** A small hand-made dataset whose filter results can be worked out by hand in the tests. */
export function tinyDataset(events: Partial<DossierEvent>[] = []): Dataset {
  const base: Dataset = {
    schemaVersion: 1,
    title: { en: 'Tiny', fr: 'Petit' },
    sources: [{ id: 's1', title: 'T', outlet: 'O', language: 'fr', published: '2024-11-12', text: 'Alpha beta gamma. Delta epsilon.' }],
    places: [
      { id: 'moscow', name: { en: 'Moscow', fr: 'Moscou' }, country: 'RU', lon: 37.6, lat: 55.7 },
      { id: 'beijing', name: { en: 'Beijing', fr: 'Pékin' }, country: 'CN', lon: 116.4, lat: 39.9 },
      { id: 'pyongyang', name: { en: 'Pyongyang', fr: 'Pyongyang' }, country: 'KP', lon: 125.7, lat: 39.0 },
    ],
    actors: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: { en: id.toUpperCase(), fr: id.toUpperCase() }, type: 'person' as const, aliases: [], role: { en: 'r', fr: 'r' } })),
    events: [],
  };
  const ev = (id: string, date: string, placeId: string, actorIds: string[], endDate?: string): DossierEvent => ({
    id, date, ...(endDate ? { endDate } : {}), placeId, actorIds, kind: 'meeting',
    title: { en: id, fr: id }, summary: { en: id, fr: id }, evidence: [{ sourceId: 's1', quote: 'Alpha beta' }],
  });
  base.events = events.length
    ? (events as DossierEvent[])
    : [
        ev('e1', '2024-11-01', 'moscow', ['a', 'b']),
        ev('e2', '2024-11-12', 'beijing', ['a', 'c']),
        ev('e3', '2024-11-12', 'pyongyang', ['b', 'd']),
        ev('e4', '2024-06', 'pyongyang', ['b', 'c', 'd']),
        ev('e5', '2024-12-05', 'moscow', ['c'], '2024-12-06'),
      ];
  return base;
}
