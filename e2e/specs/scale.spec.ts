import { synthDataset } from '../../bench/synth-dataset';
import { eventInterval, isoFromDay } from '../../src/core/dates';
import { expect, test } from '../fixtures/dossier';
import { serveSynthetic } from '../fixtures/synthetic';
import { expected, passes, type RefEvent, type RefSelection } from '../fixtures/reference';
import type { DossierPage } from '../pages/dossier-page';

/**
 * The testing hooks hold on a dataset of 10,000 synthetic events (npm run synth's, generated here and served
 * in memory at ./data/synth-e2e.json): after each click every view shows what the naive reference says.
 */
const dataset = synthDataset({ events: 10_000, seed: 11 });
const events = dataset.events as RefEvent[];
const body = JSON.stringify(dataset);
const DRAW_LIMIT = 300;

/** The reference's events passing all parts, by date as the list orders them. */
function listOrder(selection: RefSelection): string[] {
  const pass = new Set(expected(selection, events).listIds);
  return dataset.events
    .map((e, index) => ({ id: e.id, index, ...eventInterval(e) }))
    .filter((e) => pass.has(e.id))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index)
    .map((e) => e.id);
}

async function expectViewsToShow(dossier: DossierPage, selection: RefSelection) {
  const want = expected(selection, events);
  await expect(dossier.count).toHaveText(want.listIds.length.toLocaleString('en-GB'));
  await dossier.settled();
  // The list renders the rows in view: they are the first events by date.
  const first = listOrder(selection).slice(0, 5);
  await expect.poll(async () => (await dossier.list.ids()).slice(0, 5)).toEqual(first);
  expect((await dossier.map.placeIds(true)).sort()).toEqual(want.activePlaces);
  // The network draws at most 300 actors: every one it draws is active exactly when the reference says so.
  const drawn = await dossier.network.actorIds();
  const active = new Set(await dossier.network.actorIds(true));
  expect(drawn.length).toBeLessThanOrEqual(DRAW_LIMIT + (selection.actors?.length ?? 0));
  const wantActive = new Set(want.activeActors);
  expect(drawn.filter((id) => active.has(id) !== wantActive.has(id))).toEqual([]);
  // …and they are the actors with most events (ties in count aside).
  const counts = new Map<string, number>();
  for (const e of events) if (passes(e, selection, 'actor')) for (const a of new Set(e.actorIds)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const drawnActive = drawn.filter((id) => wantActive.has(id));
  expect(drawnActive.length).toBeGreaterThanOrEqual(Math.min(wantActive.size, DRAW_LIMIT));
  const weakestDrawn = Math.min(...drawnActive.map((id) => counts.get(id)!));
  const strongestLeft = Math.max(0, ...want.activeActors.filter((id) => !drawn.includes(id)).map((id) => counts.get(id)!));
  expect(strongestLeft).toBeLessThanOrEqual(weakestDrawn);
  expect(await dossier.timeline.drawnEventIds()).toEqual(want.timelineIds);
}

test.describe('at scale: 10,000 synthetic events', () => {
  test.setTimeout(180_000);

  const openSynthetic = serveSynthetic('synth-e2e', body);

  test('every view agrees with the reference after place, actor and slider changes', async ({ dossier }) => {
    await openSynthetic(dossier);
    await expectViewsToShow(dossier, {});

    await dossier.map.place('place-3').dispatchEvent('click');
    await expectViewsToShow(dossier, { places: ['place-3'] });

    await dossier.map.place('place-0').dispatchEvent('click', { shiftKey: true });
    await dossier.network.actor('actor-1').dispatchEvent('click');
    await expectViewsToShow(dossier, { places: ['place-3', 'place-0'], actors: ['actor-1'] });

    await dossier.timeline.press('end', 'PageDown', 'PageDown');
    // Two weeks back from the last day any event covers (the URL follows the window).
    const to = isoFromDay(Math.max(...dataset.events.map((e) => eventInterval(e).end)) - 14);
    await expect.poll(() => dossier.urlParams().get('to')).toBe(to);
    await expectViewsToShow(dossier, { places: ['place-3', 'place-0'], actors: ['actor-1'], to });

    await dossier.clear();
    await expectViewsToShow(dossier, {});
  });
});
