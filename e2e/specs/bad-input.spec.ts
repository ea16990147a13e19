import { expect, test } from '../fixtures/dossier';
import { eventNumber, minimalWith, PNG_BYTES } from '../fixtures/data/datasets';
import type { DossierPage } from '../pages/dossier-page';
import { DataLoading, fileName, type FileToOpen } from '../pages/data-loading';

/**
 * Every bad input of the issue, each through both ways in: the file input (the dossier stays, the problems are
 * listed and the panel can be dismissed) and ?data= (the error page, with the way back to the bundled dossier).
 */
const FIXTURES = 'e2e/fixtures/data';
const json = (name: string, value: unknown): FileToOpen => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

const minimal = minimalWith;
const event = eventNumber;
const png = Buffer.from(PNG_BYTES);

interface Refused {
  title: string;
  file: FileToOpen;
  /** Text of the problems, in order (each a substring of its <li>). */
  problems: (string | RegExp)[];
  /** How many <li> are shown, when more than `problems` checks. */
  shown?: number;
  /** The line under a capped list. */
  more?: string;
}

const REFUSED: Refused[] = [
  { title: 'not JSON', file: `${FIXTURES}/not-json.json`, problems: ['(file): is not valid JSON'] },
  { title: 'truncated JSON', file: `${FIXTURES}/truncated.json`, problems: [/line 4, column \d+: is not valid JSON/] },
  { title: 'an HTML page', file: `${FIXTURES}/html-page.json`, problems: ['is an HTML page, not JSON'] },
  { title: 'a binary file renamed .json', file: { name: 'photo.json', mimeType: 'application/json', buffer: png }, problems: ['looks like a binary file'] },
  { title: 'an empty file', file: `${FIXTURES}/empty.json`, problems: ['(file): is empty'] },
  { title: 'a CSV without its quote column', file: `${FIXTURES}/missing-column.csv`, problems: ['line 1 (header): is missing the required column "quote" or "notes"'] },
  {
    title: 'a CSV with ragged rows after a quoted field holding newlines and commas',
    file: `${FIXTURES}/ragged.csv`,
    problems: ['line 5: has 10 fields but the header has 8', 'line 6 › actors: is empty', 'line 6 › quote: is empty'],
  },
  { title: 'schemaVersion 2', file: `${FIXTURES}/version-2.json`, problems: ['schemaVersion: is 2, but this app reads schemaVersion 1 only'] },
  {
    title: '30 broken events: all 30 listed',
    file: json('thirty.json', minimal(Array.from({ length: 30 }, (_, i) => event(i, { date: '2024-02-30' })))),
    problems: Array.from({ length: 30 }, (_, i) => `events[${i}] (id "e${i}") › date: (2024-02-30) is not a real calendar day`),
  },
  {
    title: '10,000 problems: the first 50 and how many more, quickly',
    file: json('many.json', minimal(Array.from({ length: 10_000 }, (_, i) => event(i, { placeId: 'atlantis' })))),
    problems: ['events[0] (id "e0") › placeId', 'events[49] (id "e49") › placeId'],
    shown: 50,
    more: '… and 9950 more errors',
  },
];

/** Checks the listed problems: all of them, in order, and the "and N more" line when the list is capped. */
async function expectProblems(data: DataLoading, c: Refused) {
  await expect(data.errorProblems).toHaveCount(c.shown ?? c.problems.length);
  if (c.shown) {
    await expect(data.errorProblems.first()).toContainText(c.problems[0]!);
    await expect(data.errorProblems.last()).toContainText(c.problems[1]!);
  } else {
    for (const [i, p] of c.problems.entries()) await expect(data.errorProblems.nth(i)).toContainText(p);
  }
  if (c.more) await expect(data.errorPanel).toContainText(c.more);
  else await expect(data.errorPanel).not.toContainText('more error');
}

