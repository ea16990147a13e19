import { expect, test } from '../fixtures/dossier';
import { EmbedFrame, frameLayout } from '../pages/deck-page';

/** The embed on its own at presenters' sizes: every view has room or says it has not, legends whole, text grows. */
test.describe('embed legible at any size', () => {
  test('views=map,timeline at 320×180: no view at zero height', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 320, height: 180 });
    await dossier.open({ embed: true, views: ['map', 'timeline'], lang: 'fr' });
    const layout = await frameLayout(page.locator('body'));
    expect(layout.bodies.map((b) => b.view)).toEqual(['map', 'timeline']);
    for (const body of layout.bodies) expect(body.height, body.view).toBeGreaterThan(40);
    expect(layout.overflowY).toBeLessThanOrEqual(0);
    expect(layout.clippedLegendItems).toEqual([]);
  });

  test('French timeline legend at 640×360 keeps every item, with two views or all four', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 640, height: 360 });
    await dossier.open({ embed: true, lang: 'fr' });
    await expect(dossier.timeline.root.locator('.timeline__legend li')).toHaveCount(5);
    expect((await frameLayout(page.locator('body'))).clippedLegendItems).toEqual([]);
    await dossier.open({ embed: true, views: ['map', 'timeline'], lang: 'fr' });
    await expect(dossier.timeline.root.locator('.timeline__legend li')).toHaveCount(5);
    const layout = await frameLayout(page.locator('body'));
    expect(layout.clippedLegendItems).toEqual([]);
  });

  test('text grows with the frame: twice the size at 1920×1080 as at 960×540', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true, views: ['map', 'timeline'] });
    const small = await frameLayout(page.locator('body'));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await frameLayout(page.locator('body'))).titleFontPx).toBeCloseTo(small.titleFontPx * 2, 0);
    const big = await frameLayout(page.locator('body'));
    expect(big.clippedLegendItems).toEqual([]);
    expect(big.titleFontPx).toBeGreaterThanOrEqual(22);
  });

  test('the network draws larger in a larger frame, and its nodes still take clicks', async ({ dossier, page }) => {
    const labelHeight = async () => (await dossier.network.root.locator('.net-legend, svg text').first().boundingBox())!.height;
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true, views: 'network' });
    const small = await labelHeight();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await dossier.open({ embed: true, views: 'network' });
    expect(await labelHeight()).toBeGreaterThan(small * 1.8);
    await dossier.network.clickActor('wang-yi');
    await expect(dossier.network.actor('wang-yi')).toHaveAttribute('aria-pressed', 'true');
  });

  test('below a useful size a view says so instead of drawing a sliver', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 320, height: 180 });
    await dossier.open({ embed: true, views: ['map', 'network', 'timeline', 'list'] });
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    const embed = new EmbedFrame(page);
    await expect(embed.tooSmallNotes.first()).toBeVisible();
    await expect(embed.tooSmallNotes.filter({ hasText: 'Actors' })).toContainText('needs 140 × 90 px');
    await expect(dossier.network.root).toHaveCount(0);
    // Given room again, the view comes back.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(embed.tooSmallNotes).toHaveCount(0);
    await expect(dossier.network.root).toBeVisible();
  });

  test('a timeline-only slide with from/to zooms to its window; zoom=0 shows every date', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    const windowShare = async () => {
      const [start, end] = await dossier.timeline.root.getByRole('slider').all();
      const chart = (await dossier.timeline.root.boundingBox())!;
      return ((await end!.boundingBox())!.x - (await start!.boundingBox())!.x) / chart.width;
    };
    await dossier.open({ embed: true, views: 'timeline', from: '2024-11-11', to: '2024-11-16' });
    expect(await windowShare()).toBeGreaterThan(0.5);
    await expect(dossier.timeline.root.locator('[data-bin-kind="bin"][data-bin-start="2024-11-12"]')).toHaveCount(1);
    await page.goto('./?embed=1&views=timeline&from=2024-11-11&to=2024-11-16&zoom=0');
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    expect(await windowShare()).toBeLessThan(0.2);
  });

  for (const [width, height] of [[320, 180], [640, 360], [960, 540], [1920, 1080]] as const) {
    for (const lang of ['en', 'fr'] as const) {
      test(`every legend item whole inside its panel at ${width}×${height}, ${lang}, all four views and network+map`, async ({ dossier, page }) => {
        await page.setViewportSize({ width, height });
        for (const views of [['map', 'network', 'timeline', 'list'], ['network', 'map']] as const) {
          await dossier.open({ embed: true, views: [...views], lang });
          await expect(dossier.app).toHaveAttribute('data-ready', 'true');
          await page.evaluate(() => document.fonts.ready);
          const layout = await frameLayout(page.locator('body'));
          expect(layout.clippedLegendItems, views.join(',')).toEqual([]);
          // The map's key never covers a large part of the map: on a small map it folds into a button.
          expect(layout.mapLegendShare, views.join(',')).toBeLessThan(0.12);
        }
      });
    }
  }

  test('on a small map the key folds into a button that opens it, by keyboard too', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 640, height: 360 });
    await dossier.open({ embed: true, lang: 'fr' });
    const toggle = dossier.map.root.getByRole('button', { name: 'Légende' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(dossier.map.root.locator('.map-legend')).toHaveCount(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(dossier.map.root.getByRole('group', { name: 'Événements par lieu' })).toBeVisible();
    expect((await frameLayout(page.locator('body'))).clippedLegendItems).toEqual([]);
    // A larger map shows the key itself.
    await page.setViewportSize({ width: 1280, height: 800 });
    await dossier.open({ lang: 'fr' });
    await expect(dossier.map.root.getByRole('group', { name: 'Événements par lieu' })).toBeVisible();
    await expect(dossier.map.root.getByRole('button', { name: 'Légende' })).toHaveCount(0);
  });
});
