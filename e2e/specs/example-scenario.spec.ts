import { expect, test } from '../fixtures/dossier';

test('Lavrov: from the network to the map, the timeline and the sources', async ({ dossier, page, foreignRequests }) => {
  await dossier.open({ lang: 'en' });

  // Select an actor in the network: the list and the count narrow, the URL follows.
  await dossier.network.clickActor('sergei-lavrov');
  await expect(dossier.network.actor('sergei-lavrov')).toHaveAttribute('aria-pressed', 'true');
  await expect(dossier.count).toHaveText('4');
  await expect.poll(() => dossier.urlParams().get('actor')).toBe('sergei-lavrov');

  // The map shows where: Moscow and Valletta stay active, Beijing has no Lavrov event.
  await expect(dossier.map.place('valletta')).toHaveAttribute('data-active', 'true');
  await expect(dossier.map.place('beijing')).toHaveAttribute('data-active', 'false');

  // Narrow the window with the keyboard: the last week of the data (29 Nov – 6 Dec 2024).
  const start = page.getByTestId('timeline-view').getByRole('slider').first();
  await start.focus();
  await page.keyboard.press('End');                    // the start thumb stops at the end thumb: 6 Dec
  await page.keyboard.press('PageDown');               // one week back: 29 Nov
  await expect(start).toHaveAttribute('aria-valuetext', '29 November 2024');
  await expect(dossier.count).toHaveText('2');

  // Open an event and check its evidence is marked in the source paragraph.
  await dossier.list.open('lavrov-arrives-in-malta');
  await expect(dossier.details.root.locator('p mark').first()).toContainText('La Valette');

  expect(foreignRequests).toEqual([]);
});
