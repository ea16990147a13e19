import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, distanceKm, indexGazetteer, isGazetteerIndexed, lookupPlaces, proposePlaces, type GazetteerRow } from './gazetteer';

const ROWS: GazetteerRow[] = [
  ['Beijing', 39.9075, 116.3972, 'CN', 18960744, 1, 'pekin|peking'],
  ['Valletta', 35.8997, 14.5148, 'MT', 6794, 1, 'la valette|la valletta'],
  ['La Valette-du-Var', 43.1376, 5.9832, 'FR', 24000, 0, 'la valette'],
  ['Kursk', 51.7373, 36.1874, 'RU', 440052, 0, 'koursk'],
  ['Nice', 43.7031, 7.2661, 'FR', 342669, 0, ''],
];

describe('proposePlaces', () => {
  const index = buildPlaceIndex(ROWS);

  it('reads French names and prefers capitals: "La Valette" is Valletta', () => {
    const [best, next] = proposePlaces('Il est arrivé à La Valette, la capitale de Malte.', index);
    expect(best).toMatchObject({ name: 'Valletta', from: 'La Valette' });
    expect(next).toMatchObject({ name: 'La Valette-du-Var' });
    expect(best!.score).toBeGreaterThan(next!.score);
    expect(proposePlaces('des soldats dans la région de Koursk', index)[0]).toMatchObject({ name: 'Kursk', lat: 51.7373 });
    expect(proposePlaces('reçu à Pékin', index)[0]!.name).toBe('Beijing');
  });

  it('reuses the dataset’s places first, by name or by a city close to them', () => {
    const withDataset = buildPlaceIndex(ROWS, [{ id: 'beijing', names: ['Beijing', 'Pékin'], lon: 116.4074, lat: 39.9042 }]);
    expect(proposePlaces('à Peking', withDataset)[0]).toMatchObject({ id: 'beijing', name: 'Beijing', lon: 116.4074 });
  });

  it('ignores lowercase words and weakens a lone word opening the sentence', () => {
    expect(proposePlaces('une idée nice et belle', index)).toEqual([]);
    expect(proposePlaces('Nice est une ville.', index)[0]!.score).toBeLessThan(proposePlaces('Il vit à Nice.', index)[0]!.score);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm({ lat: 39.9075, lon: 116.3972 }, { lat: 39.9042, lon: 116.4074 })).toBeLessThan(2);
    expect(Math.round(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }))).toBe(111);
  });
});

describe('lookupPlaces', () => {
  it('finds places by any of their names, accents and case aside', () => {
    const index = buildPlaceIndex(ROWS);
    expect(lookupPlaces('  koursk ', index).map((p) => p.name)).toEqual(['Kursk']);
    expect(lookupPlaces('la valette', index).map((p) => p.name)).toEqual(['Valletta', 'La Valette-du-Var']);
    expect(lookupPlaces('Atlantis', index)).toEqual([]);
  });
});

describe('countries', () => {
  it('proposes a country after the cities, and knows its names in both languages', () => {
    const index = buildPlaceIndex(ROWS, [], [['KP', 39.5, 126.5, 'North Korea|Corée du Nord']]);
    const found = proposePlaces('La Corée du Nord a reçu des visiteurs à Pékin.', index);
    expect(found.map((p) => [p.name, p.country])).toEqual([['Beijing', 'CN'], ['North Korea', 'KP']]);
    expect(index.countries.get('coree du nord')).toBe('KP');
  });
});

describe('indexGazetteer', () => {
  it('indexes in steps, then serves every later index from its cache', () => {
    const rows = ROWS.map((r) => [...r] as GazetteerRow);
    expect(isGazetteerIndexed(rows)).toBe(false);
    const steps = [...indexGazetteer(rows, undefined, 2)];
    expect(steps).toHaveLength(2); // 5 cities, a pause after every 2
    expect(isGazetteerIndexed(rows)).toBe(true);
    expect(proposePlaces('à Koursk', buildPlaceIndex(rows))[0]!.name).toBe('Kursk');
  });
});
