import { expect, test } from '../fixtures/dossier';
import { AuthorPage } from '../pages/author-page';

test.describe('authoring workspace: bad input', () => {
  test('an empty article is refused with a clear message', async ({ page }) => {
    const author = new AuthorPage(page);
    await author.open();
    await author.addSource({ title: 'Vide', text: '   \n  ' });
    await expect(page.getByTestId('author-source-error')).toHaveText(/empty/);
    await expect(page.getByTestId('author-sources')).toHaveCount(0);
  });

  test('a binary file is refused with a clear message', async ({ page }) => {
    const author = new AuthorPage(page);
    await author.open();
    await page.getByTestId('author-source-file').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]) });
    await expect(page.getByTestId('author-source-error')).toHaveText(/not text/);
  });

  test('a .txt file opens as a source', async ({ page }) => {
    const author = new AuthorPage(page);
    await author.open();
    await page.getByTestId('author-source-file').setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Lavrov est arrivé hier à La Valette. Il a rencontré ses homologues.') });
    await expect(page.getByTestId('author-source-title')).toHaveValue('article');
    await page.getByTestId('author-source-published').fill('2024-12-05');
    await page.getByTestId('author-source-add').click();
    await author.chooseSentence('Lavrov est arrivé hier');
    await expect(author.dateInput()).toHaveValue('2024-12-04');
    await expect(author.checkedPlace()).toHaveAttribute('data-place-key', /^Valletta@/);
  });

  test('pasted HTML with scripts becomes inert text', async ({ page, consoleErrors }) => {
    const author = new AuthorPage(page);
    await author.open();
    await author.addSource({
      title: 'HTML',
      text: '<html><body><h1>Titre</h1><p onclick="window.__pwned=1">Wang Yi a reçu Choïgou à Pékin.</p><script>window.__pwned=2</script><img src=x onerror="window.__pwned=3"></body></html>',
    });
    await expect(page.getByTestId('author-source-notice')).toHaveText(/HTML/);
    await expect(author.article).toHaveText(/^Titre\s+Wang Yi a reçu Choïgou à Pékin\.$/);
    await expect(author.article.locator('script, img, p, h1')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(consoleErrors).toEqual([]);
  });

  test('a 1 MB article stays responsive', async ({ page }) => {
    test.setTimeout(60_000);
    const author = new AuthorPage(page);
    await author.open();
    const big = 'Le ministre Sergueï Lavrov a rencontré vendredi son homologue à Moscou. '.repeat(15_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    await page.getByTestId('author-source-title').fill('Très long');
    await page.getByTestId('author-source-published').fill('2024-11-12');
    // Set the 1 MB value at once, as a paste does (typing it would take minutes).
    await page.getByTestId('author-source-text').evaluate((el, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    const started = Date.now();
    await page.getByTestId('author-source-add').click();
    await expect(author.article.locator('[data-sentence-index]').first()).toBeVisible();
    await expect(page.getByTestId('author-more')).toBeVisible();
    await author.sentence('Le ministre').click();
    await expect(author.dateInput()).toHaveValue('2024-11-08');
    expect(Date.now() - started).toBeLessThan(8_000);
    // The page still answers input at once.
    const t0 = Date.now();
    await page.getByTestId('author-title').fill('Réunion');
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});
