import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures/dossier';
import type { DetailsPanel } from '../pages/details-panel';

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

  test('draws one stack per bin and kind family, not one mark per event', async ({ dossier, request, baseURL }) => {
    const events = await loadEvents(request, baseURL);
    await dossier.open();
    const stacks = await dossier.timeline.drawnStacks();
    // Every event sits in exactly one stack, and stacks hold several: fewer marks than events.
    expect(stacks.reduce((n, s) => n + s.count, 0)).toBe(events.length);
    expect(stacks.length).toBeLessThan(events.length);
    expect(Math.max(...stacks.map((s) => s.count))).toBeGreaterThan(1);
    const monthOnly = events.filter((e) => e.date.length === 7 || e.endDate?.length === 7).length;
    expect(stacks.filter((s) => s.shape === 'band').reduce((n, s) => n + s.count, 0)).toBe(monthOnly);
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
    await expect.poll(() => dossier.urlParams().has('place')).toBe(false);
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

/** The dataset and its source texts as files on disk, to check quotes against what the articles say. */
interface DatasetFile {
  sources: { id: string; file: string; outlet: string }[];
  events: (EventRow & { evidence: { sourceId: string; quote: string }[] })[];
}
const repo = new URL('../../', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('data/dataset.json', repo), 'utf8')) as DatasetFile;
const sourceText = new Map(dataset.sources.map((s) => [s.id, readFileSync(new URL(s.file, repo), 'utf8')]));
const eventById = new Map(dataset.events.map((e) => [e.id, e]));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Day-dated events (not month-only) whose dates include `day`: what a day's bar holds. */
const datedOn = (day: string) => dataset.events.filter((e) => e.date.length === 10 && interval(e)[0] <= day && interval(e)[1] >= day);

/** The details show the event, and every `mark` in them sits in a paragraph and is one of its quotes, verbatim in the source. */
async function expectDetailsWithQuotesFromSource(details: DetailsPanel, eventId: string) {
  const event = eventById.get(eventId)!;
  await expect(details.root).toBeVisible();
  await expect(details.title).toHaveText(event.title.en);
  await expect(details.loading).toHaveCount(0);
  await expect(details.marks).not.toHaveCount(0);
  const marks = await details.marks.evaluateAll((ms) => ms.map((m) => ({ inParagraph: m.closest('p') !== null, text: m.textContent ?? '' })));
  const quotes = event.evidence.map((ev) => norm(ev.quote));
  for (const mark of marks) {
    expect(mark.inParagraph, `"${mark.text}" is inside a paragraph`).toBe(true);
    expect(quotes).toContain(norm(mark.text));
    const ev = event.evidence[quotes.indexOf(norm(mark.text))]!;
    expect(norm(sourceText.get(ev.sourceId)!)).toContain(norm(mark.text));
  }
  // Every quote is marked.
  expect(new Set(marks.map((m) => norm(m.text)))).toEqual(new Set(quotes));
}

test.describe('timeline: the bin card (event details from the timeline)', () => {
  test('a click on a day pins a card listing its events with a quote each; one opens its details', async ({ dossier }) => {
    const day = '2024-11-12';
    const dated = datedOn(day);
    expect(dated.length).toBeGreaterThan(1);
    await dossier.open();
    const { timeline } = dossier;
    await timeline.clickBin(day);
    await expect(timeline.card).toBeVisible();
    await expect(timeline.card).toHaveAttribute('role', 'dialog');
    await expect(timeline.cardHeading).toHaveText(`12 November 2024 · ${dated.length} events`);
    await expect(timeline.cardHeading).toBeFocused();
    await expect(timeline.card).toHaveAccessibleName(`12 November 2024 · ${dated.length} events`);
    expect((await timeline.cardEventIds()).sort()).toEqual(dated.map((e) => e.id).sort());
    // Each event with its first quote, in French, from its outlet.
    for (const event of dated) {
      const item = timeline.cardEvents.and(dossier.page.locator(`[data-card-event="${event.id}"]`));
      await expect(item.getByRole('button')).toContainText(event.title.en);
      await expect(item.locator('blockquote')).toHaveAttribute('lang', 'fr');
      await expect(item.locator('blockquote')).toHaveText(norm(event.evidence[0]!.quote));
      await expect(item.locator('figcaption')).toHaveText(`— ${dataset.sources.find((s) => s.id === event.evidence[0]!.sourceId)!.outlet}`);
    }
    // The click also narrowed the window to the day, as before.
    await expect.poll(() => `${dossier.urlParams().get('from')}..${dossier.urlParams().get('to')}`).toBe(`${day}..${day}`);

    const id = 'wang-yi-shoigu-security-consultations';
    await timeline.cardEventButton(id).click();
    await expectDetailsWithQuotesFromSource(dossier.details, id);
    await expect.poll(() => dossier.urlParams().get('event')).toBe(id);
    await expect(timeline.openEventMarker).toBeVisible();
    await expect(timeline.cardEventButton(id)).toHaveAttribute('aria-current', 'true');
    // Closing the details gives the focus back to the card's button.
    await dossier.details.close();
    await expect(timeline.cardEventButton(id)).toBeFocused();

    // A second click on the same day shows every date again and unpins the card.
    await timeline.clickBin(day);
    await expect(timeline.card).toHaveCount(0);
    await expect(timeline.windowLabel).toHaveText('All dates');
  });

  test('keyboard: E on a thumb lists the events at its date; Tab, Enter opens one; Escape closes the card only', async ({ dossier }) => {
    await dossier.open({ from: '2024-11-11' });
    const { timeline } = dossier;
    await timeline.press('start', 'ArrowRight');
    await expect(timeline.startThumb).toHaveAttribute('aria-valuetext', '12 November 2024');
    await expect(timeline.startThumb).toHaveAttribute('aria-keyshortcuts', 'E');
    await expect(timeline.startThumb).toHaveAccessibleDescription(/Press E to list these events/);

    await timeline.startThumb.press('e');
    await expect(timeline.cardHeading).toBeFocused();
    await expect(timeline.cardHeading).toHaveText(`12 November 2024 · ${datedOn('2024-11-12').length} events`);
    await expect(timeline.cardNote).toHaveCount(0);
    // E lists; it does not move the window.
    await expect(timeline.windowLabel).toHaveText('From 12 Nov 2024');

    const page = dossier.page;
    const firstId = (await timeline.cardEventIds())[0]!;
    await page.keyboard.press('Tab');
    await expect(timeline.cardCloseButton).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(timeline.cardEventButton(firstId)).toBeFocused();
    await page.keyboard.press('Enter');
    await expectDetailsWithQuotesFromSource(dossier.details, firstId);
    await expect.poll(() => dossier.urlParams().get('event')).toBe(firstId);

    // Escape closes the details, then the card; focus walks back to the thumb, the window and event stay.
    await page.keyboard.press('Escape');
    await expect(dossier.details.root).toHaveCount(0);
    await expect(timeline.cardEventButton(firstId)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(timeline.card).toHaveCount(0);
    await expect(timeline.startThumb).toBeFocused();
    await expect(timeline.windowLabel).toHaveText('From 12 Nov 2024');
    expect(dossier.urlParams().get('from')).toBe('2024-11-12');
  });

  test('E on a date without events lists the nearest bin, and says so', async ({ dossier }) => {
    await dossier.open({ from: '2023-06-01' });
    const { timeline } = dossier;
    await timeline.startThumb.focus();
    await expect(timeline.startThumb).toHaveAccessibleDescription('Press E to list the events nearest this date');
    await timeline.startThumb.press('E');
    await expect(timeline.cardNote).toHaveText('Nothing on 1 June 2023: the nearest events are listed.');
    await expect(timeline.cardHeading).toHaveText('12 May 2024 · 1 event');
    expect(await timeline.cardEventIds()).toEqual(datedOn('2024-05-12').map((e) => e.id));
  });

  test('Escape closes the card and keeps the window and the filters', async ({ dossier }) => {
    await dossier.open({ place: 'beijing' });
    const { timeline } = dossier;
    await timeline.clickBin('2024-11-12');
    await expect(timeline.card).toBeVisible();
    const count = await dossier.count.innerText();
    await dossier.page.keyboard.press('Escape');
    await expect(timeline.card).toHaveCount(0);
    await expect(timeline.windowLabel).toHaveText('12 Nov 2024 · 1 day');
    await expect(dossier.count).toHaveText(count);
    expect(dossier.urlParams().get('place')).toBe('beijing');
  });

  test('the June 2024 month band opens a card with June’s two month-only events', async ({ dossier }) => {
    const june = dataset.events.filter((e) => e.date === '2024-06');
    expect(june).toHaveLength(2);
    await dossier.open();
    const { timeline } = dossier;
    await timeline.clickBin('2024-06-01', 'month');
    await expect(timeline.cardHeading).toHaveText('June 2024 · month only · 2 events');
    expect((await timeline.cardEventIds()).sort()).toEqual(june.map((e) => e.id).sort());
    await expect(timeline.cardEvents.first()).toContainText('June 2024');
    await timeline.cardCloseButton.click();
    await expect(timeline.card).toHaveCount(0);
    // Closing keeps the month's window.
    await expect(timeline.windowLabel).toHaveText('1 Jun 2024 – 30 Jun 2024 · 30 days');
  });

  test('a day’s card leads on to the month-only events of its month', async ({ dossier }) => {
    const october = dataset.events.filter((e) => e.date === '2024-10');
    expect(october.length).toBeGreaterThan(0);
    await dossier.open();
    const { timeline } = dossier;
    await timeline.clickBin('2024-10-31');
    await expect(timeline.cardMonthButton).toHaveText(`Also dated only to October 2024: ${october.length} →`);
    await timeline.cardMonthButton.click();
    await expect(timeline.cardHeading).toBeFocused();
    await expect(timeline.cardHeading).toHaveText(`October 2024 · month only · ${october.length === 1 ? '1 event' : `${october.length} events`}`);
    expect((await timeline.cardEventIds()).sort()).toEqual(october.map((e) => e.id).sort());
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the open card has no serious axe violation (${theme})`, async ({ dossier, page }) => {
      await dossier.open({ theme });
      await dossier.timeline.clickBin('2024-11-12');
      await expect(dossier.timeline.card).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[data-testid="timeline-card"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }

  test('in the 960×540 embed the card rises above the panel, inside the viewport, without page scrollbars', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true });
    const { timeline } = dossier;
    await timeline.clickBin('2024-11-12');
    await expect(timeline.card).toBeInViewport({ ratio: 1 });
    const card = (await timeline.card.boundingBox())!;
    const view = (await timeline.root.boundingBox())!;
    expect(card.y + card.height).toBeLessThanOrEqual(view.y);
    const overflow = await page.evaluate(() => {
      const el = document.scrollingElement!;
      return el.scrollHeight - el.clientHeight + el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    // Five events with their quotes do not fit: the list scrolls inside the card, the heading stays.
    expect(await timeline.cardBody.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await timeline.cardEventButton('su-57-demonstration-flight-zhuhai').focus();
    await expect(timeline.cardEventButton('su-57-demonstration-flight-zhuhai')).toBeInViewport();
    await expect(timeline.cardHeading).toBeInViewport();
  });
});
