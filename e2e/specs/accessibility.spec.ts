import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/dossier';
import type { DossierParams } from '../pages/dossier-page';

/** axe-core's WCAG 2.x A/AA rules; the suite fails on any serious or critical violation. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const states: [string, DossierParams][] = [
  ['the default page', {}],
  ['a place selected', { place: 'pyongyang' }],
  ['an actor selected', { actor: 'sergei-lavrov' }],
  ["an event's details open", { event: 'treaty-enters-into-force' }],
  ['the dark theme', { theme: 'dark', place: 'beijing' }],
  ['French', { lang: 'fr', actor: 'sergei-shoigu' }],
];

test.describe('accessibility: no serious or critical axe violation', () => {
  for (const [name, params] of states) {
    test(`with ${name}`, async ({ dossier, page }) => {
      await dossier.open(params);
      await expect(dossier.app).toHaveAttribute('data-ready', 'true');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('on a 390×844 phone', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await dossier.open();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in a 960×540 embed', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('the live region', () => {
  test('announces the filtered counts after a change', async ({ dossier }) => {
    await dossier.open();
    await dossier.map.clickPlace('valletta');
    await expect(dossier.status).toHaveText('2 events · 5 actors · 1 place');
    await dossier.page.keyboard.press('Escape');
    await expect(dossier.status).toHaveText('36 events · 41 actors · 13 places');
  });
});
