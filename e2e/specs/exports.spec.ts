import { expect, test } from '../fixtures/dossier';
import { Exports, parseCsv, pngSize } from '../pages/exports';

const CSV_HEADER = ['date', 'end_date', 'title', 'summary', 'kind', 'place', 'lat', 'lon', 'country', 'actors', 'quote', 'source', 'source_url'];

test.describe('exports', () => {
  test('PNG: what the presenter sees at 2×, the event list included', async ({ dossier, page }) => {
    await dossier.open({ actor: 'sergei-lavrov', lang: 'en' });
    const grid = (await page.locator('.view-grid').boundingBox())!;
    const file = await new Exports(page).download('png');
    expect(file.name).toBe('dossier-map-network-timeline-list-2022-02-01_2024-12-06.png');
    const size = pngSize(file.bytes);
    expect(size.width).toBe(Math.round(grid.width * 2));
    expect(size.height).toBe(Math.round((grid.height + 58) * 2));
    // The right quarter (the event list) carries drawn text, not the bare background: many distinct colours.
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const region = (x0: number, y0: number, w: number, h: number) => {
        const d = ctx.getImageData(x0, y0, w, h).data;
        const seen = new Set<number>();
        for (let i = 0; i < d.length; i += 4) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
        return seen.size;
      };
      return { list: region(Math.round(img.width * 0.78), Math.round(img.height * 0.2), Math.round(img.width * 0.2), Math.round(img.height * 0.5)), caption: region(0, 0, Math.round(img.width / 2), 100) };
    }, file.bytes.toString('base64'));
    expect(colours.list).toBeGreaterThan(30);
    expect(colours.caption).toBeGreaterThan(10);
  });

  test('SVG: the network and timeline as vector text in the embedded web font', async ({ dossier, page }) => {
    await dossier.open({ from: '2024-11-12', to: '2024-11-12', lang: 'en' });
    const file = await new Exports(page).download('svg');
    expect(file.name).toBe('dossier-network-timeline-2024-11-12.svg');
    const svg = file.bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName('parsererror').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        fontFaces: (doc.querySelector('style')?.textContent?.match(/@font-face\{font-family:"Noto Sans"[^}]*src:url\(data:font\/woff2;base64,/g) ?? []).length,
      };
    }, svg);
    expect(parsed.root).toBe('svg');
    expect(parsed.errors).toBe(0);
    expect(parsed.fontFaces).toBe(2);
    expect(parsed.texts).toEqual(expect.arrayContaining(['Wang Yi', 'Sergei Shoigu', 'Meetings & visits']));
    expect(parsed.texts.some((t) => t?.includes('12 Nov 2024'))).toBe(true);
  });

  test('CSV: one row per event passing all filters, in the columns Dossier reads', async ({ dossier, page }) => {
    await dossier.open({ place: 'moscow', lang: 'en' });
    const count = await dossier.eventCount();
    const file = await new Exports(page).download('csv');
    expect(file.name).toBe('dossier-events-2022-02-01_2024-12-06.csv');
    const rows = parseCsv(file.bytes.toString('utf8'));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.length - 1).toBe(count);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_HEADER.length);
      expect(row[5]).toBe('Moscow');
      expect(row[10]!.length).toBeGreaterThan(10);
    }
  });

  test('JSON: the dataset cut to the passing events loads back into Dossier', async ({ dossier, page }) => {
    await dossier.open({ actor: 'sergei-shoigu', from: '2024-11-01', to: '2024-11-30', lang: 'en' });
    const count = await dossier.eventCount();
    const file = await new Exports(page).download('json');
    expect(file.name).toBe('dossier-events-2024-11-01_2024-11-30.json');
    const data = JSON.parse(file.bytes.toString('utf8'));
    expect(data.schemaVersion).toBe(1);
    expect(data.events).toHaveLength(count);
    expect(data.sources.every((s: { text?: string; file?: string }) => typeof s.text === 'string' && s.file === undefined)).toBe(true);

    await page.route('**/exported.json', (route) => route.fulfill({ contentType: 'application/json', body: file.bytes }));
    await dossier.open({ data: 'exported.json', lang: 'en' });
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    await expect(dossier.count).toHaveText(String(count));
    await dossier.list.open(data.events[0].id);
    await expect(dossier.details.root.locator('p mark').first()).toBeVisible();
  });

  test('in an embed, a small menu that covers no view opens the exports', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true, views: ['map', 'network'], place: 'beijing' });
    const exports = new Exports(page);
    await expect(exports.button('csv')).toBeHidden();
    const toggle = (await exports.menuToggle.boundingBox())!;
    for (const body of await page.locator('.panel__body').all()) {
      const b = (await body.boundingBox())!;
      const overlaps = toggle.x < b.x + b.width && toggle.x + toggle.width > b.x && toggle.y < b.y + b.height && toggle.y + toggle.height > b.y;
      expect(overlaps).toBe(false);
    }
    await exports.menuToggle.click();
    await expect(exports.menuToggle).toHaveAttribute('aria-expanded', 'true');
    const file = await exports.download('csv');
    // Beijing has five events in the bundled dataset (the embed shows no count).
    expect(parseCsv(file.bytes.toString('utf8')).length - 1).toBe(5);
    await expect(exports.button('csv')).toBeHidden();
    await expect(exports.menuToggle).toBeFocused();
  });
});
