import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';

interface Data {
  places: { id: string; name: { en: string; fr: string } }[];
  events: { id: string; placeId: string; actorIds: string[] }[];
}
// The bundled dataset, read from the repository: the app serves the same file.
const data = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as Data;
const eventsAt = (placeId: string) => data.events.filter((e) => e.placeId === placeId);

test.describe('map', () => {
  test('draws every place as a named button on an offline basemap', async ({ dossier, consoleErrors, foreignRequests }) => {
    await dossier.open();
    const map = dossier.map;
    await expect(map.places).toHaveCount(data.places.length);
    for (const place of data.places) {
      await expect(map.place(place.id)).toHaveAccessibleName(place.name.en);
      await expect(map.place(place.id)).toHaveAttribute('aria-pressed', 'false');
      // Every place has at least one event, so nothing is dimmed without filters.
      await expect(map.place(place.id)).toHaveAttribute('data-active', 'true');
    }
    await expect(map.canvas).toBeVisible();
    await expect(map.legend).toBeVisible();
    await expect(map.root.getByText('Natural Earth')).toBeVisible();
    // Circle area follows the count: Pyongyang (7 events) is drawn larger than Kursk (1).
    expect(await map.placeDiameter('pyongyang')).toBeGreaterThan(2 * (await map.placeDiameter('kursk')));
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('a click selects a place and filters the other views to it', async ({ dossier, page }) => {
    await dossier.open();
    await dossier.map.clickPlace('moscow');
    await expect(dossier.map.place('moscow')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]place=moscow(&|$)/);

    const moscow = eventsAt('moscow');
    await expect(dossier.count).toHaveText(String(moscow.length));
    await expect(dossier.list.rows).toHaveCount(moscow.length);
    expect((await dossier.list.ids()).sort()).toEqual(moscow.map((e) => e.id).sort());

    // Actors with no event in Moscow fade in the network; those with one stay.
    const inMoscow = new Set(moscow.flatMap((e) => e.actorIds));
    await expect(page.getByTestId('network-view').locator('[data-actor-id="wang-yi"]')).toHaveAttribute('data-active', 'false');
    await expect(page.getByTestId('network-view').locator('[data-actor-id="kim-jong-un"]')).toHaveAttribute('data-active', 'false');
    expect(inMoscow.has('sergei-lavrov')).toBe(true);
    await expect(page.getByTestId('network-view').locator('[data-actor-id="sergei-lavrov"]')).toHaveAttribute('data-active', 'true');

    // The map does not hide its own alternatives: other places keep their counts.
    await expect(dossier.map.place('beijing')).toHaveAttribute('data-active', 'true');
  });

  test('Shift-click adds a place, and a click on the only selected place clears it', async ({ dossier, page }) => {
    await dossier.open();
    await dossier.map.clickPlace('moscow');
    await dossier.map.clickPlace('beijing', { shift: true });
    await expect(dossier.map.place('moscow')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.map.place('beijing')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]place=moscow,beijing(&|$)/);
    await expect(dossier.count).toHaveText(String(eventsAt('moscow').length + eventsAt('beijing').length));

    // Shift-click on a selected place removes it from the set.
    await dossier.map.clickPlace('moscow', { shift: true });
    await expect(dossier.map.place('moscow')).toHaveAttribute('aria-pressed', 'false');
    await expect(dossier.count).toHaveText(String(eventsAt('beijing').length));

    // A plain click on the only selected place clears the place filter.
    await dossier.map.clickPlace('beijing');
    await expect(dossier.map.place('beijing')).toHaveAttribute('aria-pressed', 'false');
    await expect(dossier.count).toHaveText(String(data.events.length));
    expect(dossier.urlParams().has('place')).toBe(false);
  });

  test('works from the keyboard alone: Tab in, arrows between places, Enter selects, Escape clears', async ({ dossier, page }) => {
    await dossier.open();
    await expect(dossier.map.tabbablePlaces).toHaveCount(1);
    // Tab from the top of the page until a place has focus.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    let focused: string | null = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await dossier.map.focusedPlaceId();
    }
    expect(focused).not.toBeNull();

    await page.keyboard.press('Home');
    await expect(dossier.map.place('washington')).toBeFocused();
    // East of Washington, straight across the Atlantic, the nearest place is in Europe, not Asia.
    await page.keyboard.press('ArrowRight');
    const east = await dossier.map.focusedPlaceId();
    expect(east).not.toBe('washington');
    expect(['brussels', 'valletta', 'germany']).toContain(east);
    await expect(dossier.map.tabbablePlaces).toHaveCount(1);
    await expect(dossier.map.place(east!)).toHaveAttribute('tabindex', '0');

    await page.keyboard.press('End');
    const last = (await dossier.map.placeIds()).at(-1)!;
    await expect(dossier.map.place(last)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dossier.map.place(last)).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.count).toHaveText(String(eventsAt(last).length));

    // Shift+Space on another place adds it.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+Space');
    await expect(dossier.map.place('washington')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.map.place(last)).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Escape');
    await expect(dossier.map.place('washington')).toHaveAttribute('aria-pressed', 'false');
    await expect(dossier.count).toHaveText(String(data.events.length));
  });

  test('dims places with no event in the date window', async ({ dossier }) => {
    await dossier.open({ from: '2024-11-01', to: '2024-11-15' });
    // Valletta's events are in December; Beijing's are in the window.
    await expect(dossier.map.place('valletta')).toHaveAttribute('data-active', 'false');
    await expect(dossier.map.place('brussels')).toHaveAttribute('data-active', 'false');
    await expect(dossier.map.place('beijing')).toHaveAttribute('data-active', 'true');
    await expect(dossier.map.place('valletta')).toHaveCSS('opacity', /^0\.[0-9]+$/);
    // A dimmed place is still a button that can be chosen.
    await expect(dossier.map.place('valletta')).toBeEnabled();
  });

  test('names places in French with lang=fr', async ({ dossier }) => {
    await dossier.open({ lang: 'fr' });
    await expect(dossier.map.place('beijing')).toHaveAccessibleName('Pékin');
    await expect(dossier.map.place('valletta')).toHaveAccessibleName('La Valette');
    await expect(dossier.map.legend).toContainText('événements');
    await expect(dossier.map.tableToggle).toHaveText('Tableau');
  });

  test('a hovered place shows its count and first events, even while another place is selected', async ({ dossier }) => {
    await dossier.open();
    await dossier.map.hoverPlace('beijing');
    await expect(dossier.map.tooltip).toBeVisible();
    await expect(dossier.map.tooltip).toContainText('Beijing');
    await expect(dossier.map.tooltip).toContainText(`${eventsAt('beijing').length} events`);
    await expect(dossier.map.tooltip.locator('li')).toHaveCount(3);
    await expect(dossier.map.tooltip).toContainText('+ 2 more');

    await dossier.map.clickPlace('moscow');
    await dossier.map.hoverPlace('beijing');
    await expect(dossier.map.tooltip).toContainText(`${eventsAt('beijing').length} events`);
    await expect(dossier.map.tooltip.locator('li')).toHaveCount(3);
    await expect(dossier.map.tooltip).toContainText('China says Pyongyang–Moscow ties are not its concern');
  });

  test('offers the places as a table whose rows select too', async ({ dossier }) => {
    await dossier.open();
    await dossier.map.tableToggle.click();
    await expect(dossier.map.tableToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.map.table.locator('tbody tr')).toHaveCount(data.places.length);
    // Busiest first, with its count.
    await expect(dossier.map.table.locator('tbody tr').first()).toContainText('Pyongyang');
    await expect(dossier.map.table.locator('tbody tr').first()).toContainText(String(eventsAt('pyongyang').length));

    await dossier.map.tableRowButton('zhuhai').click();
    await expect(dossier.map.tableRowButton('zhuhai')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.count).toHaveText(String(eventsAt('zhuhai').length));

    await dossier.map.tableToggle.click();
    await expect(dossier.map.table).toHaveCount(0);
    await expect(dossier.map.place('zhuhai')).toHaveAttribute('aria-pressed', 'true');
  });

  test('says so when no place matches, and clears from there', async ({ dossier }) => {
    // The OSCE appears only in December; a November window leaves the map nothing.
    await dossier.open({ actor: 'osce', from: '2024-11-01', to: '2024-11-15' });
    await expect(dossier.map.emptyMessage).toContainText('No place matches the current filters');
    await expect(dossier.map.place('valletta')).toHaveAttribute('data-active', 'false');
    await dossier.map.emptyClearButton.click();
    await expect(dossier.map.emptyMessage).toHaveCount(0);
    await expect(dossier.map.place('valletta')).toHaveAttribute('data-active', 'true');
  });

  test('highlights the place of the open event', async ({ dossier }) => {
    await dossier.open({ event: 'lavrov-arrives-in-malta' });
    await expect(dossier.map.place('valletta')).toHaveAttribute('data-open', 'true');
    await expect(dossier.map.place('moscow')).not.toHaveAttribute('data-open', 'true');
  });

  test('exports the map view as a PNG with the basemap in it', async ({ dossier, page }) => {
    await dossier.open({ views: 'map' });
    const [download] = await Promise.all([page.waitForEvent('download'), dossier.exportButton.click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // A blank canvas compresses to almost nothing; a drawn map with land, borders and labels does not.
    expect(png.length).toBeGreaterThan(40_000);
  });
});
