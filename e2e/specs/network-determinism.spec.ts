import { expect, test } from '../fixtures/dossier';
import type { Locator } from '@playwright/test';
import type { NodePositions } from '../pages/network-view';

/**
 * CONTRACT §4: with reduced motion (the suite's default), the network's node positions are the same on
 * every load of the same data and viewport. Positions are read from data-x / data-y (layout px, 0.1 px).
 */
test.describe('network layout determinism', () => {
  test('identical positions on a second load and after a reload', async ({ dossier, page }) => {
    await dossier.open();
    const first = await dossier.network.positions();
    expect(Object.keys(first)).toHaveLength(41);
    for (const p of Object.values(first)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);

    await page.reload();
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    expect(await dossier.network.positions()).toEqual(first);

    await dossier.open({ theme: 'dark' });
    expect(await dossier.network.positions()).toEqual(first);
  });

  test('filtering does not move anyone (the layout is over the whole dataset)', async ({ dossier }) => {
    await dossier.open();
    const all = await dossier.network.positions();
    await dossier.open({ place: 'valletta', from: '2024-12-01' });
    expect(await dossier.network.positions()).toEqual(all);
  });

  test('a resized frame gets a new layout that fits it, the same as a fresh load at that size', async ({ dossier, page }) => {
    await dossier.open({ views: 'network', embed: true });
    const wide = await dossier.network.positions();
    await page.setViewportSize({ width: 700, height: 600 });
    await expect.poll(async () => (await dossier.network.positions()).russia).not.toEqual(wide.russia);
    const box = (await dossier.network.svg.boundingBox())!;
    const resized = await dossier.network.positions();
    for (const p of Object.values(resized)) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(box.height);
    }
    await page.reload();
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    expect(await dossier.network.positions()).toEqual(resized);
  });

  test('the positions match the recorded snapshot', async ({ dossier }) => {
    // Network alone, embedded: the frame depends on the viewport only, not on the other views' sizes.
    await dossier.open({ views: 'network', embed: true });
    const positions = await dossier.network.positions();
    expect(JSON.stringify(positions, null, 1)).toMatchSnapshot('network-positions.json');
  });

  test.describe('with motion', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('the first layout is drawn where it belongs at once; after a resize the nodes glide and settle on the layout', async ({ dossier, page, browser, baseURL }) => {
      await dossier.open();
      const nodes = dossier.network.svg.locator('[data-actor-id]');
      // No entrance: at data-ready the drawn positions are the exposed ones already.
      const first = await dossier.network.positions();
      expect(await drawnPositions(nodes)).toEqual(first);

      // Every position Russia's node is drawn at from now on.
      await dossier.network.svg.locator('[data-actor-id="russia"]').evaluate((el) => {
        const seen = new Set<string>();
        (window as unknown as { seen: Set<string> }).seen = seen;
        new MutationObserver(() => seen.add(el.getAttribute('transform') ?? '')).observe(el, { attributes: true, attributeFilter: ['transform'] });
      });
      await page.setViewportSize({ width: 1000, height: 700 });
      await expect.poll(async () => (await dossier.network.positions()).russia).not.toEqual(first.russia);
      const moved = await dossier.network.positions();
      // Drawn positions catch up with the exposed ones once the ~600 ms glide is over...
      await expect.poll(() => drawnPositions(nodes), { timeout: 5000 }).toEqual(moved);
      // ...having passed through points on the way, not jumped.
      expect(await page.evaluate(() => (window as unknown as { seen: Set<string> }).seen.size)).toBeGreaterThan(2);

      const still = await browser.newContext({ reducedMotion: 'reduce', baseURL, viewport: { width: 1000, height: 700 }, locale: 'en-GB' });
      const other = await still.newPage();
      await other.goto('./');
      await other.locator('[data-testid="app"][data-ready="true"]').waitFor();
      const reduced = await drawnPositions(other.getByTestId('network-view').locator('svg [data-actor-id]'));
      await still.close();
      expect(moved).toEqual(reduced);
    });
  });
});

/** Where each node is drawn: its translate(), rounded like data-x / data-y. */
async function drawnPositions(nodes: Locator): Promise<NodePositions> {
  const entries = await nodes.evaluateAll((els) =>
    els.map((el) => {
      const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '');
      return [el.getAttribute('data-actor-id') ?? '', { x: Math.round(Number(m?.[1]) * 10) / 10, y: Math.round(Number(m?.[2]) * 10) / 10 }] as const;
    }),
  );
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
}
