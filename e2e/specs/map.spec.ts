import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';
import type { DetailsPanel } from '../pages/details-panel';
import type { DossierPage } from '../pages/dossier-page';

interface Data {
  places: { id: string; name: { en: string; fr: string } }[];
  sources: { id: string; file: string; outlet: string }[];
  events: { id: string; placeId: string; actorIds: string[]; title: { en: string }; evidence: { sourceId: string; quote: string }[] }[];
}
// The bundled dataset and its source texts, read from the repository: the app serves the same files.
const root = new URL('../../', import.meta.url);
const data = JSON.parse(readFileSync(new URL('data/dataset.json', root), 'utf8')) as Data;
const sourceText = new Map(data.sources.map((s) => [s.id, readFileSync(new URL(s.file, root), 'utf8')]));
const eventById = new Map(data.events.map((e) => [e.id, e]));
const eventsAt = (placeId: string) => data.events.filter((e) => e.placeId === placeId);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The provenance promise, checked against the files on disk (as details.spec.ts does): the details show the
 * event, every `mark` sits directly in a paragraph of its source, and the marked text is the evidence quote.
 */
async function expectQuotesMarkedInSource(details: DetailsPanel, eventId: string) {
  const event = eventById.get(eventId)!;
  await expect(details.root).toBeVisible();
  await expect(details.title).toHaveText(event.title.en);
  await expect(details.loading).toHaveCount(0);
  const shown = await details.shownEvidence();
  expect(shown.map((b) => b.sourceId)).toEqual(event.evidence.map((e) => e.sourceId));
  shown.forEach((block, i) => {
    const ev = event.evidence[i]!;
    const source = norm(sourceText.get(ev.sourceId)!);
    expect(block.marks.length).toBeGreaterThan(0);
    expect(norm(block.marks.join(' '))).toBe(norm(ev.quote));
    block.marks.forEach((mark, k) => {
      expect(block.holders[k]!.tag).toBe('P');
      expect(source).toContain(norm(mark));
      expect(source).toContain(norm(block.holders[k]!.text));
    });
  });
}

