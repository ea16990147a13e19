import { expect, test } from '../fixtures/dossier';

// Sergei Lavrov's four events: two in Moscow (1 Nov 2024), two in Valletta (4–5 Dec 2024).
const LAVROV_EVENTS = ['lavrov-arrives-in-malta', 'lavrov-choe-son-hui-talks-moscow', 'osce-ministerial-council-valletta', 'zakharova-announces-talks-continue'];
// The five actors of the two Valletta events.
const IN_VALLETTA = ['european-union', 'malta', 'osce', 'sergei-lavrov', 'tass'];

test.describe('network: selecting actors (CONTRACT §2)', () => {
  test('a click selects an actor: the list, the count, the map and the URL follow', async ({ dossier }) => {
    await dossier.open();
    await dossier.network.clickActor('sergei-lavrov');

    await expect(dossier.network.actor('sergei-lavrov')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('sergei-lavrov');
    await expect(dossier.count).toHaveText('4');
    await expect(dossier.list.rows).toHaveCount(4);
    expect((await dossier.list.ids()).sort()).toEqual(LAVROV_EVENTS);
    // The map shows places of events passing the actor part: Moscow and Valletta only.
    await expect(dossier.map.place('moscow')).toHaveAttribute('data-active', 'true');
    await expect(dossier.map.place('valletta')).toHaveAttribute('data-active', 'true');
    await expect(dossier.map.place('pyongyang')).toHaveAttribute('data-active', 'false');
    await expect(dossier.map.place('beijing')).toHaveAttribute('data-active', 'false');
    // The network ignores its own part: every other actor stays active and clickable.
    await expect(dossier.network.actor('kim-jong-un')).toHaveAttribute('data-active', 'true');
    await expect(dossier.network.actor('kim-jong-un')).toHaveAttribute('aria-pressed', 'false');
  });

  test('Shift-click adds an actor (OR); a plain click on the only selected actor clears it', async ({ dossier }) => {
    await dossier.open();
    await dossier.network.clickActor('sergei-lavrov');
    await dossier.network.clickActor('kim-jong-un', { shift: true });
    await expect(dossier.network.actor('sergei-lavrov')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.network.actor('kim-jong-un')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('sergei-lavrov,kim-jong-un');
    await expect(dossier.count).toHaveText('8'); // 4 + 4, no event shared

    await dossier.network.clickActor('kim-jong-un', { shift: true });
    await expect(dossier.network.actor('kim-jong-un')).toHaveAttribute('aria-pressed', 'false');
    await expect(dossier.count).toHaveText('4');

    await dossier.network.clickActor('sergei-lavrov');
    await expect(dossier.network.actor('sergei-lavrov')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => dossier.urlParams().get('actor')).toBeNull();
    await expect(dossier.count).toHaveText('36');
  });

  test('a place chosen in the URL dims the actors of other places', async ({ dossier }) => {
    await dossier.open({ place: 'valletta' });
    expect((await dossier.network.actorIds(true)).sort()).toEqual(IN_VALLETTA);
    await expect(dossier.network.actor('kim-jong-un')).toHaveAttribute('data-active', 'false');
    await expect(dossier.network.actor('russia')).toHaveAttribute('data-active', 'false');
    // Dimmed, not removed: the layout keeps every actor where it was.
    await expect(dossier.network.actors).toHaveCount(41);
  });

  test('dragging a node moves it and does not select it', async ({ dossier, page }) => {
    await dossier.open();
    const node = dossier.network.actor('malta');
    const before = await dossier.network.positions();
    const box = (await node.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 30, y - 20, { steps: 5 });
    await page.mouse.move(x + 60, y - 40, { steps: 5 });
    await page.mouse.up();
    await expect(node).toHaveAttribute('data-x', (before.malta!.x + 60).toFixed(1));
    await expect(node).toHaveAttribute('data-y', (before.malta!.y - 40).toFixed(1));
    await expect(node).toHaveAttribute('aria-pressed', 'false');
    expect(dossier.urlParams().get('actor')).toBeNull();
    // Reset view puts it back in its layout place.
    await dossier.network.resetView.click();
    await expect(node).toHaveAttribute('data-x', before.malta!.x.toFixed(1));
  });

  test('zoom buttons scale the drawing, not the layout', async ({ dossier }) => {
    await dossier.open();
    const node = dossier.network.actor('russia');
    const before = (await node.boundingBox())!.width;
    const x = await node.getAttribute('data-x');
    await dossier.network.zoomIn.click();
    await expect.poll(async () => (await node.boundingBox())!.width).toBeGreaterThan(before * 1.3);
    await expect(node).toHaveAttribute('data-x', x!);
    await dossier.network.resetView.click();
    await expect.poll(async () => Math.round((await node.boundingBox())!.width)).toBe(Math.round(before));
  });
});

test.describe('network: keyboard', () => {
  test('Tab reaches one node; arrows move focus; Enter selects; Escape clears', async ({ dossier, page }) => {
    await dossier.open();
    await expect(dossier.network.root.locator('[data-actor-id][tabindex="0"]')).toHaveCount(1);
    let focused: string | null = null;
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await dossier.network.focusedActor();
    }
    expect(focused).not.toBeNull();
    // The first stop is the actor with most events (Russia); its card says how to reach its ties.
    expect(focused).toBe('russia');
    await expect(dossier.network.tooltip).toContainText('Russia');
    await expect(dossier.network.tooltip).toContainText('Press T');

    const start = await dossier.network.positions();
    await page.keyboard.press('ArrowRight');
    const right = await dossier.network.focusedActor();
    expect(right).not.toBe('russia');
    expect(start[right!]!.x).toBeGreaterThan(start.russia!.x);
    await page.keyboard.press('ArrowDown');
    const down = await dossier.network.focusedActor();
    expect(start[down!]!.y).toBeGreaterThan(start[right!]!.y);
    await page.keyboard.press('Home');
    expect(await dossier.network.focusedActor()).toBe('russia');

    await page.keyboard.press('Enter');
    await expect(dossier.network.actor('russia')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('russia');
    await expect(dossier.count).toHaveText('17');
    // Still one tab stop, and it is the focused node.
    await expect(dossier.network.root.locator('[data-actor-id][tabindex="0"]')).toHaveAttribute('data-actor-id', 'russia');

    await page.keyboard.press('Escape');
    await expect(dossier.network.actor('russia')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => dossier.urlParams().get('actor')).toBeNull();
    await expect(dossier.count).toHaveText('36');
  });

  test('T on a focused node lists its ties; a tie lists its events; Escape closes and gives focus back', async ({ dossier, page }) => {
    await dossier.open({ place: 'valletta' });
    await dossier.network.actor('sergei-lavrov').focus();
    await page.keyboard.press('t');
    await expect(dossier.network.tiePanel).toBeVisible();
    await expect(dossier.network.tiePanel.getByRole('heading')).toHaveText('Ties of Sergei Lavrov');
    // In Valletta, Lavrov shares events with the four other actors there.
    const malta = dossier.network.tiePanel.getByRole('button', { name: /^Malta/ });
    await expect(malta).toContainText('2 shared events');
    await expect(dossier.network.tiePanel.locator('li')).toHaveCount(4);
    await malta.press('Enter');
    await expect(dossier.network.tiePanel.getByRole('heading')).toHaveText('Sergei Lavrov and Malta');
    await expect(dossier.network.tieEvents).toHaveCount(2);

    await page.keyboard.press('Escape');
    await expect(dossier.network.tiePanel).toBeHidden();
    expect(await dossier.network.focusedActor()).toBe('sergei-lavrov');
    // That Escape was the panel's: the place filter is still there.
    expect(dossier.urlParams().get('place')).toBe('valletta');
    await page.keyboard.press('Escape');
    await expect.poll(() => dossier.urlParams().get('place')).toBeNull();
  });
});

test.describe('network: ties explain themselves', () => {
  test('clicking a tie lists the shared events with their quotes; an event opens its details', async ({ dossier }) => {
    await dossier.open();
    await dossier.network.clickTie('sergei-lavrov', 'malta');
    const panel = dossier.network.tiePanel;
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading')).toHaveText('Malta and Sergei Lavrov');
    await expect(panel).toContainText('2 shared events');
    await expect(dossier.network.tieEvents).toHaveCount(2);
    const first = dossier.network.tieEvents.first();
    await expect(first).toHaveAttribute('data-tie-event', 'lavrov-arrives-in-malta');
    await expect(first.locator('blockquote')).toHaveAttribute('lang', 'fr');
    await expect(first.locator('blockquote')).not.toBeEmpty();
    await expect(first.locator('figcaption')).toContainText('—');
    await expect(dossier.network.tieEvents.nth(1).locator('blockquote')).not.toBeEmpty();

    await first.getByRole('button').click();
    await expect.poll(() => dossier.urlParams().get('event')).toBe('lavrov-arrives-in-malta');
    await expect(dossier.details.root).toBeVisible();
    // Choosing an event does not touch the filter.
    expect(dossier.urlParams().get('actor')).toBeNull();
  });

  test('the tie panel follows the date window: only events inside it are listed', async ({ dossier }) => {
    await dossier.open({ from: '2024-12-05', to: '2024-12-31' });
    await dossier.network.clickTie('sergei-lavrov', 'malta');
    await expect(dossier.network.tiePanel).toContainText('1 shared event');
    await expect(dossier.network.tieEvents).toHaveCount(1);
    await expect(dossier.network.tieEvents.first()).toHaveAttribute('data-tie-event', 'osce-ministerial-council-valletta');
    await dossier.network.tiePanel.getByRole('button', { name: 'Close' }).click();
    await expect(dossier.network.tiePanel).toBeHidden();
  });
});

test.describe('network: reading it', () => {
  test('hovering a node shows who it is, its role, its events', async ({ dossier }) => {
    await dossier.open();
    await dossier.network.hoverActor('sergei-lavrov');
    await expect(dossier.network.tooltip).toContainText('Sergei Lavrov');
    await expect(dossier.network.tooltip).toContainText('Foreign Minister of Russia');
    await expect(dossier.network.tooltip).toContainText('4 events');
    await expect(dossier.network.tooltip).toContainText('OSCE Ministerial Council');
  });

  test('the legend names the types and the tie widths, in the UI language', async ({ dossier }) => {
    await dossier.open();
    await expect(dossier.network.svg).toContainText('Person');
    await expect(dossier.network.svg).toContainText('Organisation');
    await expect(dossier.network.svg).toContainText('shared events');
    await dossier.open({ lang: 'fr' });
    await expect(dossier.network.svg).toContainText('Personne');
    await expect(dossier.network.svg).toContainText('événements communs');
    await expect(dossier.network.actor('china')).toHaveAccessibleName('Chine');
  });

  test('the table shows the same actors, and its buttons select', async ({ dossier }) => {
    await dossier.open({ place: 'valletta' });
    await dossier.network.tableToggle.click();
    await expect(dossier.network.tableToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.network.table).toBeVisible();
    await expect(dossier.network.svg).toHaveCount(0);
    await expect(dossier.network.table.locator('tbody tr')).toHaveCount(41);
    // Most events first: the five Valletta actors lead, the others follow with 0.
    const firstFive = await dossier.network.table.locator('tbody tr button').evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-actor-id')));
    expect(firstFive.sort()).toEqual(IN_VALLETTA);
    await expect(dossier.network.table.locator('tbody tr').nth(5).locator('td').nth(1)).toHaveText('0');
    await dossier.network.actor('malta').click();
    await expect(dossier.network.actor('malta')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('malta');
    await expect(dossier.network.table.locator('tr', { hasText: 'Malta' })).toContainText('yes');
    await dossier.network.tableToggle.click();
    await expect(dossier.network.svg).toBeVisible();
    await expect(dossier.network.actor('malta')).toHaveAttribute('aria-pressed', 'true');
  });

  test('when no actor passes, it says so and offers to clear the filters', async ({ dossier }) => {
    await dossier.open({ from: '2023-01-01', to: '2023-01-31' });
    await expect(dossier.network.emptyState).toContainText('No actor has an event in this selection');
    expect(await dossier.network.actorIds(true)).toEqual([]);
    await dossier.network.emptyState.getByRole('button', { name: 'Clear filters' }).click();
    await expect(dossier.network.emptyState).toBeHidden();
    await expect(dossier.network.actor('russia')).toHaveAttribute('data-active', 'true');
  });
});

test.describe('network: many actors (CONTRACT §4)', () => {
  test('with more than 300 active actors it draws the 300 with most events and says so', async ({ dossier, page }) => {
    // 320 actors: a000…a039 in 3 events each, the others in one; every event pairs two actors.
    const actors = Array.from({ length: 320 }, (_, i) => `a${String(i).padStart(3, '0')}`);
    const pairs: [string, string][] = [];
    for (let i = 0; i < 320; i += 2) pairs.push([actors[i]!, actors[i + 1]!]);
    for (let i = 0; i < 40; i += 2) pairs.push([actors[i]!, actors[i + 1]!], [actors[i]!, actors[i + 1]!]);
    const dataset = {
      schemaVersion: 1,
      title: { en: 'Many actors', fr: 'Beaucoup d’acteurs' },
      sources: [{ id: 's1', title: 'T', outlet: 'O', language: 'fr', published: null, text: 'Une phrase.' }],
      places: [{ id: 'here', name: { en: 'Here', fr: 'Ici' }, country: 'FR', lon: 2, lat: 48 }],
      actors: actors.map((id) => ({ id, name: { en: id, fr: id }, type: 'person', aliases: [], role: { en: 'r', fr: 'r' } })),
      events: pairs.map(([a, b], i) => ({
        id: `e${i}`, date: '2024-01-01', placeId: 'here', actorIds: [a, b], kind: 'meeting',
        title: { en: 't', fr: 't' }, summary: { en: 's', fr: 's' }, evidence: [{ sourceId: 's1', quote: 'Une phrase.' }],
      })),
    };
    await page.route('**/many.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
    await dossier.open({ data: 'many.json', views: 'network' });
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    await expect(dossier.network.actors).toHaveCount(300);
    await expect(dossier.network.note).toContainText('Showing the 300 actors with most events (of 320)');
    // The busiest actors are all there.
    await expect(dossier.network.actor('a000')).toHaveCount(1);
    await expect(dossier.network.actor('a039')).toHaveCount(1);
  });
});
