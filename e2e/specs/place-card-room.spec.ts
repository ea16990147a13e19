import { expect, test } from '../fixtures/dossier';

/** An open place card covers no place the user may want next, and the hover tooltip is never under it. */

const boxesOverlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const { name, viewport, query } of [
  { name: 'at 1280×800', viewport: { width: 1280, height: 800 }, query: {} },
  { name: 'in a 960×540 embed', viewport: { width: 960, height: 540 }, query: { embed: true } },
]) {
  test.describe(`place card ${name}`, () => {
    test.use({ viewport });

    test('Valletta’s card covers no active place, and Shift-click on Beijing adds it with the card open', async ({ dossier }) => {
      await dossier.open({ lang: 'en', ...query });
      await dossier.map.clickPlace('valletta');
      await expect(dossier.map.card).toBeVisible();
      await expect.poll(() => dossier.map.coveredActivePlaces()).toEqual([]);
      await dossier.map.shiftClickAtPlace('beijing');
      await expect(dossier.map.place('beijing')).toHaveAttribute('aria-pressed', 'true');
      await expect(dossier.map.place('valletta')).toHaveAttribute('aria-pressed', 'true');
      await expect(dossier.map.card).toHaveAttribute('data-card-place', 'valletta');
    });

    test('every place’s card leaves every other active place reachable', async ({ dossier }) => {
      await dossier.open({ lang: 'en', ...query });
      for (const id of await dossier.map.placeIds(true)) {
        await dossier.map.place(id).focus();
        await dossier.map.page.keyboard.press('e');
        await expect(dossier.map.card).toHaveAttribute('data-card-place', id);
        await expect.poll(() => dossier.map.coveredActivePlaces(), { message: id }).toEqual([]);
        await dossier.map.page.keyboard.press('Escape');
        await expect(dossier.map.card).toHaveCount(0);
      }
    });
  });
}

test.describe('map tooltip', () => {
  test('a hovered place’s tooltip is never under the open card', async ({ dossier }) => {
    await dossier.open({ lang: 'en' });
    await dossier.map.clickPlace('valletta');
    const card = (await dossier.map.card.boundingBox())!;
    for (const id of ['washington', 'moscow', 'beijing', 'pyongyang', 'zhuhai']) {
      await dossier.map.hoverPlace(id);
      await expect(dossier.map.tooltip).toBeVisible();
      const tip = (await dossier.map.tooltip.boundingBox())!;
      expect(boxesOverlap(tip, card), id).toBe(false);
    }
  });

  test('after a Shift-click the tooltip goes once the pointer leaves the map', async ({ dossier, page }) => {
    await dossier.open({ lang: 'en' });
    await dossier.map.clickPlace('beijing', { shift: true });
    await expect(dossier.map.place('beijing')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.map.tooltip).toBeVisible();
    const list = (await page.getByTestId('event-list').boundingBox())!;
    await page.mouse.move(list.x + list.width / 2, list.y + list.height / 2, { steps: 4 });
    await expect(dossier.map.tooltip).toHaveCount(0);
  });
});
