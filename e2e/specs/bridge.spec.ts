import { expect, test } from '../fixtures/dossier';
import { BridgeHarness } from '../pages/bridge-harness';

const types = (messages: { type: string }[]) => messages.map((m) => m.type);
const states = (messages: { type: string; state?: unknown }[]) => messages.filter((m) => m.type === 'dossier:state').map((m) => m.state);

test.describe('embed bridge (postMessage)', () => {
  test('tells the parent it is ready, its state and its height; follows clicks', async ({ page, consoleErrors }) => {
    const harness = new BridgeHarness(page);
    await harness.open('views=map&place=moscow');
    await expect(harness.embed.app).toHaveAttribute('data-ready', 'true');
    await expect.poll(async () => types(await harness.received())).toEqual(expect.arrayContaining(['dossier:ready', 'dossier:state', 'dossier:height']));
    const first = await harness.received();
    expect(first.filter((m) => m.type === 'dossier:ready')).toEqual([{ type: 'dossier:ready', version: 1 }]);
    expect(states(first)).toEqual([{ from: null, to: null, place: ['moscow'], actor: [], event: null, story: null, step: null }]);
    const height = first.find((m) => m.type === 'dossier:height')!.height;
    expect(height).toBe(540);

    await harness.embed.place('kursk').click({ modifiers: ['Shift'] });
    await expect.poll(async () => states(await harness.received()).at(-1)).toMatchObject({ place: ['moscow', 'kursk'] });
    expect(types(await harness.received()).filter((t) => t === 'dossier:ready')).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
  });

  test('dossier:set sets the fields it names, keeps the others, as the URL would', async ({ page }) => {
    const harness = new BridgeHarness(page);
    await harness.open('views=map,network&place=moscow');
    await expect(harness.embed.app).toHaveAttribute('data-ready', 'true');
    await harness.post({ type: 'dossier:set', state: { actor: ['sergei-lavrov'], from: '2024-11-01', to: '2024-12-31' } });
    await expect(harness.embed.actor('sergei-lavrov')).toHaveAttribute('aria-pressed', 'true');
    await expect(harness.embed.place('moscow')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => harness.embedUrl()).toContain('actor=sergei-lavrov');
    expect(await harness.embedUrl()).toContain('from=2024-11-01');
    await expect.poll(async () => states(await harness.received()).at(-1))
      .toEqual({ from: '2024-11-01', to: '2024-12-31', place: ['moscow'], actor: ['sergei-lavrov'], event: null, story: null, step: null });

    // null and [] unset; unknown ids are dropped as the URL drops them.
    await harness.post({ type: 'dossier:set', state: { place: [], from: null, to: null, actor: ['nobody', 'wang-yi'] } });
    await expect(harness.embed.place('moscow')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => states(await harness.received()).at(-1))
      .toEqual({ from: null, to: null, place: [], actor: ['wang-yi'], event: null, story: null, step: null });
  });

  test('ignores foreign and malformed messages without an error, and renders nothing from them', async ({ page, consoleErrors }) => {
    const harness = new BridgeHarness(page);
    await harness.open('views=map&place=moscow');
    await expect(harness.embed.app).toHaveAttribute('data-ready', 'true');
    await expect.poll(async () => states(await harness.received())).toHaveLength(1);
    const hostile = '<img src=x onerror="window.parent.pwned=1">';
    for (const message of [
      null, 42, 'dossier:set', [], { type: 'dossier:other', state: {} }, { type: 'dossier:set' },
      { type: 'dossier:set', state: 'place=kursk' }, { type: 'dossier:set', state: { place: 'kursk' } },
      { type: 'dossier:set', state: { from: '1 Nov 2024' } }, { type: 'dossier:set', state: { place: ['kursk'], step: -1 } },
      { type: 'dossier:set', state: { event: { toString: hostile } } }, { type: 'dossier:set', state: { place: [hostile, 1] } },
    ]) await harness.post(message);
    // Well-formed but naming what this dossier does not have: set as the URL would, the unknown ids dropped.
    await harness.post({ type: 'dossier:set', state: { place: [hostile], event: hostile } });
    // A good one after them still works, so the junk was read (and refused) before it.
    await harness.post({ type: 'dossier:set', state: { place: ['valletta'] } });
    await expect(harness.embed.place('valletta')).toHaveAttribute('aria-pressed', 'true');
    const all = states(await harness.received());
    expect(all).toHaveLength(3);
    expect(all[1]).toMatchObject({ place: [], event: null });
    expect(all[2]).toMatchObject({ place: ['valletta'], event: null });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(harness.embed.scope.locator('img[src="x"]')).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });
});
