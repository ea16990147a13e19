import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '../fixtures/dossier';

/** `npm run build:single` (npm test runs it before the suite): the whole app in one file, opened from disk. */
const FILE = resolve(import.meta.dirname, '../../dist-single/dossier.html');

test('dist-single/dossier.html works from file:// with nothing else: ready, sources readable, no request', async ({ page, dossier }) => {
  test.skip(!existsSync(FILE) && !process.env.CI, 'run `npm run build:single` first');
  const url = pathToFileURL(FILE).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${url}?event=treaty-enters-into-force&lang=en`);
  await expect(dossier.app).toHaveAttribute('data-ready', 'true');
  await expect(dossier.count).toHaveText(/^\d+$/);
  expect(await dossier.eventCount()).toBeGreaterThanOrEqual(30);
  // The map drew (MapLibre's worker ran under the file's CSP) and the source text was read from the file.
  await expect(dossier.map.places.first()).toBeVisible();
  await expect(dossier.details.root.locator('p mark').first()).toBeVisible();
  await dossier.network.clickActor('sergei-lavrov');
  await expect(dossier.count).toHaveText('4');

  // The policy is by hashes: no 'unsafe-inline', nothing allowed from anywhere but the file itself.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'sha256-[^']+'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(requests.every((r) => r.startsWith(url))).toBe(true);
  expect(errors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
});
