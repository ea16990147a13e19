import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures/dossier';

/** Just what these tests need of the bundled dataset, read the way a user's browser gets it. */
interface EventRow {
  id: string;
  date: string;
  endDate?: string;
  placeId: string;
  actorIds: string[];
  title: { en: string; fr: string };
}

async function loadEvents(request: APIRequestContext, baseURL: string | undefined): Promise<EventRow[]> {
  const res = await request.get(new URL('data/dataset.json', baseURL).href);
  return ((await res.json()) as { events: EventRow[] }).events;
}

/** An event's interval as CONTRACT §1 defines it: a month-only date covers its whole month. */
function interval(e: EventRow): [string, string] {
  const monthEnd = (m: string) => {
    const [y, mo] = m.split('-').map(Number);
    return new Date(Date.UTC(y!, mo!, 0)).toISOString().slice(0, 10);
  };
  const first = e.date.length === 7 ? `${e.date}-01` : e.date;
  const last = e.endDate ?? e.date;
  return [first, last.length === 7 ? monthEnd(last) : last];
}

const overlapping = (events: EventRow[], from: string, to: string) =>
  events.filter((e) => {
    const [a, b] = interval(e);
    return a <= to && b >= from;
  });

test.describe('timeline: the window slider', () => {
  test('has two sliders whose values are dates in words, over the whole dataset by default', async ({ dossier }) => {
    await dossier.open();
    const { timeline } = dossier;
    await expect(timeline.sliders).toHaveCount(2);
    await expect(timeline.startThumb).toHaveAccessibleName('Start of window');
    await expect(timeline.endThumb).toHaveAccessibleName('End of window');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '1 February 2022');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '6 December 2024');
    await expect(timeline.windowLabel).toHaveText('All dates');
  });

  test('keyboard: arrows move a day, PageUp a week, Home and End go to the ends, thumbs never cross', async ({ dossier }) => {
    await dossier.open();
    const { timeline } = dossier;
    await timeline.press('start', 'Home', 'ArrowRight');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '2 February 2022');
    await timeline.press('start', 'PageUp');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '9 February 2022');
    await timeline.press('start', 'ArrowLeft');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '8 February 2022');
    await expect.poll(() => dossier.urlParams().get('from')).toBe('2022-02-08');

    await timeline.press('end', 'ArrowLeft');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '5 December 2024');
    await expect.poll(() => dossier.urlParams().get('to')).toBe('2024-12-05');
    await timeline.press('end', 'End');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '6 December 2024');
    // A thumb back on the domain's end means "unbounded": the URL stays clean.
    await expect.poll(() => dossier.urlParams().has('to')).toBe(false);

    await timeline.press('end', 'Home');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '8 February 2022');
    await timeline.press('start', 'End');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '8 February 2022');
  });

  test('a window set with the keyboard filters the list, the count, the map and the network', async ({ dossier, request, baseURL }) => {
    const events = await loadEvents(request, baseURL);
    await dossier.open({ from: '2024-11-18', to: '2024-11-29' });
    const { timeline } = dossier;
    await timeline.press('start', 'PageUp');
    await timeline.press('end', 'PageUp', 'ArrowLeft');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '25 November 2024');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '5 December 2024');
    await expect(timeline.windowLabel).toHaveText('25 Nov 2024 – 5 Dec 2024 · 11 days');
    await expect.poll(() => `${dossier.urlParams().get('from')}..${dossier.urlParams().get('to')}`).toBe('2024-11-25..2024-12-05');

    const expected = overlapping(events, '2024-11-25', '2024-12-05');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(events.length);
    await expect(dossier.count).toHaveText(String(expected.length));
    await expect(dossier.list.rows).toHaveCount(expected.length);
    expect((await dossier.list.ids()).sort()).toEqual(expected.map((e) => e.id).sort());

    await expect(dossier.map.place('zhuhai')).toHaveAttribute('data-active', 'false');
    await expect(dossier.map.place('valletta')).not.toHaveAttribute('data-active', 'false');
    await expect(dossier.network.actor('wang-yi')).toHaveAttribute('data-active', 'false');
    await expect(dossier.network.actor('sergei-lavrov')).not.toHaveAttribute('data-active', 'false');
  });

  test('the histogram ignores its own window but follows the places picked', async ({ dossier, request, baseURL }) => {
    const events = await loadEvents(request, baseURL);
    await dossier.open();
    const { timeline } = dossier;
    const before = await timeline.drawnBins();
    expect(before.length).toBeGreaterThan(5);

    await timeline.press('start', 'End', 'PageDown', 'PageDown');
    await expect(timeline.windowLabel).not.toHaveText('All dates');
    expect(await timeline.drawnBins()).toEqual(before);

    await dossier.map.clickPlace('pyongyang');
    await expect.poll(() => timeline.drawnBins()).not.toEqual(before);
    const days = new Set(events.filter((e) => e.placeId === 'pyongyang').map((e) => interval(e)[0]));
    const after = await timeline.drawnBins();
    // Every bar left stands on a Pyongyang event's day (or month, for month-only ones).
    for (const bin of after) expect(days.has(bin.start), `${bin.start} is a Pyongyang date`).toBe(true);
  });

  test('a window in the URL restores the thumbs, also after a reload', async ({ dossier, page }) => {
    await dossier.open({ from: '2024-11-01', to: '2024-11-15' });
    const { timeline } = dossier;
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '1 November 2024');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '15 November 2024');
    await expect(timeline.windowLabel).toHaveText('1 Nov 2024 – 15 Nov 2024 · 15 days');
    await page.reload();
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '1 November 2024');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '15 November 2024');
  });

  test('dragging a thumb moves that edge; dragging the window moves it whole', async ({ dossier }) => {
    await dossier.open({ from: '2024-11-11', to: '2024-11-17' });
    const { timeline } = dossier;
    await timeline.dragThumb('end', 60);
    await expect(timeline.endThumb).not.toHaveAttribute('aria-valuetext', '17 November 2024');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '11 November 2024');
    await expect.poll(() => dossier.urlParams().get('to')).not.toBe('2024-11-17');

    const label = (await timeline.windowLabel.innerText()).split('·')[1]!.trim();
    await timeline.dragWindow(-80);
    await expect(timeline.startThumb).not.toHaveAttribute('aria-valuetext', '11 November 2024');
    // Same width in days, different dates.
    await expect(timeline.windowLabel).toContainText(`· ${label}`);
  });

  test('Play slides the window through time and Pause stops it where it is', async ({ dossier, page }) => {
    await dossier.open();
    const { timeline } = dossier;
    // Fake timers, paused: each step happens only when the test moves time on.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await timeline.playButton.click();
    await expect(timeline.playButton).toHaveAttribute('aria-pressed', 'true');
    await expect(timeline.playButton).toHaveAccessibleName('Pause');
    // Unbounded: playback starts with a week at the start of the data.
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '7 February 2022');
    await page.clock.runFor(1_300);
    await expect(timeline.startThumb).not.toHaveAttribute('aria-valuetext', '1 February 2022');

    await timeline.playButton.click();
    await expect(timeline.playButton).toHaveAttribute('aria-pressed', 'false');
    await expect(timeline.playButton).toHaveAccessibleName('Play');
    const paused = await timeline.valueText('start');
    await page.clock.runFor(3_000);
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', paused!);
    await expect(timeline.windowLabel).toContainText('7 days');
  });

  test('Play carries on from a paused window and stops by itself at the end', async ({ dossier, page }) => {
    await dossier.open({ from: '2024-11-20', to: '2024-11-26' });
    const { timeline } = dossier;
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await timeline.playButton.click();
    await page.clock.runFor(400);
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '21 November 2024');
    await page.clock.runFor(20_000);
    await expect(timeline.playButton).toHaveAttribute('aria-pressed', 'false');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '6 December 2024');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '30 November 2024');
  });
});

