import { expect, test } from '../fixtures/dossier';

test.describe('the URL is the state (CONTRACT §3)', () => {
  test('a shared URL opens on its selection, and interaction rewrites it in place', async ({ dossier, page }) => {
    await dossier.open({ from: '2024-11-01', to: '2024-11-30', place: ['beijing', 'zhuhai'] });
    await expect(dossier.map.place('beijing')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.map.place('zhuhai')).toHaveAttribute('aria-pressed', 'true');
    // Beijing and Zhuhai in November: Lin Jian ×2, the Wang–Shoigu meeting and two statements, Zhuhai ×2.
    await expect(dossier.count).toHaveText('7');
    const historyLength = await page.evaluate(() => history.length);

    await dossier.network.clickActor('sergei-shoigu');
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('sergei-shoigu');
    expect(dossier.urlParams().get('place')).toBe('beijing,zhuhai');
    expect(dossier.urlParams().get('from')).toBe('2024-11-01');
    expect(await page.evaluate(() => history.length)).toBe(historyLength); // replaceState, not pushState

    await page.reload();
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    await expect(dossier.network.actor('sergei-shoigu')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.count).toHaveText('5');
  });

  test('clearing removes the selection from the URL but keeps embed, views and data', async ({ dossier, page }) => {
    await dossier.open({ place: 'moscow', views: ['map', 'list'], embed: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => dossier.urlParams().get('place')).toBeNull();
    expect(dossier.urlParams().get('views')).toBe('map,list');
    expect(dossier.urlParams().get('embed')).toBe('1');
  });

  test('unknown ids in a link are ignored and said so, not a dead end', async ({ dossier, page }) => {
    await dossier.open({ place: ['atlantis', 'moscow'] });
    await expect(page.getByRole('note')).toContainText('atlantis');
    await expect(dossier.map.place('moscow')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => dossier.urlParams().get('place')).toBe('moscow');
  });

  test('lang and theme come from the URL', async ({ dossier, page }) => {
    await dossier.open({ lang: 'fr', theme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(dossier.map.place('beijing')).toHaveAccessibleName(/Pékin/);
  });

  test('without lang, a French browser gets French', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'fr-FR', baseURL });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await context.close();
  });
});

test.describe('embedding (CONTRACT §3 embed, views)', () => {
  test('embed=1 shows only the views, fitting a 960×540 frame without scrollbars', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true });
    await expect(dossier.clearButton).toHaveCount(0);
    for (const root of [dossier.map.root, dossier.network.root, dossier.timeline.root, dossier.list.root]) await expect(root).toBeVisible();
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
  });

  test('views= shows the named views only, in that order', async ({ dossier, page }) => {
    await dossier.open({ views: ['timeline', 'network'], embed: true });
    await expect(dossier.map.root).toHaveCount(0);
    await expect(dossier.list.root).toHaveCount(0);
    const order = await page.locator('[data-view]').evaluateAll((els) => els.map((e) => e.getAttribute('data-view')));
    expect(order).toEqual(['timeline', 'network']);
  });

  test('a single view fills the frame', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ views: 'network', embed: true });
    const box = await dossier.network.root.boundingBox();
    expect(box!.width).toBeGreaterThan(900);
    expect(box!.height).toBeGreaterThan(450);
  });
});
