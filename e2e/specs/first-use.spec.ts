import { expect, test } from '../fixtures/dossier';

/**
 * What a new user hit (issue 8): the close hooks, notes in the UI language, search by place, a search
 * choice that other filters empty, Escape in the reader, and statements filed as events of their own.
 */

test.describe('close buttons share one hook', () => {
  test('place card, tie panel and bin card each close with [data-testid="card-close"]', async ({ dossier }) => {
    await dossier.open({ lang: 'en' });
    await dossier.map.clickPlace('valletta');
    await expect(dossier.map.card).toBeVisible();
    await dossier.map.cardCloseButton.click();
    await expect(dossier.map.card).toHaveCount(0);

    await dossier.network.clickTie('sergei-lavrov', 'osce');
    await expect(dossier.network.tiePanel).toBeVisible();
    await dossier.network.tiePanelClose.click();
    await expect(dossier.network.tiePanel).toHaveCount(0);

    await dossier.clear();
    await dossier.timeline.clickBin('2024-11-12');
    await expect(dossier.timeline.card).toBeVisible();
    await dossier.timeline.cardCloseButton.click();
    await expect(dossier.timeline.card).toHaveCount(0);
  });
});

test.describe('notes in the UI language', () => {
  test('in French, how the date was resolved and the place note are French', async ({ dossier }) => {
    await dossier.open({ lang: 'fr', event: 'overnight-strikes-southern-ukraine' });
    await expect(dossier.details.dateNote).toContainText('la nuit du dimanche 10 au lundi 11 nov.');
    await expect(dossier.details.placeNote).toContainText('placé à Mykolaïv, où cinq des six morts ont été recensés');
  });

  test('in English they stay English', async ({ dossier }) => {
    await dossier.open({ lang: 'en', event: 'overnight-strikes-southern-ukraine' });
    await expect(dossier.details.dateNote).toContainText('the night of Sunday 10 to Monday 11 Nov');
    await expect(dossier.details.placeNote).toContainText('placed at Mykolaiv, where five of the six deaths were recorded');
  });
});

test.describe('search', () => {
  test('a place’s name finds every event at that place', async ({ dossier }) => {
    await dossier.open({ lang: 'en' });
    await dossier.search.type('Valletta');
    await expect(dossier.search.option('place', 'valletta')).toBeVisible();
    await expect.poll(() => dossier.search.optionIds('event')).toEqual(expect.arrayContaining(['osce-ministerial-council-valletta', 'lavrov-arrives-in-malta']));
    await expect(dossier.search.option('event', 'lavrov-arrives-in-malta')).toContainText('Valletta');
  });

  test('every event at Pyongyang, by its French name', async ({ dossier, page }) => {
    await dossier.open({ lang: 'fr' });
    const dataset = await (await page.request.get('./data/dataset.json')).json();
    const there = dataset.events.filter((e: { placeId: string }) => e.placeId === 'pyongyang').map((e: { id: string }) => e.id);
    await dossier.search.type('Pyongyang');
    await expect.poll(async () => (await dossier.search.optionIds('event')).sort()).toEqual(expect.arrayContaining(there.sort()));
  });

  test('a place chosen while an actor filter leaves no event there says so and offers to clear the actor', async ({ dossier }) => {
    await dossier.open({ lang: 'en', actor: 'kim-jong-un' });
    await dossier.search.type('Valletta');
    await dossier.search.choose('place', 'valletta');
    await expect(dossier.count).toHaveText('0');
    await expect(dossier.search.conflict).toContainText('No event at Valletta passes the other filters');
    await dossier.search.conflictClear.click();
    await expect(dossier.count).toHaveText('2');
    await expect.poll(() => dossier.urlParams().get('actor')).toBeNull();
    await expect.poll(() => dossier.urlParams().get('place')).toBe('valletta');
    await expect(dossier.search.conflict).toHaveCount(0);
  });

  test('no note when the place has events under the other filters', async ({ dossier }) => {
    await dossier.open({ lang: 'en', actor: 'sergei-lavrov' });
    await dossier.search.type('Valletta');
    await dossier.search.choose('place', 'valletta');
    await expect(dossier.count).toHaveText('2');
    await expect(dossier.search.conflict).toHaveCount(0);
  });
});

test('Escape in the whole-article reader goes back to the event, a second closes the details', async ({ dossier, page }) => {
  await dossier.open({ lang: 'en', event: 'lavrov-arrives-in-malta' });
  await dossier.details.readArticle(0);
  await expect(dossier.details.reader).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dossier.details.reader).toHaveCount(0);
  await expect(dossier.details.root).toBeVisible();
  await expect(dossier.details.readButtons.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dossier.details.root).toHaveCount(0);
});

test.describe('distinct statements are distinct events', () => {
  test('the US accusation of 10,000+ soldiers is its own November event, not the October deployment', async ({ dossier }) => {
    await dossier.open({ lang: 'en', event: 'us-accuses-north-korea-of-sending-10000-troops' });
    await expect(dossier.details.title).toHaveText('US accuses North Korea of sending over 10,000 soldiers to Russia');
    await expect(dossier.details.root).toContainText('November 2024');
    await expect(dossier.details.marks.first()).toContainText('les États-Unis accusent la Corée du Nord d’avoir envoyé plus de 10 000 soldats');
    await dossier.open({ lang: 'en', event: 'north-korean-troops-deployed-to-kursk' });
    await expect(dossier.details.evidence).toHaveCount(1);
    await expect(dossier.details.root).not.toContainText('10 000 soldats');
  });

  test('North Korea’s reported shipments of artillery and missiles are an event', async ({ dossier }) => {
    await dossier.open({ lang: 'fr', event: 'north-korea-reportedly-ships-arms-to-russia' });
    await expect(dossier.details.marks.first()).toContainText('systèmes d’artillerie, de missiles et d’autres équipements militaires');
    await expect(dossier.details.dateNote).toContainText('novembre 2024');
  });
});