test.describe('timeline: the histogram', () => {
  test('hovering a day shows its count and top events; clicking it shows only that day, again shows all', async ({ dossier, request, baseURL }) => {
    const events = await loadEvents(request, baseURL);
    const day = '2024-11-12';
    const dated = events.filter((e) => e.date.length === 10 && interval(e)[0] <= day && interval(e)[1] >= day);
    await dossier.open();
    const { timeline } = dossier;
    await timeline.hoverBin(day);
    await expect(timeline.tooltip).toContainText(`12 November 2024 · ${dated.length} events`);
    const shown = await timeline.tooltip.locator('li').allInnerTexts();
    expect(shown).toHaveLength(Math.min(3, dated.length));
    for (const title of shown) expect(dated.map((e) => e.title.en)).toContain(title.trim());

    await timeline.clickBin(day);
    await expect.poll(() => `${dossier.urlParams().get('from')}..${dossier.urlParams().get('to')}`).toBe(`${day}..${day}`);
    await expect(dossier.count).toHaveText(String(overlapping(events, day, day).length));
    await timeline.clickBin(day);
    await expect(timeline.windowLabel).toHaveText('All dates');
    await expect(dossier.count).toHaveText(String(events.length));
  });

  test('month-only events are drawn as a band across their month, named "month only"', async ({ dossier }) => {
    await dossier.open();
    const { timeline } = dossier;
    const band = timeline.bin('2024-06-01', 'month');
    const day = timeline.bin('2024-11-12');
    const [bandBox, dayBox] = [await band.boundingBox(), await day.boundingBox()];
    // A month is drawn as a band many days wide (thirty days, at a third of the scale on a stretch where
    // only months are known): nothing pins the event to one day.
    expect(bandBox!.width).toBeGreaterThan(dayBox!.width * 6);
    await timeline.hoverBin('2024-06-01', 'month');
    await expect(timeline.tooltip).toContainText('June 2024 · month only · 2 events');
    await expect(timeline.legend).toContainText('month only');
  });

  test('the legend names the four kind families, and the open event is marked', async ({ dossier }) => {
    await dossier.open({ event: 'lavrov-arrives-in-malta' });
    const { timeline } = dossier;
    await expect(timeline.legend.getByRole('listitem')).toHaveText(['Meetings & visits', 'Treaty & appointments', 'Statements & reports', 'Military', 'month only']);
    await expect(timeline.openEventMarker).toBeVisible();
  });

  test('says so when no event matches the places and actors, and can clear them', async ({ dossier }) => {
    await dossier.open({ place: 'zhuhai', actor: 'kim-jong-un' });
    const { timeline } = dossier;
    await expect(timeline.emptyMessage).toHaveText('No events for the selected places and actors');
    await expect(timeline.bins).toHaveCount(0);
    await timeline.emptyClearButton.click();
    await expect(timeline.emptyMessage).toHaveCount(0);
    await expect(timeline.bins.first()).toBeAttached();
    expect(dossier.urlParams().has('place')).toBe(false);
  });

  test('speaks French: dates, ticks, legend and window', async ({ dossier }) => {
    await dossier.open({ lang: 'fr', from: '2024-11-12', to: '2024-12-05' });
    const { timeline } = dossier;
    await expect(timeline.startThumb).toHaveAccessibleName('Début de la période');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '12 novembre 2024');
    await expect(timeline.endThumb).toHaveAttribute('aria-valuetext', '5 décembre 2024');
    await expect(timeline.windowLabel).toHaveText('12 nov. 2024 – 5 déc. 2024 · 24 jours');
    await expect(timeline.tickLabels.filter({ hasText: /^nov\.|^\d+ nov\./ }).first()).toBeVisible();
    await expect(timeline.legend).toContainText('Rencontres et visites');
    await expect(timeline.playButton).toHaveAccessibleName('Lecture');
  });

  test('fits the 960×540 embed: nothing scrolls, tick labels do not overlap', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true });
    const { timeline } = dossier;
    const overflow = await timeline.root.evaluate((el) => el.scrollHeight - el.clientHeight + el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const root = (await timeline.root.boundingBox())!;
    const boxes = [];
    for (const label of await timeline.tickLabels.all()) boxes.push((await label.boundingBox())!);
    expect(boxes.length).toBeGreaterThan(3);
    boxes.sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(root.x);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(root.x + root.width);
      if (i > 0) expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
    }
    await expect(timeline.legend.getByRole('listitem')).toHaveCount(5);
    for (const item of await timeline.legend.getByRole('listitem').all()) await expect(item).toBeInViewport({ ratio: 1 });
  });
});
