import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../src/core/propose/propose';
import { toJsonItems } from './propose';
import { scoreDataset } from './score-proposals';

const gazetteer = { credit: '', minPopulation: 0, places: [['Beijing', 39.9075, 116.3972, 'CN', 18960744, 1, 'pekin'] as [string, number, number, string, number, 0 | 1, string]] };

describe('npm run propose', () => {
  it('prints exactly the documented fields, in order', () => {
    const items = toJsonItems(proposeArticle('Wang Yi a reçu ce mardi Lin Jian à Pékin.', { published: '2024-11-12', lang: 'fr', gazetteer: gazetteer.places }));
    expect(items).toEqual([
      {
        start: 0,
        end: 41,
        text: 'Wang Yi a reçu ce mardi Lin Jian à Pékin.',
        dates: [{ value: '2024-11-12', certain: ['weekday'], alternatives: ['2024-11-05', '2024-11-19'], from: 'ce mardi' }],
        places: [{ name: 'Beijing', lon: 116.3972, lat: 39.9075, score: 0.8 }],
        actors: [{ name: 'Wang Yi', score: 0.5 }, { name: 'Lin Jian', score: 0.5 }],
      },
    ]);
    expect(Object.keys(items[0]!)).toEqual(['start', 'end', 'text', 'dates', 'places', 'actors']);
  });
});

describe('npm run propose -- --score', () => {
  it('scores the bundled dataset’s quotes against its answers', () => {
    const score = scoreDataset('data/dataset.json', gazetteer, true);
    // One date to check per evidence quote of the answer key.
    const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { events: { evidence: unknown[] }[] };
    expect(score.date.of).toBe(dataset.events.reduce((n, e) => n + e.evidence.length, 0));
    expect(score.actor.hit / score.actor.of).toBeGreaterThanOrEqual(0.9);
    expect(score.place.hit / score.place.of).toBeGreaterThanOrEqual(0.8);
    // The dates: 47 of the 58 quotes (81.0 %); the misses are listed in the README.
    expect(score.date.hit / score.date.of).toBeGreaterThanOrEqual(0.8);
    expect(score.dateFromContext.hit).toBeLessThanOrEqual(score.date.hit);
  });
});
