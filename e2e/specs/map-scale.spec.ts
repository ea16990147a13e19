import { synthDataset } from '../../bench/synth-dataset';
import { expect, test } from '../fixtures/dossier';
import { serveSynthetic } from '../fixtures/synthetic';

/**
 * The map with many places (a 10,000-event synthetic dossier, 320 places, served in memory): each circle is
 * sized by its place's whole count and a disc inside it by the count under the filters, so a filter from
 * another view moves no circle and no name; a place click names the selected place among names that still
 * overlap none.
 */
const body = JSON.stringify(synthDataset({ events: 10_000, seed: 11 }));

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
});
