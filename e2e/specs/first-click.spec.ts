import { expect, test } from '../fixtures/dossier';

/**
 * A rendered mark is never replaced under the pointer by a state change: the first click (or tap) on a
 * tie right after selecting an actor opens the tie panel.
 */
test.describe('the first click on a tie after selecting an actor', () => {
  test('by mouse', async ({ dossier }) => {
    await dossier.open({ lang: 'en' });
    await dossier.network.clickActor('sergei-shoigu');
    await expect(dossier.network.actor('sergei-shoigu')).toHaveAttribute('aria-pressed', 'true');
    await dossier.network.clickTie('sergei-shoigu', 'wang-yi');
    await expect(dossier.network.tiePanel).toBeVisible();
    await expect(dossier.network.tiePanel).toContainText('Wang Yi');
  });

  test('by touch', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, hasTouch: true, viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB' });
    const page = await context.newPage();
    const { DossierPage } = await import('../pages/dossier-page');
    const dossier = new DossierPage(page);
    await dossier.open({ lang: 'en' });
    await dossier.network.tapActor('sergei-shoigu');
    await expect(dossier.network.actor('sergei-shoigu')).toHaveAttribute('aria-pressed', 'true');
    await dossier.network.tapTie('sergei-shoigu', 'wang-yi');
    await expect(dossier.network.tiePanel).toBeVisible();
    await context.close();
  });
});
