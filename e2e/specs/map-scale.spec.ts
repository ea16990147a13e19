import { synthDataset } from '../../bench/synth-dataset';
import { expect, test } from '../fixtures/dossier';
import { serveSynthetic } from '../fixtures/synthetic';

/**
 * The map with many places (a 10,000-event synthetic dossier, 320 places, served in memory): each circle is
 * sized by its place's whole count and a disc inside it by the count under the filters, so a filter from
 * another view moves no circle and no name; a place click names the selected place among names that still
 * overlap none.
 */
const dataset = synthDataset({ events: 10_000, seed: 11 });
const body = JSON.stringify(dataset);

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x + 0.5 < b.x + b.width && b.x + 0.5 < a.x + a.width && a.y + 0.5 < b.y + b.height && b.y + 0.5 < a.y + a.height;
const round = (b: Box | null) => b && [b.x, b.y, b.width, b.height].map((v) => Math.round(v));

test.describe('the map with many places', () => {
  test.setTimeout(180_000);

  const openSynthetic = serveSynthetic('synth-map', body);

  test('an actor filter changes the discs and the active places, not where circles and names are', async ({ dossier, page }) => {
    await openSynthetic(dossier);
    const before = await dossier.map.labelsAndMarks();
    expect(before.length).toBeGreaterThan(100);
    const shownBefore = before.filter((p) => p.label).length;
    expect(shownBefore).toBeGreaterThan(20);

    const count = await dossier.count.textContent();
    await dossier.network.actor('actor-1').dispatchEvent('click');
    await expect(dossier.count).not.toHaveText(count!);
    await expect.poll(async () => (await dossier.map.placeIds(false)).length).toBeGreaterThan(0);

    const after = await dossier.map.labelsAndMarks();
    expect(after.map((p) => [p.id, round(p.mark), round(p.label)])).toEqual(before.map((p) => [p.id, round(p.mark), round(p.label)]));
    // The discs show the filtered counts: smaller than their circles where the actor has fewer events (the
    // smallest circles and discs share the minimum size).
    const fills = await dossier.map.places.evaluateAll((els) => els.map((el) => Number((el as HTMLElement).style.getPropertyValue('--fill'))));
    expect(fills.filter((f) => f > 0 && f < 1).length).toBeGreaterThan(3);
    expect(fills.filter((f) => f === 0).length).toBe((await dossier.map.placeIds(false)).length);

    // A place with no name shown, once selected, is named, and no two names overlap.
    await dossier.clear();
    const unnamed = before.find((p) => !p.label)!.id;
    await dossier.map.place(unnamed).dispatchEvent('click');
    await expect(dossier.map.place(unnamed)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await dossier.map.labelsAndMarks()).find((p) => p.id === unnamed)?.label).not.toBeNull();
    const named = (await dossier.map.labelsAndMarks()).filter((p) => p.label).map((p) => ({ id: p.id, ...p.label! }));
    const pairs = named.flatMap((a, i) => named.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.id} × ${b.id}`));
    expect(pairs).toEqual([]);
    await expect(page.getByTestId('place-card')).toBeVisible();
  });

  test('a place with thousands of events: its card draws only the rows in view, the keys reach every row, focus stays', async ({ dossier, page }) => {
    await openSynthetic(dossier);
    const perPlace = new Map<string, string[]>();
    for (const e of dataset.events) perPlace.set(e.placeId, [...(perPlace.get(e.placeId) ?? []), e.id]);
    const [busiest, ids] = [...perPlace].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(ids.length).toBeGreaterThan(1000);

    await dossier.map.place(busiest).dispatchEvent('click');
    const card = page.getByTestId('place-card');
    await expect(card.locator('.map-card__count')).toContainText(`${ids.length.toLocaleString('en-US')} events`);
    const rows = card.locator('[data-card-event]');
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(ids.length));
    expect(await rows.count()).toBeLessThan(40);

    const focusedRow = () => page.evaluate(() => {
      const row = document.activeElement?.closest<HTMLElement>('[data-card-event]');
      return row ? { id: row.dataset.cardEvent!, at: Number(row.getAttribute('aria-posinset')) } : null;
    });
    await rows.first().locator('button').focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).toMatchObject({ at: 13 });
    await page.keyboard.press('End');
    await expect.poll(focusedRow).toMatchObject({ at: ids.length });
    const last = (await focusedRow())!;
    expect(ids).toContain(last.id);
    await expect(card.locator(`[data-card-event="${last.id}"]`)).toBeInViewport();

    // Scrolled away with the wheel, the focused row stays in the page (focus is not lost); Home goes back up.
    await card.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect.poll(async () => (await rows.evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-posinset'))))).some((at) => at < ids.length - 100)).toBe(true);
    expect(await focusedRow()).toEqual(last);
    await page.keyboard.press('Home');
    await expect.poll(focusedRow).toMatchObject({ at: 1 });
    await expect(rows.first()).toBeInViewport();
    // Below the card's sticky heading, not under it.
    const head = (await card.locator('header').boundingBox())!;
    await expect.poll(async () => (await rows.first().boundingBox())!.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
    // Every row drawn is an event of the place, each once.
    const drawn = await rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.cardEvent!));
    expect(drawn.every((id) => ids.includes(id))).toBe(true);
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});
