import { readFile } from 'node:fs/promises';
import { synthDataset } from '../../bench/synth-dataset';
import { expect, test } from '../fixtures/dossier';
import { serveSynthetic } from '../fixtures/synthetic';
import type { DossierPage } from '../pages/dossier-page';

/**
 * On a large dossier a click's frame shows the count, the map and the pressed control, and the network, the
 * timeline's bars and the list follow in a deferred render while the app says `data-pending="true"`; on the
 * bundled dossier every view changes in the click's own frame and nothing is ever pending.
 */
const dataset = synthDataset({ events: 10_000, seed: 5 });
const body = JSON.stringify(dataset);
const placeOf = new Map(dataset.events.map((e) => [e.id, e.placeId]));

/** Clicks a place and records, from inside the page, whether the app was marked pending meanwhile. */
async function clickAndWatch(dossier: DossierPage, placeId: string): Promise<{ sawPending: boolean; countChangedFirst: boolean }> {
  return dossier.page.evaluate(async (id) => {
    const app = document.querySelector('[data-testid="app"]')!;
    const count = document.querySelector('[data-testid="event-count"]')!;
    const before = count.textContent;
    let sawPending = false;
    let countChangedFirst = false;
    const observer = new MutationObserver(() => {
      if (app.getAttribute('data-pending') === 'true' && !sawPending) {
        sawPending = true;
        countChangedFirst = count.textContent !== before;
      }
    });
    observer.observe(app, { attributes: true, attributeFilter: ['data-pending'] });
    document.querySelector(`[data-place-id="${CSS.escape(id)}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const t0 = performance.now();
    while ((app.hasAttribute('data-pending') || count.textContent === before) && performance.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 10));
    observer.disconnect();
    return { sawPending, countChangedFirst };
  }, placeId);
}

test.describe('views that follow a click', () => {
  test.setTimeout(120_000);
  const openSynthetic = serveSynthetic('synth-deferred', body);

  test('on 10,000 events the slower views follow the count in a deferred render, then agree with it', async ({ dossier }) => {
    await openSynthetic(dossier);
    await expect(dossier.app).not.toHaveAttribute('data-pending');
    const seen = await clickAndWatch(dossier, 'place-2');
    expect(seen).toEqual({ sawPending: true, countChangedFirst: true });
    await dossier.settled();
    // Caught up, with nothing left to poll for: the list's rows are place-2's events.
    await expect(dossier.map.place('place-2')).toHaveAttribute('aria-pressed', 'true');
    const rows = await dossier.list.ids();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((id) => placeOf.get(id) !== 'place-2')).toEqual([]);
  });

  test('on the bundled dossier nothing is deferred', async ({ dossier }) => {
    await dossier.open();
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    const seen = await clickAndWatch(dossier, 'moscow');
    expect(seen.sawPending).toBe(false);
    await expect(dossier.map.place('moscow')).toHaveAttribute('aria-pressed', 'true');
  });

  test('an SVG export clicked while the views catch up shows them caught up, as its caption says', async ({ dossier, page }) => {
    await openSynthetic(dossier);
    // A place with few events, so most drawn actors have none there.
    const perPlace = new Map<string, number>();
    for (const e of dataset.events) perPlace.set(e.placeId, (perPlace.get(e.placeId) ?? 0) + 1);
    const quiet = [...perPlace].sort((a, b) => a[1] - b[1])[0]![0];
    // The export is clicked the moment the app says its views are catching up (the network still shows every
    // actor active then).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(async (id) => {
        const app = document.querySelector('[data-testid="app"]')!;
        const pending = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => app.hasAttribute('data-pending') && (observer.disconnect(), resolve()));
          observer.observe(app, { attributes: true, attributeFilter: ['data-pending'] });
        });
        document.querySelector(`[data-place-id="${CSS.escape(id)}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await pending;
        if (document.querySelectorAll('[data-actor-id][data-active="false"]').length > 0) throw new Error('the network caught up before the export was clicked');
        (document.querySelector('[data-testid="export-svg"]') as HTMLButtonElement).click();
      }, quiet),
    ]);
    const svg = await readFile((await download.path())!, 'utf8');
    await dossier.settled();
    const inactive = await dossier.page.locator('[data-actor-id][data-active="false"]').count();
    expect(inactive).toBeGreaterThan(0);
    expect(svg.match(/data-active="false"/g)?.length ?? 0).toBe(inactive);
    // The names too (placed a frame after the nodes in a graph this big): the same actors named as on screen.
    const named = (await dossier.page.locator('[data-label-for]').evaluateAll((els) => els.map((el) => el.getAttribute('data-label-for')!))).sort();
    expect(named.length).toBeGreaterThan(0);
    expect([...svg.matchAll(/data-label-for="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(named);
  });
});
