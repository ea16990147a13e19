import { synthDataset } from '../../bench/synth-dataset';
import { buildSearchIndex, MatchTier, search } from '../../src/core/search';
import { expect, test } from '../fixtures/dossier';
import { serveSynthetic } from '../fixtures/synthetic';

/**
 * The search box on 10,000 synthetic events (served in memory at ./data/synth-search.json): its options are the
 * ones the plain search gives, and a query naming places lists 50 of their events and counts the rest.
 */
const dataset = synthDataset({ events: 10_000, seed: 5 });
const body = JSON.stringify(dataset);
const reference = buildSearchIndex(dataset);
const LISTED_AT_PLACE = 50;

test.describe('search at scale: 10,000 synthetic events', () => {
  test.setTimeout(120_000);

  const openSynthetic = serveSynthetic('synth-search', body);

  test('typing finds what the plain search finds; a place query lists 50 of its events and counts the rest', async ({ dossier }) => {
    await openSynthetic(dossier);

    await dossier.search.type('event 4242');
    const want = search(reference, 'event 4242').map((h) => h.id);
    await expect.poll(() => dossier.search.optionIds('event')).toEqual(want);
    await expect(dossier.search.options.first()).toHaveAttribute('data-id', 'event-4242');

    await dossier.search.type('Lieu 3');
    const hits = search(reference, 'Lieu 3');
    const atPlace = hits.filter((h) => h.tier === MatchTier.AtPlace);
    expect(atPlace.length).toBeGreaterThan(LISTED_AT_PLACE);
    await expect(dossier.search.options.first()).toHaveAttribute('data-id', 'place-3');
    const direct = hits.filter((h) => h.tier !== MatchTier.AtPlace);
    await expect(dossier.search.options).toHaveCount(direct.length + LISTED_AT_PLACE);
    expect(await dossier.search.optionIds('place')).toEqual(direct.filter((h) => h.kind === 'place').map((h) => h.id));
    expect(await dossier.search.optionIds('event')).toEqual([...direct, ...atPlace.slice(0, LISTED_AT_PLACE)].filter((h) => h.kind === 'event').map((h) => h.id));
    await expect(dossier.search.more).toContainText(`${(atPlace.length - LISTED_AT_PLACE).toLocaleString('en-GB')} more events`);

    // Enter chooses the first option: the place, whose events the list then counts.
    await dossier.search.press('Enter');
    await expect.poll(() => dossier.urlParams().get('place')).toBe('place-3');
    await expect(dossier.count).toHaveText(dataset.events.filter((e) => e.placeId === 'place-3').length.toLocaleString('en-GB'));
  });
});