test.describe('a file that fails leaves the dossier on screen, its problems listed', () => {
  for (const c of REFUSED) {
    test(c.title, async ({ dossier, page, consoleErrors }) => {
      const data = new DataLoading(page);
      await dossier.open();
      const before = await dossier.eventCount();
      const t0 = Date.now();
      await data.openFile(c.file);
      await expect(data.errorPanel).toBeVisible();
      expect(Date.now() - t0).toBeLessThan(5000);
      await expect(data.errorPanel).toBeFocused();
      await expectProblems(data, c);
      // Nothing was lost: the bundled dossier is still there, not claimed to come from the file.
      await expect(dossier.app).toHaveAttribute('data-ready', 'true');
      expect(await dossier.eventCount()).toBe(before);
      await expect(data.origin).toHaveCount(0);
      await data.dismiss(data.errorPanel);
      await expect(data.errorPanel).toHaveCount(0);
      await expect(data.openInput).toBeFocused();
      expect(consoleErrors).toEqual([]);
    });
  }

  test('10,000 problems: the summary counts them all', async ({ dossier, page }) => {
    const data = new DataLoading(page);
    await dossier.open();
    await data.openFile(REFUSED.at(-1)!.file);
    await expect(data.errorPanel).toContainText('The dataset many.json cannot be used: 10,000 problems found.');
  });

  test('a file that fails after another file loaded keeps that file on screen', async ({ dossier, page }) => {
    const data = new DataLoading(page);
    await dossier.open();
    await data.openFile('data/examples/events.csv');
    await expect(data.origin).toContainText('events.csv');
    await data.openFile(`${FIXTURES}/version-2.json`);
    await expect(data.errorPanel).toBeVisible();
    await expect(data.origin).toContainText('events.csv');
    await expect(dossier.count).toHaveText('6');
  });
});

test.describe('?data= that fails: the error page names the file, lists its problems and leads back', () => {
  const served: (Refused & { status?: number })[] = [
    ...REFUSED,
    { title: 'HTTP 404', file: { name: 'gone.json', mimeType: 'text/plain', buffer: Buffer.from('Not found') }, status: 404, problems: ['(file): answered HTTP 404'] },
    {
      title: 'a CSV with a BOM but no quote column',
      file: { name: 'bom.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeffdate,title,place,lat,lon,actors\n2024-05-01,Protest,Lyon,45.7,4.8,Unions\n') },
      problems: ['line 1 (header): is missing the required column "quote"'],
    },
  ];
  for (const c of served) {
    test(c.title, async ({ dossier, page, consoleErrors }) => {
      const data = new DataLoading(page);
      const param = await data.serve(c.file, c.status);
      const t0 = Date.now();
      await dossier.open({ data: param });
      // Refused as soon as it is read, not after some timeout: the page's whole load is in this figure, which
      // on a loaded two-core machine alone reaches 5 s.
      expect(Date.now() - t0).toBeLessThan(10_000);
      await expect(dossier.app).toHaveAttribute('data-ready', 'error');
      await expect(data.errorPanel).toContainText(`The dataset ${param} cannot be used`);
      await expectProblems(data, c);
      await expect(data.errorProblems.first()).toContainText(param);
      await data.loadBundled.click();
      await expect(dossier.app).toHaveAttribute('data-ready', 'true');
      expect(new URL(page.url()).searchParams.get('data')).toBeNull();
      // The 404 is the browser's own console line about the failed request, not an error of the app.
      expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
    });
  }
});

/** The two ways in, for datasets that load: returns the name the origin bar shows. */
const WAYS = {
  'the file input': async (dossier: DossierPage, data: DataLoading, file: FileToOpen) => {
    await dossier.open();
    await data.openFile(file);
    await expect(data.origin).toContainText(fileName(file));
    return fileName(file);
  },
  '?data=': async (dossier: DossierPage, data: DataLoading, file: FileToOpen) => {
    const param = await data.serve(file);
    await dossier.open({ data: param });
    return param;
  },
};

