import { synthDataset } from '../../bench/synth-dataset';
import { expect, test } from '../fixtures/dossier';
import { serveSynthetic } from '../fixtures/synthetic';
import type { RefEvent } from '../fixtures/reference';

/**
 * The network at scale (10,000 synthetic events, 3,000 actors, served in memory): its thousands of ties are
 * drawn as a few paths, not an element each, and are still found under the pointer; the layout, computed in
 * a worker, is there when the app says it is ready, and filtering moves no node.
 */
const dataset = synthDataset({ events: 10_000, seed: 11 });
const events = dataset.events as RefEvent[];
const body = JSON.stringify(dataset);

test.describe('network at scale', () => {
  test.setTimeout(180_000);

  const openSynthetic = serveSynthetic('synth-e2e', body);

  test('thousands of ties are a few paths, and the tie under the pointer opens with its events', async ({ dossier, page }) => {
    await openSynthetic(dossier);
    await expect(dossier.network.root.locator('.net-pending')).toHaveCount(0);
    const label = (await dossier.network.svg.getAttribute('aria-label')) ?? '';
    const ties = Number(/(\d+) ties/.exec(label)?.[1]);
    expect(ties).toBeGreaterThan(1000);
    // A handful of paths, not an element per tie (nor a hit line per tie).
    expect(await dossier.network.root.locator('.net-edges > *').count()).toBeLessThan(40);
    await expect(dossier.network.root.locator('[data-tie]')).toHaveCount(0);

    // Hover the middle of the heaviest drawn tie (where no node covers it): the area names the tie nearest.
    const positions = await dossier.network.positions();
    const shared = new Map<string, number>();
    for (const e of events) {
      const ids = [...new Set(e.actorIds)].filter((id) => id in positions).sort();
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) shared.set(`${ids[i]}|${ids[j]}`, (shared.get(`${ids[i]}|${ids[j]}`) ?? 0) + 1);
    }
    const area = dossier.network.root.locator('[data-tie-area]');
    const origin = (await dossier.network.svg.boundingBox())!;
    const heaviest = [...shared].sort((a, b) => b[1] - a[1]).slice(0, 20);
    let hovered: string | null = null;
    let point = { x: 0, y: 0 };
    for (const [key] of heaviest) {
      const [a, b] = key.split('|') as [string, string];
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        point = { x: origin.x + positions[a]!.x + (positions[b]!.x - positions[a]!.x) * f, y: origin.y + positions[a]!.y + (positions[b]!.y - positions[a]!.y) * f };
        const onArea = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-tie-area') ?? false, point);
        if (!onArea) continue;
        await page.mouse.move(point.x, point.y);
        // React renders the hover on its next frame: read the attribute after it.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        hovered = await area.getAttribute('data-tie-hover');
        if (hovered) break;
      }
      if (hovered) break;
    }
    expect(hovered).not.toBeNull();
    // Whichever tie is found there passes within a few pixels of the pointer.
    const [a, b] = hovered!.split('|') as [string, string];
    const pa = positions[a]!;
    const pb = positions[b]!;
    expect(distanceToSegment(point.x - origin.x, point.y - origin.y, pa, pb)).toBeLessThanOrEqual(6.5);

    await page.mouse.click(point.x, point.y);
    await expect(dossier.network.tiePanel).toBeVisible();
    const want = events.filter((e) => e.actorIds.includes(a) && e.actorIds.includes(b)).map((e) => e.id).sort();
    await expect.poll(async () => (await dossier.network.tieEvents.evaluateAll((els) => els.map((el) => el.getAttribute('data-tie-event') ?? ''))).sort()).toEqual(want);
  });

  test('the crowd is drawn into an oval: no rows of nodes along the panel’s edges, unfiltered or filtered', async ({ dossier }) => {
    await openSynthetic(dossier);
    const width = Number(await dossier.network.svg.getAttribute('width'));
    const height = Number(await dossier.network.svg.getAttribute('height'));
    // The layout's box: 14 px in from each side, above the legend's strip (46 px). The nodes whose mark
    // touches it (within 1.5 px): the fitted oval touches each side about once; rows along the edges are many.
    const touching = () =>
      dossier.network.svg.locator('[data-actor-id]').evaluateAll(
        (els, [w, h]) =>
          els.filter((el) => {
            const { width: bw, height: bh } = (el.querySelector('.net-node__shape') as SVGGraphicsElement).getBBox();
            const x = Number(el.getAttribute('data-x'));
            const y = Number(el.getAttribute('data-y'));
            return x - bw / 2 < 15.5 || x + bw / 2 > w! - 15.5 || y - bh / 2 < 15.5 || y + bh / 2 > h! - 46 - 15.5;
          }).length,
        [width, height],
      );
    expect(await dossier.network.actorIds()).toHaveLength(300);
    expect(await touching()).toBeLessThan(8);
    // A place brings actors beyond the 400 simulated ones forward: they sit by their ties, not on the edges.
    await dossier.map.place('place-3').dispatchEvent('click');
    await expect(dossier.count).not.toHaveText('10,000');
    await dossier.settled();
    expect(await touching()).toBeLessThan(8);
  });

  test('a filter fades and resizes nodes but moves none', async ({ dossier }) => {
    await openSynthetic(dossier);
    const before = await dossier.network.positions();
    await dossier.map.place('place-3').dispatchEvent('click');
    await expect(dossier.count).not.toHaveText('10,000');
    await dossier.settled();
    const after = await dossier.network.positions();
    const common = Object.keys(after).filter((id) => id in before);
    expect(common.length).toBeGreaterThan(0);
    for (const id of common) expect(after[id]).toEqual(before[id]);
  });
});

function distanceToSegment(x: number, y: number, p: { x: number; y: number }, q: { x: number; y: number }): number {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((x - p.x) * dx + (y - p.y) * dy) / len2)) : 0;
  return Math.hypot(p.x + t * dx - x, p.y + t * dy - y);
}
