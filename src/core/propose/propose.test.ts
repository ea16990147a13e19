import { describe, expect, it } from 'vitest';
import { createProposer, knownFromDataset, proposeArticle, proposeForRange } from './propose';

const ARTICLE = 'Wang Yi doit s’entretenir ce mardi à Pékin avec Sergueï Choïgou. Ils discuteront de sécurité.\nLe texte a été signé le 11 novembre.';
const gazetteer = [['Beijing', 39.9075, 116.3972, 'CN', 18960744, 1, 'pekin'] as const].map((r) => [...r] as [string, number, number, string, number, 0 | 1, string]);
const known = knownFromDataset({
  places: [{ id: 'beijing', name: { en: 'Beijing', fr: 'Pékin' }, lon: 116.4074, lat: 39.9042 }],
  actors: [{ id: 'wang-yi', name: 'Wang Yi', type: 'person' }, { id: 'sergei-shoigu', name: { en: 'Sergei Shoigu' }, aliases: ['Sergueï Choïgou'] }],
});

describe('proposeArticle', () => {
  const out = proposeArticle(ARTICLE, { published: '2024-11-12', lang: 'fr', gazetteer, ...known });

  it('gives one item per sentence with verbatim text and offsets', () => {
    expect(out.map((s) => s.text)).toEqual(['Wang Yi doit s’entretenir ce mardi à Pékin avec Sergueï Choïgou.', 'Ils discuteront de sécurité.', 'Le texte a été signé le 11 novembre.']);
    for (const s of out) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });

  it('proposes the date, the dataset’s place and actors', () => {
    expect(out[0]!.dates[0]).toMatchObject({ value: '2024-11-12', from: 'ce mardi' });
    expect(out[0]!.places[0]).toMatchObject({ id: 'beijing', name: 'Beijing' });
    expect(out[0]!.actors.map((a) => a.id)).toEqual(['wang-yi', 'sergei-shoigu']);
    expect(out[2]!.dates[0]).toMatchObject({ value: '2024-11-11', certain: ['day', 'month'] });
  });

  it('carries the context’s date into a sentence without one, marked as such', () => {
    expect(out[1]!.dates).toEqual([{ value: '2024-11-12', certain: [], alternatives: [], from: 'context' }]);
  });

  it('falls back on the article’s day for the first undated sentence of a paragraph: the day before for the past', () => {
    const at = (text: string) => proposeArticle(text, { published: '2024-11-12', lang: 'fr', gazetteer: [] })[0]!.dates;
    expect(at('Les deux hommes se sont rencontrés.')).toEqual([{ value: '2024-11-11', certain: [], alternatives: ['2024-11-12'], from: 'context' }]);
    expect(at('Les deux hommes se rencontrent à Pékin.')).toEqual([{ value: '2024-11-12', certain: [], alternatives: ['2024-11-11'], from: 'context' }]);
  });

  it('proposes lazily, sentence by sentence, and caches', () => {
    const proposer = createProposer(ARTICLE, { published: '2024-11-12', lang: 'fr', gazetteer });
    expect(proposer.sentences).toHaveLength(3);
    expect(proposer.proposeFor(1)).toBe(proposer.proposeFor(1));
  });
});

describe('places inside names', () => {
  it('does not read a first name as a city', () => {
    const rows = [['Vladimir', 56.13, 40.4, 'RU', 350000, 0, ''] as [string, number, number, string, number, 0 | 1, string]];
    const [s] = proposeArticle('Le président Vladimir Poutine a parlé. ', { published: '2024-11-12', lang: 'fr', gazetteer: rows });
    expect(s!.places).toEqual([]);
    expect(s!.actors.map((a) => a.name)).toEqual(['Vladimir Poutine']);
  });
});

describe('proposeForRange', () => {
  it('merges the proposals of every sentence a quote touches', () => {
    const proposer = createProposer(ARTICLE, { published: '2024-11-12', lang: 'fr', gazetteer, ...known });
    const start = ARTICLE.indexOf('Sergueï');
    const merged = proposeForRange(proposer, start, ARTICLE.indexOf('sécurité') + 3);
    expect(merged.text).toBe('Wang Yi doit s’entretenir ce mardi à Pékin avec Sergueï Choïgou. Ils discuteront de sécurité.');
    expect(merged.dates.map((d) => d.value)).toEqual(['2024-11-12']);
    expect(merged.actors.map((a) => a.id)).toEqual(['wang-yi', 'sergei-shoigu']);
  });
});

describe('countries as actors', () => {
  it('proposes a named country as a new actor of type country', () => {
    const [s] = proposeArticle('Le traité lie la Corée du Nord et la Russie.', { published: '2024-11-12', lang: 'fr', gazetteer: [], countries: [['KP', 39.5, 126.5, 'North Korea|Corée du Nord'], ['RU', 55, 40, 'Russia|Russie']] });
    expect(s!.actors.map((a) => [a.name, a.type])).toEqual([['Corée du Nord', 'country'], ['Russie', 'country']]);
  });
});
