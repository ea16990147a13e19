import { expect, test } from '../fixtures/dossier';

/** No hint is cut off: the network's hint, for the mouse and for the keyboard, in both languages and sizes. */
for (const { name, viewport, embed } of [
  { name: '1280×800', viewport: { width: 1280, height: 800 }, embed: false },
  { name: '960×540 embed', viewport: { width: 960, height: 540 }, embed: true },
]) {
  for (const lang of ['en', 'fr'] as const) {
    test.describe(`${name}, ${lang}`, () => {
      test.use({ viewport });

      test('the network hint is shown whole, never clipped', async ({ dossier, page }) => {
        await dossier.open({ lang, embed });
        const hint = dossier.network.hint;
        await expect(hint).toBeVisible();
        await expect.poll(() => dossier.network.hintClipped()).toBe(false);
        // The keyboard's hint replaces it when a node has keyboard focus.
        await dossier.network.actors.first().focus();
        await page.keyboard.press('ArrowRight');
        await expect(hint).toContainText(lang === 'en' ? 'Arrows' : 'Flèches');
        await expect.poll(() => dossier.network.hintClipped()).toBe(false);
      });
    });
  }
}