/** Tabs from the top of the page until a place has focus; returns its id. */
async function tabToAPlace(dossier: DossierPage) {
  await dossier.page.locator('body').click({ position: { x: 1, y: 1 } });
  let focused: string | null = null;
  for (let i = 0; i < 40 && !focused; i++) {
    await dossier.page.keyboard.press('Tab');
    focused = await dossier.map.focusedPlaceId();
  }
  return focused;
}

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
    await expect.poll(() => dossier.urlParams().has('place')).toBe(false);
  });

  test('works from the keyboard alone: Tab in, arrows between places, Enter selects, Escape clears', async ({ dossier, page }) => {
    await dossier.open();
    await expect(dossier.map.tabbablePlaces).toHaveCount(1);
    expect(await tabToAPlace(dossier)).not.toBeNull();

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
    // Selecting shows the place's card beside it; the focus stays on the place, so arrows and Escape still work.
    await expect(dossier.map.card).toBeVisible();
    await expect(dossier.map.place(last)).toBeFocused();

    // Shift+Space on another place adds it.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+Space');
    await expect(dossier.map.place('washington')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.map.place(last)).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Escape');
    await expect(dossier.map.place('washington')).toHaveAttribute('aria-pressed', 'false');
    await expect(dossier.count).toHaveText(String(data.events.length));
    await expect(dossier.map.card).toHaveCount(0);
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

  test.describe('place card', () => {
    test('a click opens the card of the place, listing its events with their quotes; one opens its details', async ({ dossier, page }) => {
      await dossier.open();
      const { map } = dossier;
      await map.clickPlace('pyongyang');
      const atPlace = eventsAt('pyongyang');
      await expect(map.card).toBeVisible();
      await expect(map.cardHeading).toHaveText(`Pyongyang ${atPlace.length} events`);
      await expect(map.place('pyongyang')).toBeFocused();
      expect((await map.cardEventIds()).sort()).toEqual(atPlace.map((e) => e.id).sort());
      // Each event shows its first quote, in French, with its outlet.
      for (const event of atPlace) {
        const ev = event.evidence[0]!;
        const quote = map.cardEvent(event.id).locator('blockquote[lang="fr"]');
        await expect(quote).toHaveText(norm(ev.quote));
        await expect(map.cardEvent(event.id)).toContainText(data.sources.find((s) => s.id === ev.sourceId)!.outlet);
      }
      // The card docks away from its place and leaves it in view.
      const card = (await map.card.boundingBox())!;
      const at = await map.placeCentre('pyongyang');
      expect(at.x < card.x || at.x > card.x + card.width).toBe(true);

      const id = 'russia-north-korea-treaty-signed';
      await map.openFromCard(id);
      await expectQuotesMarkedInSource(dossier.details, id);
      await expect.poll(() => dossier.urlParams().get('event')).toBe(id);
      await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
      // The details sit over the event list: the card stays, marking the open event.
      await expect(map.card).toBeVisible();
      await expect(map.cardEvent(id).getByRole('button')).toHaveAttribute('aria-current', 'true');
    });

    test('from the keyboard: E on a place opens its card without selecting, arrows reach an event, Enter opens it', async ({ dossier, page }) => {
      await dossier.open();
      const { map } = dossier;
      expect(await tabToAPlace(dossier)).not.toBeNull();
      await page.keyboard.press('End');
      const place = (await map.focusedPlaceId())!;
      const atPlace = eventsAt(place);
      expect(atPlace.length).toBeGreaterThan(1);

      await page.keyboard.press('e');
      await expect(map.card).toBeVisible();
      await expect(map.cardHeading).toBeFocused();
      await expect(map.cardEvents).toHaveCount(atPlace.length);
      // E lists, it does not filter.
      await expect(map.place(place)).toHaveAttribute('aria-pressed', 'false');
      await expect(dossier.count).toHaveText(String(data.events.length));

      // Tab goes to Close, then to the first event; the arrows walk the events.
      await page.keyboard.press('Tab');
      await expect(map.cardCloseButton).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(map.cardEventButtons.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(map.cardEventButtons.nth(1)).toBeFocused();
      const id = (await map.cardEventIds())[1]!;
      await page.keyboard.press('Enter');
      await expectQuotesMarkedInSource(dossier.details, id);
      await expect.poll(() => dossier.urlParams().get('event')).toBe(id);
    });

    test('Escape in the card closes only the card, keeping the selection, and gives the focus back to the place', async ({ dossier, page }) => {
      await dossier.open();
      const { map } = dossier;
      await map.clickPlace('valletta');
      await expect(map.card).toBeVisible();
      await page.keyboard.press('E');
      await expect(map.cardHeading).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(map.card).toHaveCount(0);
      await expect(map.place('valletta')).toHaveAttribute('aria-pressed', 'true');
      await expect(dossier.count).toHaveText(String(eventsAt('valletta').length));
      expect(dossier.urlParams().get('place')).toBe('valletta');
      await expect(map.place('valletta')).toBeFocused();

      // E opens it again from the focused place; Close closes it the same way.
      await page.keyboard.press('E');
      await expect(map.cardHeading).toBeFocused();
      await map.cardCloseButton.click();
      await expect(map.card).toHaveCount(0);
      await expect(map.place('valletta')).toBeFocused();
      await expect(map.place('valletta')).toHaveAttribute('aria-pressed', 'true');
    });

    test('Escape on the map clears the filters, and the card of a clicked place goes with its selection', async ({ dossier, page }) => {
      await dossier.open();
      await dossier.map.clickPlace('valletta');
      await expect(dossier.map.card).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dossier.map.place('valletta')).toHaveAttribute('aria-pressed', 'false');
      await expect(dossier.map.card).toHaveCount(0);
      expect(dossier.urlParams().get('place')).toBeNull();
    });

    test('Shift-click does not open the card; clicking the selected place again closes it', async ({ dossier }) => {
      await dossier.open();
      const { map } = dossier;
      await map.clickPlace('moscow', { shift: true });
      await expect(map.place('moscow')).toHaveAttribute('aria-pressed', 'true');
      await map.clickPlace('kursk', { shift: true });
      await expect(map.place('kursk')).toHaveAttribute('aria-pressed', 'true');
      await expect(map.card).toHaveCount(0);

      await map.clickPlace('beijing');
      await expect(map.cardHeading).toContainText('Beijing');
      await map.clickPlace('beijing');
      await expect(map.place('beijing')).toHaveAttribute('aria-pressed', 'false');
      await expect(map.card).toHaveCount(0);
    });

    test('follows the other filters, and closes when its place has no event left', async ({ dossier }) => {
      await dossier.open();
      const { map } = dossier;
      await map.clickPlace('pyongyang');
      await expect(map.cardEvents).toHaveCount(eventsAt('pyongyang').length);

      await dossier.network.clickActor('andrei-belousov');
      const withBelousov = eventsAt('pyongyang').filter((e) => e.actorIds.includes('andrei-belousov'));
      await expect(map.cardEvents).toHaveCount(withBelousov.length);
      await expect(map.cardHeading).toHaveText(`Pyongyang ${withBelousov.length} events`);
      expect((await map.cardEventIds()).sort()).toEqual(withBelousov.map((e) => e.id).sort());

      // Lavrov was never in Pyongyang: the place goes inactive and its card closes.
      await dossier.network.clickActor('sergei-lavrov');
      await expect(map.place('pyongyang')).toHaveAttribute('data-active', 'false');
      await expect(map.card).toHaveCount(0);
    });

    test('has no serious accessibility violation, open in French with an event open', async ({ dossier, page }) => {
      await dossier.open({ lang: 'fr' });
      await dossier.map.clickPlace('beijing');
      await expect(dossier.map.cardHeading).toContainText('Pékin');
      await expect(dossier.map.cardCloseButton).toHaveAccessibleName('Fermer');
      await dossier.map.cardEventButtons.first().click();
      await expect(dossier.details.root).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    });
  });
});