for (const [way, bring] of Object.entries(WAYS)) {
  test.describe(`inputs that load through ${way}, and stay harmless`, () => {
    test('every event fine but two places unused: loads, with two warnings in a notice that can be dismissed', async ({ dossier, page }) => {
      const data = new DataLoading(page);
      const name = await bring(dossier, data, `${FIXTURES}/unused-places.json`);
      await expect(dossier.app).toHaveAttribute('data-ready', 'true');
      await expect(data.origin).toContainText(name);
      await expect(dossier.count).toHaveText('1');
      await expect(data.warningProblems).toHaveCount(2);
      await expect(data.warningProblems.nth(0)).toContainText('places[1] (id "nice"): is not the place of any event');
      await expect(data.warningProblems.nth(1)).toContainText('places[2] (id "brest")');
      await data.dismiss(data.warnings);
      await expect(data.warnings).toHaveCount(0);
      await expect(data.openInput).toBeFocused();
    });

    test('a CSV with a BOM loads', async ({ dossier, page }) => {
      const data = new DataLoading(page);
      await bring(dossier, data, `${FIXTURES}/bom.csv`);
      await expect(dossier.count).toHaveText('1');
      await expect(page.locator('[data-place-id="lyon"]')).toBeVisible();
    });

    test('__proto__ and constructor keys anywhere: loads, and nothing is polluted', async ({ dossier, page }) => {
      const data = new DataLoading(page);
      const name = await bring(dossier, data, `${FIXTURES}/proto.json`);
      await expect(data.origin).toContainText(name);
      await expect(page.locator('[data-place-id="constructor"]')).toBeVisible();
      expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted === undefined)).toBe(true);
      expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);
      await dossier.list.open('e');
      await expect(dossier.details.root).toContainText('constructor');
    });

    test('a 100 KB title: loads, cut on screen, with a warning', async ({ dossier, page }) => {
      const data = new DataLoading(page);
      const long = 'A very long title '.repeat(6000);
      const name = await bring(dossier, data, json('long.json', { ...minimal([event(1, { title: long })]), title: long }));
      await expect(data.origin).toContainText(name);
      await expect(data.warningProblems).toHaveCount(2);
      await expect(data.warningProblems.nth(0)).toContainText('title: is 108000 characters long; it is shown cut after 300');
      await expect(data.warningProblems.nth(1)).toContainText('events[0] (id "e1") › title: is 108000 characters long');
      await expect(dossier.app).toHaveAttribute('data-ready', 'true');
      expect((await page.locator('.header h1').boundingBox())!.height).toBeLessThan(40);
      expect((await dossier.list.row('e1').boundingBox())!.height).toBeLessThan(200);
      expect((await dossier.list.row('e1').innerText()).length).toBeLessThan(400);
    });

    test('a javascript: source_url is never a link, and nothing runs', async ({ dossier, page }) => {
      const data = new DataLoading(page);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await bring(dossier, data, `${FIXTURES}/javascript-url.csv`);
      await dossier.list.open('row-2');
      await expect(dossier.details.root).toContainText('javascript:alert(1)');
      await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
      await expect(dossier.details.root.locator('a')).toHaveCount(0);
      expect(dialogs).toEqual([]);
    });
  });
}

test('in French, the panels around the problems are French, and so is where each problem is', async ({ dossier, page }) => {
  const data = new DataLoading(page);
  await dossier.open({ lang: 'fr' });
  await data.openFile(`${FIXTURES}/ragged.csv`);
  await expect(data.errorPanel.getByRole('heading')).toHaveText('Le fichier n’a pas été ouvert');
  await expect(data.errorPanel).toContainText('Le jeu de données ragged.csv ne peut pas être utilisé : 3 problèmes trouvés.');
  await expect(data.errorPanel).toContainText('Le dossier affiché n’a pas changé.');
  await expect(data.errorPanel).toContainText('Le détail de chaque problème est donné en anglais.');
  await expect(data.errorPanel.getByRole('button', { name: 'Revenir au dossier fourni' })).toBeVisible();
  await expect(data.errorProblems.nth(0)).toContainText('ligne 5 : has 10 fields but the header has 8');
  await expect(data.errorProblems.nth(1)).toContainText('ligne 6 › actors : is empty');
  // The messages stay in English, and say so to a screen reader.
  await expect(data.errorProblems.nth(1).locator('[lang="en"]')).toHaveText(/^is empty/);
  await data.dismiss(data.errorPanel);

  await data.openFile(`${FIXTURES}/unused-places.json`);
  await expect(data.warnings.getByRole('heading')).toHaveText('unused-places.json chargé avec 2 avertissement(s)');
  await expect(data.warningProblems.nth(0)).toContainText('places[1] (id "nice") : is not the place of any event');
  await expect(data.warnings.getByRole('button', { name: 'Fermer' })).toBeVisible();
});

test('in French, a capped list says how many more in French', async ({ dossier, page }) => {
  const data = new DataLoading(page);
  await dossier.open({ lang: 'fr' });
  await data.openFile(REFUSED.at(-1)!.file);
  await expect(data.errorPanel).toContainText('Le jeu de données many.json ne peut pas être utilisé : 10 000 problèmes trouvés.');
  await expect(data.errorPanel).toContainText('… et 9950 erreur(s) de plus');
});
