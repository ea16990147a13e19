import { writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';
import { eventNumber, minimalWith } from '../fixtures/data/datasets';
import { DataLoading } from '../pages/data-loading';

test.describe('bringing your own data', () => {
  test('a minimal JSON opened from disk replaces the dossier, says where it came from, and the way back', async ({ dossier, page, consoleErrors, foreignRequests }) => {
    const data = new DataLoading(page);
    await dossier.open({ place: 'pyongyang', lang: 'fr' });
    await expect(data.origin).toHaveCount(0);
    await data.openFile('data/examples/minimal.json');
    await expect(data.origin).toContainText('Ce n’est pas le dossier fourni');
    await expect(data.origin).toContainText('minimal.json');
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    // Text in any language: the French title where given, else English, else the first.
    await expect(page.locator('.header h1')).toHaveText('Câbles de la Baltique, hiver 2024');
    await expect(dossier.count).toHaveText('6');
    await expect(page.locator('[data-place-id="gulf-of-finland"]')).toHaveAccessibleName(/Golfe de Finlande/);
    await expect(page.locator('[data-place-id="gotland"]')).toHaveAccessibleName(/Gotland/);
    // The old selection (pyongyang) does not apply; the URL does not claim ?data= for a local file.
    // (A selection reaches the URL a moment after it changes: polled.)
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBeNull();
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    await expect(data.warnings).toHaveCount(0);

    await data.loadBundled.click();
    await expect(data.origin).toHaveCount(0);
    await expect(page.locator('[data-place-id="pyongyang"]')).toBeVisible();
    expect(await dossier.eventCount()).toBeGreaterThanOrEqual(30);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('an ACLED export dropped on the page: a drop target while dragging, then the events with their quotes alone', async ({ dossier, page }) => {
    const data = new DataLoading(page);
    await dossier.open();
    await data.dragOver('data/examples/acled.csv');
    await expect(data.dropTarget).toBeVisible();
    await data.drop('data/examples/acled.csv');
    await expect(data.dropTarget).toHaveCount(0);
    await expect(data.origin).toContainText('acled.csv');
    await expect(data.origin).toContainText('CSV');
    await expect(dossier.count).toHaveText('6');
    await expect(page.locator('[data-place-id="bordeaux"]')).toBeVisible();
    await expect(page.locator('[data-actor-id="protesters-france"]')).toBeVisible();
    // ACLED's event types are kinds of their own: shown as written, in the "other" family of the legend.
    await expect(page.getByTestId('timeline-view').locator('.timeline__legend')).toContainText('Other kinds');
    // ACLED gives no actor types: the network's key explains its grey nodes as "Unknown", and keys no other type.
    const legend = page.getByTestId('network-view').locator('.net-legend');
    await expect(legend).toContainText('Unknown');
    await expect(legend).not.toContainText('Person');
    // Exploring: a place, then an actor, filter the events.
    await page.locator('[data-place-id="bordeaux"]').click();
    await expect(dossier.count).toHaveText('1');
    await dossier.clear();
    await page.locator('[data-actor-id="protesters-france"]').click();
    await expect(dossier.count).toHaveText('3');
    await dossier.clear();
    await dossier.list.open('fra1005');
    await expect(dossier.details.root).toContainText('riots');
    await expect(dossier.details.marks.first()).toHaveText(/the door of Bordeaux city hall was set on fire/);
    await expect(dossier.details.root).toContainText('a CSV holds only quotes');
    await expect(dossier.details.root).toContainText('Sud Ouest');
    await expect(dossier.details.root.locator('a')).toHaveCount(0);
  });

  test('our CSV columns: a quoted field with commas and a newline, several actors, an http source link', async ({ dossier, page }) => {
    const data = new DataLoading(page);
    await dossier.open();
    await data.openFile('data/examples/events.csv');
    await expect(dossier.count).toHaveText('6');
    await dossier.list.open('row-5');
    await expect(dossier.details.marks.first()).toHaveText(/shadowing the Chinese bulk carrier Yi Peng 3,\s+which had passed over both cables\./);
    await expect(dossier.details.root.locator('a.source-meta__link')).toHaveAttribute('href', 'https://example.org/baltic-cables');
    await expect(page.locator('[data-actor-id="yi-peng-3"]')).toBeVisible();
  });

  test('?data= names the URL it came from, and going back drops it from the address', async ({ dossier, page }) => {
    const data = new DataLoading(page);
    await page.route('**/shared/their-dossier.json', (route) => route.fulfill({ path: 'data/examples/minimal.json', contentType: 'application/json' }));
    await dossier.open({ data: 'shared/their-dossier.json' });
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    await expect(data.origin).toContainText('Not the bundled dossier');
    await expect(data.origin).toContainText('shared/their-dossier.json');
    await data.loadBundled.click();
    await expect(data.origin).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
  });

  test('the Open… control is a labelled file input that the keyboard reaches', async ({ dossier, page }) => {
    const data = new DataLoading(page);
    await dossier.open();
    await expect(page.getByLabel('Open…')).toHaveAttribute('data-testid', 'open-dataset');
    await expect(data.openInput).toHaveAttribute('accept', /\.json.*\.csv/);
    await page.locator('.header h1').click();
    for (let i = 0; i < 10 && !(await data.openInput.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(data.openInput).toBeFocused();
    await expect(data.openLabel).toHaveCSS('outline-style', 'solid');
  });

  test('a slow load shows its progress and can be cancelled; the bundled dossier is one click away', async ({ dossier, page }) => {
    const data = new DataLoading(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/slow.json', async (route) => {
      await held;
      await route.fulfill({ path: 'data/examples/minimal.json' }).catch(() => undefined);
    });
    await page.goto('./?data=slow.json');
    await expect(data.progress).toBeVisible();
    await expect(data.progress).toContainText('slow.json');
    await data.cancel.click();
    await expect(data.progress).toHaveCount(0);
    await expect(page.getByText('Loading was cancelled.')).toBeVisible();
    release();
    await data.loadBundled.click();
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    await expect(data.origin).toHaveCount(0);
  });
});

test('cancelling a slow file while a dossier is on screen leaves that dossier as it was', async ({ dossier, page, consoleErrors }) => {
  const data = new DataLoading(page);
  test.setTimeout(60_000);
  // 400,000 events (about 80 MB) whose place does not exist: seconds of reading and checking in the worker, so the
  // progress bar shows; and a telling outcome had the load not been stopped (an error panel, within seconds),
  // without asking the page to draw 400,000 events.
  const big = test.info().outputPath('big.json');
  writeFileSync(big, JSON.stringify(minimalWith(Array.from({ length: 400_000 }, (_, i) => eventNumber(i, { placeId: 'atlantis' })))));
  await dossier.open({ place: 'pyongyang' });
  const before = await dossier.eventCount();
  await data.openInput.setInputFiles(big); // by path: Playwright refuses buffers over 50 MB
  await expect(data.progress).toBeVisible();
  await expect(data.progress).toContainText('big.json');
  await data.cancel.click();
  await expect(data.progress).toHaveCount(0);
  // Given more than the time the file takes to be refused when not cancelled, nothing comes of it.
  await page.waitForTimeout(8000);
  await expect(dossier.app).toHaveAttribute('data-ready', 'true');
  expect(await dossier.eventCount()).toBe(before);
  await expect(page.locator('[data-place-id="pyongyang"]')).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.get('place')).toBe('pyongyang');
  await expect(data.origin).toHaveCount(0);
  await expect(data.errorPanel).toHaveCount(0);
  await expect(page.locator('[data-place-id="lyon"]')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
