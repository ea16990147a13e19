import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { textValues } from './text';
import { buildSearchIndex, foldText, MatchTier, search, wordFolder } from './search';
import { tinyDataset } from './test-fixtures';

const bundled = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
const index = buildSearchIndex(bundled);
const ids = (q: string) => search(index, q).map((h) => `${h.kind}:${h.id}`);

describe('foldText', () => {
  it('strips accents and case, and folds apostrophes, hyphens and punctuation', () => {
    expect(foldText('Sergueï Choïgou')).toBe('serguei choigou');
    expect(foldText('PÉKIN')).toBe('pekin');
    expect(foldText('Kim Jong-un')).toBe(foldText('kim  jong un'));
    expect(foldText('Korean People’s Army')).toBe("korean people's army");
    expect(foldText('C.Q. Brown')).toBe('c q brown');
    expect(foldText('Cœur – États‑Unis')).toBe('coeur etats unis');
    expect(foldText('  ')).toBe('');
  });
});

describe('wordFolder', () => {
  it('folds as foldText does, word by word', () => {
    const fold = wordFolder();
    const texts = [
      ...bundled.events.flatMap((e) => [...textValues(e.title), ...textValues(e.summary)]),
      ...bundled.actors.flatMap((a) => [...textValues(a.name), ...(a.aliases ?? [])]),
      '  ΟΔΟΣ. Σ σ  ', 'İstanbul\tİZMİR', 'a\u00a0b\u2003c', ' — « Kim Jong‑un » — ', 'x \u0301y', 'Straße, Łódź; Ærø', '',
    ];
    for (const s of [...texts, ...texts]) expect(fold(s), s).toBe(foldText(s));
  });
});

describe('search over the bundled dataset', () => {
  it('finds Shoigu by his French name, with or without accents, and his English one', () => {
    for (const q of ['Choïgou', 'choigou', 'CHOIGOU', 'shoigu', 'sergei sho', 'choigou serguei']) {
      expect(ids(q)[0], q).toBe('actor:sergei-shoigu');
    }
  });

  it('lists both Sergueïs for "Sergueï"', () => {
    expect(ids('Sergueï').slice(0, 2)).toEqual(['actor:sergei-lavrov', 'actor:sergei-shoigu']);
  });

  it('finds every event at a place by the place’s name, in either language, after the direct matches', () => {
    for (const q of ['Valletta', 'la valette', 'Pyongyang', 'pekin']) {
      const placeId = bundled.places.find((p) => textValues(p.name).some((n) => foldText(n).startsWith(foldText(q))))!.id;
      const there = bundled.events.filter((e) => e.placeId === placeId).map((e) => `event:${e.id}`);
      const found = ids(q);
      expect(found[0], q).toBe(`place:${placeId}`);
      expect(found.filter((h) => h.startsWith('event:')).sort(), q).toEqual(expect.arrayContaining(there.sort()));
    }
    expect(ids('Valletta')).toContain('event:lavrov-arrives-in-malta');
    // Two letters name too many places: no events by place then.
    expect(search(index, 'mo').some((h) => h.tier === MatchTier.AtPlace)).toBe(false);
  });

  it('finds Beijing by its French name, with or without the accent', () => {
    expect(ids('Pékin')[0]).toBe('place:beijing');
    expect(ids('pekin')[0]).toBe('place:beijing');
    expect(ids('beij')[0]).toBe('place:beijing');
  });

  it('finds every actor by each of its names and aliases among the first eight results', () => {
    for (const actor of bundled.actors) {
      for (const name of [...textValues(actor.name), ...(actor.aliases ?? [])]) {
        const hits = search(index, name);
        expect(hits.length).toBeLessThanOrEqual(8);
        expect(hits.map((h) => h.id), `${actor.id} by "${name}"`).toContain(actor.id);
        expect(hits.find((h) => h.id === actor.id)!.tier).toBe(MatchTier.Exact);
      }
    }
  });

  it('ranks a name start before a word start before a match inside a word', () => {
    const hits = search(index, 'kursk');
    expect(hits[0]).toMatchObject({ kind: 'place', id: 'kursk', tier: MatchTier.Exact });
    expect(hits.slice(1).every((h) => h.kind === 'event')).toBe(true);
    // "lav" starts Lavrov's name: him first, then events whose titles have a word starting with it.
    const lav = search(index, 'lav');
    expect(lav[0]).toMatchObject({ id: 'sergei-lavrov', tier: MatchTier.NameStart });
    const tiers = lav.map((h) => h.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('finds events by their title in either language, and says which text matched', () => {
    const hits = search(index, 'traité entre en vigueur');
    expect(hits[0]).toMatchObject({ kind: 'event', id: 'treaty-enters-into-force', tier: MatchTier.AllWords });
    expect(hits[0]!.matched).toBe('Le traité de défense Russie–Corée du Nord entre en vigueur');
    expect(search(index, 'defence treaty enters')[0]).toMatchObject({ id: 'treaty-enters-into-force', tier: MatchTier.WordStart });
    expect(search(index, 'Choïgou').find((h) => h.id === 'sergei-shoigu')!.matched).toBe('Choïgou');
  });

  it('matches a compacted form, so "CQ Brown" finds C.Q. Brown and "kimjong" finds Kim Jong Un', () => {
    expect(ids('cq brown')).toContain('actor:charles-q-brown');
    expect(ids('kimjong')[0]).toBe('actor:kim-jong-un');
  });

  it('gives nothing for an empty query or a word that is nowhere', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzqx')).toEqual([]);
  });
});

describe('search limits and short queries', () => {
  const tiny = buildSearchIndex(tinyDataset());

  it('keeps at most the limit', () => {
    expect(search(index, 'e', 5)).toHaveLength(5);
  });

  it('matches one or two letters at word starts only', () => {
    // "os" starts Moscow's French name? No: "moscou" has "os" inside a word, which short queries skip.
    expect(search(tiny, 'os').map((h) => h.id)).toEqual([]);
    const direct = (q: string) => search(tiny, q).filter((h) => h.tier !== MatchTier.AtPlace).map((h) => h.id);
    expect(direct('mos')).toEqual(['moscow']);
    expect(direct('osc')).toEqual(['moscow']);
  });
});
