import { expect, test } from '../fixtures/dossier';
import { DeckPage, frameLayout } from '../pages/deck-page';

/**
 * examples/deck.html, served from the built folder: three slides embedding Dossier, arrow keys, and a live
 * slide driven through the embed bridge. At the four 16:9 sizes a presenter meets, every embed is ready, has
 * no scrollbar, no view at zero height (a view too small says so) and no clipped legend.
 */
const SIZES = [
  { width: 320, height: 180 },
  { width: 640, height: 360 },
  { width: 960, height: 540 },
  { width: 1920, height: 1080 },
];

for (const size of SIZES) {
  test(`deck at ${size.width}×${size.height}: three slides, every embed legible, the live slide follows the deck`, async ({ page, foreignRequests, consoleErrors }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(size);
    const deck = new DeckPage(page);
    await deck.open();

    for (const [index, views] of [['map'], ['network'], ['map', 'timeline']].entries()) {
      if (index > 0) await deck.next();
      await expect(deck.currentSlide).toHaveAttribute('aria-label', `${index + 1} of 3`);
      const embed = deck.currentEmbed();
      await expect(embed.app).toHaveAttribute('data-ready', 'true');
      const layout = await frameLayout(deck.currentEmbedBody());
      expect(layout.bodies.map((b) => b.view)).toEqual(views);
      for (const body of layout.bodies) {
        expect(body.height, `${body.view} body height`).toBeGreaterThan(20);
        expect(body.width, `${body.view} body width`).toBeGreaterThan(40);
      }
      expect(layout.overflowX).toBeLessThanOrEqual(0);
      expect(layout.overflowY).toBeLessThanOrEqual(0);
      expect(layout.clippedLegendItems).toEqual([]);
    }

    // The live slide: → sends the first step's state with dossier:set; the caption reads dossier:state back.
    const live = deck.currentEmbed();
    await deck.next();
    await expect(deck.liveCaption).toContainText('Pyongyang');
    await expect(deck.liveState).toContainText('2024-06-01 → 2024-06-30');
    await expect(deck.liveState).toContainText('pyongyang');
    const layout = await frameLayout(deck.currentEmbedBody());
    if (!layout.bodies.find((b) => b.view === 'map')!.tooSmall) {
      await expect(live.place('pyongyang')).toHaveAttribute('aria-pressed', 'true');
    }
    await deck.next();
    await expect(deck.liveState).toContainText('2024-11-11 → 2024-11-14');
    await expect(deck.liveState).toContainText('sergei-shoigu');
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors.filter((e) => !/GL Driver|WebGL/.test(e))).toEqual([]);
  });
}

test('the live slide follows what the presenter clicks in its embed (dossier:state)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const deck = new DeckPage(page);
  await deck.open();
  await deck.next();
  await deck.next();
  const live = deck.currentEmbed();
  await expect(live.app).toHaveAttribute('data-ready', 'true');
  await live.place('valletta').click();
  await expect(live.place('valletta')).toHaveAttribute('aria-pressed', 'true');
  await expect(deck.liveState).toContainText('valletta');
});

for (const size of [{ width: 320, height: 180 }, { width: 1920, height: 1080 }]) {
  test(`deck scaled with a CSS transform (as reveal.js does) at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const deck = new DeckPage(page);
    await deck.open({ transform: true });
    const box = (await deck.deck.boundingBox())!;
    expect(box.width).toBeCloseTo(size.width, 0);
    expect(box.height).toBeCloseTo(size.height, 0);
    const embed = deck.currentEmbed();
    await expect(embed.app).toHaveAttribute('data-ready', 'true');
    // Inside, the embed lays out at the deck's design size (960×540 less the slide's heading): the map is whole.
    const layout = await frameLayout(deck.currentEmbedBody());
    expect(layout.bodies[0]!.tooSmall).toBe(false);
    expect(layout.bodies[0]!.height).toBeGreaterThan(300);
    expect(layout.clippedLegendItems).toEqual([]);
    // A click lands where the transformed place is drawn: Moscow alone is selected.
    await expect(embed.place('pyongyang')).toHaveAttribute('aria-pressed', 'true');
    await embed.place('moscow').click();
    await expect(embed.place('moscow')).toHaveAttribute('aria-pressed', 'true');
    await expect(embed.place('pyongyang')).toHaveAttribute('aria-pressed', 'false');
  });
}
