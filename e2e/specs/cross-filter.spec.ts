import { expect, test } from '../fixtures/dossier';
import { expected, type RefSelection } from '../fixtures/reference';
import type { DossierPage } from '../pages/dossier-page';

const sorted = async (ids: Promise<string[]>) => (await ids).sort();

/** Every view against the reference reading of CONTRACT §2 for one selection. */
async function expectViewsToShow(dossier: DossierPage, selection: RefSelection) {
  const want = expected(selection);
  await expect.poll(() => sorted(dossier.list.ids())).toEqual(want.listIds);
  await expect(dossier.count).toHaveText(String(want.listIds.length));
  expect(await sorted(dossier.map.placeIds(true))).toEqual(want.activePlaces);
  expect(await sorted(dossier.network.actorIds(true))).toEqual(want.activeActors);
  expect(await dossier.timeline.drawnEventIds()).toEqual(want.timelineIds);
}

test.describe('cross-filtering: each view filters the others, never itself (CONTRACT §2)', () => {
  test('map → network, timeline and list', async ({ dossier }) => {
    await dossier.open();
    await dossier.map.clickPlace('valletta');
    await expectViewsToShow(dossier, { places: ['valletta'] });
    // The map keeps its own alternatives: every place with events stays active.
    expect((await dossier.map.placeIds(true)).length).toBe(13);
  });

  test('network → map, timeline and list', async ({ dossier }) => {
    await dossier.open();
    await dossier.network.clickActor('kim-jong-un');
    await expectViewsToShow(dossier, { actors: ['kim-jong-un'] });
    await expect(dossier.map.place('beijing')).toHaveAttribute('data-active', 'false');
  });

  test('slider → map, network and list', async ({ dossier }) => {
    await dossier.open();
    // End thumb back from 6 Dec to 28 Nov (8 days), start thumb forward from Feb 2022 by keyboard: Home is the
    // domain start, so set the start from the end side instead: End (= end thumb), then back two weeks.
    await dossier.timeline.press('end', 'PageDown', 'ArrowLeft');
    await dossier.timeline.press('start', 'End', 'PageDown', 'PageDown');
    await expect(dossier.timeline.startThumb).toHaveAttribute('aria-valuetext', '14 November 2024');
    await expect(dossier.timeline.endThumb).toHaveAttribute('aria-valuetext', '28 November 2024');
    await expectViewsToShow(dossier, { from: '2024-11-14', to: '2024-11-28' });
  });

  test('parts combine with AND; Shift-click is OR within a part', async ({ dossier }) => {
    await dossier.open({ from: '2024-11-01', to: '2024-11-30' });
    await dossier.map.clickPlace('beijing');
    await dossier.map.clickPlace('pyongyang', { shift: true });
    await dossier.network.clickActor('sergei-shoigu');
    await dossier.network.clickActor('kim-jong-un', { shift: true });
    await expectViewsToShow(dossier, { from: '2024-11-01', to: '2024-11-30', places: ['beijing', 'pyongyang'], actors: ['sergei-shoigu', 'kim-jong-un'] });
  });

  test('clear-filters and Escape restore every view', async ({ dossier, page }) => {
    await dossier.open({ place: 'moscow', actor: 'sergei-lavrov', from: '2024-11-01' });
    await dossier.clear();
    await expectViewsToShow(dossier, {});
    await dossier.network.clickActor('wang-yi');
    await page.keyboard.press('Escape');
    await expectViewsToShow(dossier, {});
    await expect.poll(() => dossier.urlParams().toString()).toBe('');
  });
});
