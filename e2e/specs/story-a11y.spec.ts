import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/dossier';
import { StoryBar } from '../pages/story-bar';

/** axe-core's WCAG 2.x A/AA rules on the story bar, list and editor: no serious or critical violation. */
async function seriousViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('stories: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the story bar, on its last step and after a change (${theme})`, async ({ dossier, page }) => {
      const bar = new StoryBar(page);
      await bar.open('treaty', 5, { theme });
      await dossier.details.closeButton.click();
      await expect(bar.changed).toBeVisible(); // closing the step's event is a change
      await expect(bar.next).toHaveAttribute('aria-disabled', 'true');
      expect(await seriousViolations(page, '[data-testid="story"]')).toEqual([]);
    });

    test(`the stories list and the editor with a step (${theme})`, async ({ dossier, page }) => {
      const bar = new StoryBar(page);
      await dossier.open({ theme, place: 'moscow' });
      await bar.openList();
      expect(await seriousViolations(page, '.stories-menu')).toEqual([]);
      await bar.writeButton.click();
      await bar.editor.addStep('Moscow', 'All of Moscow.');
      expect(await seriousViolations(page, '[data-testid="story-editor"]')).toEqual([]);
    });
  }
});
