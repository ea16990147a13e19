import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';
import { AuthorPage } from '../pages/author-page';

const ARTICLE = readFileSync('data/sources/000_8d7d9a5b2f6bec4e.txt', 'utf8');

for (const theme of ['light', 'dark'] as const) {
  test(`the workspace with an open event form has no WCAG A/AA violations (${theme})`, async ({ page }) => {
    const author = new AuthorPage(page);
    await author.open(`theme=${theme}&lang=fr`);
    await author.addSource({ title: 'Direct', language: 'fr', published: '2024-11-12', text: ARTICLE });
    await author.chooseSentence('Wang Yi doit s’entretenir ce mardi');
    await author.addEvent('Wang Yi reçoit Choïgou');
    await author.chooseSentence('Pyongyang a ratifié');
    await author.views.getByTestId('map-view').locator('[data-place-id]').first().waitFor();
    const results = await new AxeBuilder({ page }).include('[data-testid="author-workspace"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('a sentence is chosen with the keyboard alone', async ({ page }) => {
  const author = new AuthorPage(page);
  await author.open();
  await author.addSource({ title: 'Direct', language: 'fr', published: '2024-11-12', text: ARTICLE });
  await author.article.locator('[data-sentence-index="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(author.article.locator('[data-sentence-index="1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(author.form).toBeVisible();
  await expect(page.getByTestId('author-quote')).toHaveValue(/^Ils vont avoir des « consultations/);
  await expect(author.article.locator('[data-sentence-index="1"]')).toHaveAttribute('aria-pressed', 'true');
  // No place in this sentence: the form says so instead of adding; a search by name fixes it.
  await page.getByTestId('author-title').fill('Consultations annoncées');
  await page.getByTestId('author-add-event').press('Enter');
  await expect(page.getByTestId('author-event-error')).toHaveText('Choose a place.');
  await page.getByTestId('author-place-search').fill('Beijing');
  await page.getByTestId('author-place-search').press('Enter');
  await page.getByTestId('author-title').press('Enter');
  await expect(author.draftEvents).toHaveCount(1);
  // The form closes; focus returns to the sentence the event was made from.
  await expect(author.article.locator('[data-sentence-index="1"]')).toBeFocused();
});
