import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';

interface DatasetFile {
  actors: { id: string; name: { en: string; fr: string }; aliases: string[] }[];
  events: { id: string; placeId: string }[];
}
const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as DatasetFile;

test.describe('search', () => {
  test('is a named ARIA combobox whose list is labelled by type', async ({ dossier }) => {
    await dossier.open();
    const { input, listbox } = dossier.search;
    await expect(input).toHaveAttribute('role', 'combobox');
    await expect(input).toHaveAccessibleName('Search actors, places, events');
    await expect(input).toHaveAttribute('aria-autocomplete', 'list');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await dossier.search.fill('pyong');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
    await expect(listbox.getByRole('group', { name: 'Places' })).toContainText('Pyongyang');
    await expect(listbox.getByRole('group', { name: 'Events' }).getByRole('option').first()).toBeVisible();
    // At most eight direct matches, plus every event at the place the query names (issue 8).
    const atPyongyang = dataset.events.filter((e) => e.placeId === 'pyongyang').length;
    expect(await dossier.search.options.count()).toBeLessThanOrEqual(8 + atPyongyang);
  });

  test('finds every actor by each of its names and aliases', async ({ dossier }) => {
    test.setTimeout(60_000);
    await dossier.open();
    for (const actor of dataset.actors) {
      for (const name of new Set([actor.name.en, actor.name.fr, ...actor.aliases])) {
        await dossier.search.fill(name);
        await expect(dossier.search.option('actor', actor.id), `"${name}" finds ${actor.id}`).toBeVisible();
      }
    }
  });

  test('ignores accents and case, in French and English', async ({ dossier }) => {
    await dossier.open();
    await dossier.search.type('Choïgou');
    await expect(dossier.search.options.first()).toHaveAttribute('data-id', 'sergei-shoigu');
    await expect(dossier.search.options.first()).toContainText('Sergei Shoigu');
    for (const q of ['Pékin', 'pekin', 'PEKIN']) {
      await dossier.search.fill(q);
      await expect(dossier.search.options.first(), q).toHaveAttribute('data-id', 'beijing');
    }
    await dossier.search.fill('shoigu');
    await expect(dossier.search.option('actor', 'sergei-shoigu')).toBeVisible();
    await dossier.search.fill('xqzw');
    await expect(dossier.search.noMatch).toHaveText('No match');
    await expect(dossier.search.options).toHaveCount(0);
  });

  test('the keyboard chooses an actor: it becomes the selection and the network shows it pressed', async ({ dossier }) => {
    await dossier.open({ actor: 'wang-yi' });
    await dossier.search.type('choigou');
    await dossier.search.press('ArrowDown');
    const first = dossier.search.options.first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(dossier.search.input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await dossier.search.press('Enter');
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('sergei-shoigu');
    await expect(dossier.search.input).toHaveAttribute('aria-expanded', 'false');
    await expect(dossier.network.actor('sergei-shoigu')).toHaveAttribute('aria-pressed', 'true');
  });

  test('arrows move through the options and wrap; a place chosen becomes the place selection', async ({ dossier }) => {
    await dossier.open();
    await dossier.search.fill('moscou');
    const options = dossier.search.options;
    const n = await options.count();
    expect(n).toBeGreaterThan(1);
    await dossier.search.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await dossier.search.press('ArrowUp');
    await expect(options.nth(n - 1)).toHaveAttribute('aria-selected', 'true');
    await dossier.search.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('data-id', 'moscow');
    await dossier.search.press('Enter');
    await expect.poll(() => dossier.urlParams().get('place')).toBe('moscow');
    await expect(dossier.search.input).toHaveValue('');
  });

  test('Escape closes the list without clearing the filters, a second clears the text', async ({ dossier }) => {
    await dossier.open({ place: 'moscow' });
    await dossier.search.fill('lavrov');
    await expect(dossier.search.input).toHaveAttribute('aria-expanded', 'true');
    await dossier.search.press('Escape');
    await expect(dossier.search.input).toHaveAttribute('aria-expanded', 'false');
    await expect(dossier.search.input).toHaveValue('lavrov');
    await dossier.search.press('Escape');
    await expect(dossier.search.input).toHaveValue('');
    expect(dossier.urlParams().get('place')).toBe('moscow');
    await expect(dossier.count).not.toHaveText('36');
  });

  test('choosing an event with the mouse opens its details', async ({ dossier }) => {
    await dossier.open();
    await dossier.search.type('zhuhai airshow');
    await dossier.search.choose('event', 'shoigu-visits-zhuhai-airshow');
    await expect(dossier.details.title).toHaveText('Shoigu visits Zhuhai airshow');
    await expect.poll(() => dossier.urlParams().get('event')).toBe('shoigu-visits-zhuhai-airshow');
    // Focus went into the details; closing them returns it to the search box.
    await dossier.details.close();
    await expect(dossier.search.input).toBeFocused();
  });

  test('"/" jumps to the search box; in French it speaks French', async ({ dossier, page }) => {
    await dossier.open({ lang: 'fr' });
    await page.keyboard.press('/');
    await expect(dossier.search.input).toBeFocused();
    await expect(dossier.search.input).toHaveAccessibleName('Rechercher acteurs, lieux, événements');
    await page.keyboard.type('Pékin');
    await expect(dossier.search.listbox.getByRole('group', { name: 'Lieux' })).toContainText('Pékin');
  });
});
