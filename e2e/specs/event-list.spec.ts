import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';

interface DatasetFile {
  events: { id: string; date: string; endDate?: string }[];
}
const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as DatasetFile;

test.describe('event list', () => {
  test('lists every event passing the filters, by date, each with its date, title, place, actors and kind', async ({ dossier }) => {
    await dossier.open();
    await expect(dossier.list.rows).toHaveCount(dataset.events.length);
    expect(await dossier.eventCount()).toBe(dataset.events.length);
    const ids = await dossier.list.ids();
    expect([...ids].sort()).toEqual(dataset.events.map((e) => e.id).sort());
    // By start, then end: a month-only date spans its month ("2024-11" = 1–30 Nov), so it comes after the
    // single days of 1 Nov. ISO strings compare as dates; "-31" is past any day of a month.
    const span = (id: string) => {
      const e = dataset.events.find((x) => x.id === id)!;
      const end = e.endDate ?? e.date;
      return `${e.date.length === 7 ? `${e.date}-01` : e.date} ${end.length === 7 ? `${end}-31` : end}`;
    };
    const spans = ids.map(span);
    expect(spans).toEqual([...spans].sort());

    const malta = dossier.list.row('lavrov-arrives-in-malta');
    await expect(malta).toContainText('4 Dec 2024');
    await expect(malta).toContainText('Lavrov lands in Malta');
    await expect(malta).toContainText('Valletta');
    await expect(malta).toContainText('Sergei Lavrov, TASS +2');
    await expect(malta).toContainText('visit');
    await expect(dossier.list.row('putin-visits-pyongyang')).toContainText('June 2024 · month only');
  });

  test('follows the filters: a place shows only its events, and the count agrees', async ({ dossier }) => {
    await dossier.open({ place: 'valletta' });
    await expect(dossier.list.rows).toHaveCount(2);
    expect(await dossier.list.ids()).toEqual(['lavrov-arrives-in-malta', 'osce-ministerial-council-valletta']);
    await expect(dossier.count).toHaveText('2');
  });

  test('clicking a row opens its details, marks the row and puts the event in the URL', async ({ dossier }) => {
    await dossier.open();
    await dossier.list.open('kim-jong-un-ratifies-treaty');
    await expect(dossier.details.root).toBeVisible();
    await expect(dossier.details.title).toHaveText('Kim Jong Un ratifies defence treaty by decree');
    await expect.poll(() => dossier.urlParams().get('event')).toBe('kim-jong-un-ratifies-treaty');
    await expect(dossier.list.currentRow).toHaveCount(1);
    await expect(dossier.list.currentRow).toHaveAttribute('data-event-id', 'kim-jong-un-ratifies-treaty');
    // Focus went into the panel; closing brings it back to the row that opened it.
    await expect(dossier.details.title).toBeFocused();
    await dossier.details.close();
    await expect(dossier.details.root).toHaveCount(0);
    await expect(dossier.list.row('kim-jong-un-ratifies-treaty')).toBeFocused();
    await expect.poll(() => dossier.urlParams().get('event')).toBeNull();
    await expect(dossier.list.currentRow).toHaveCount(0);
  });

  test('is one tab stop, walked with the arrow keys, Home and End; Enter opens the focused event', async ({ dossier, page }) => {
    await dossier.open();
    const ids = await dossier.list.ids();
    await expect(dossier.list.tabbableRows).toHaveCount(1);
    await dossier.list.focus(ids[0]!);
    await page.keyboard.press('ArrowDown');
    await expect(dossier.list.row(ids[1]!)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(dossier.list.row(ids[1]!)).toBeFocused();
    await page.keyboard.press('End');
    await expect(dossier.list.row(ids.at(-1)!)).toBeFocused();
    await expect(dossier.list.row(ids.at(-1)!)).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(dossier.list.row(ids[0]!)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dossier.list.tabbableRows).toHaveAttribute('data-event-id', ids[1]!);
    await page.keyboard.press('Enter');
    await expect.poll(() => dossier.urlParams().get('event')).toBe(ids[1]);
    await expect(dossier.details.root).toBeVisible();
  });

  test('says so when no event passes, says what is filtering, and its button clears everything', async ({ dossier }) => {
    await dossier.open({ from: '2023-01-01', to: '2023-01-31', actor: 'sergei-lavrov' });
    await expect(dossier.list.rows).toHaveCount(0);
    await expect(dossier.count).toHaveText('0');
    await expect(dossier.list.emptyMessage).toHaveText('No event matches these filters');
    await expect(dossier.list.emptyHint).toContainText('Jan 2023');
    await expect(dossier.list.emptyHint).toContainText('Actor: Sergei Lavrov');
    await dossier.list.emptyClearButton.click();
    await expect(dossier.list.rows).toHaveCount(dataset.events.length);
    await expect.poll(() => dossier.urlParams().get('from')).toBeNull();
    expect(dossier.urlParams().get('actor')).toBeNull();
  });

  test('with more than 200 events renders only the rows in view, and still reaches every one', async ({ dossier, page }) => {
    const n = 600;
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const big = {
      schemaVersion: 1,
      title: { en: 'Many events', fr: 'Beaucoup d’événements' },
      sources: [{ id: 's1', title: 'T', outlet: 'O', language: 'fr', published: null, text: 'Un texte.' }],
      places: [{ id: 'here', name: { en: 'Here', fr: 'Ici' }, country: 'FR', lon: 2, lat: 48 }],
      actors: [{ id: 'someone', name: { en: 'Someone', fr: 'Quelqu’un' }, type: 'person', aliases: [], role: { en: 'r', fr: 'r' } }],
      events: Array.from({ length: n }, (_, i) => ({
        id: `event-${i}`, date: day(i), placeId: 'here', actorIds: ['someone'], kind: 'meeting',
        title: { en: `Event number ${i}`, fr: `Événement ${i}` }, summary: { en: 's', fr: 's' },
        evidence: [{ sourceId: 's1', quote: 'Un texte.' }],
      })),
    };
    await page.route('**/big.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
    await dossier.open({ data: 'big.json' });
    await expect(dossier.count).toHaveText(/600/);
    const rendered = await dossier.list.rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    await dossier.list.focus('event-0');
    await page.keyboard.press('End');
    await expect(dossier.list.row(`event-${n - 1}`)).toBeFocused();
    await expect(dossier.list.row(`event-${n - 1}`)).toBeInViewport();
    await expect(dossier.list.row('event-0')).toHaveCount(0);
    await page.keyboard.press('Home');
    await expect(dossier.list.row('event-0')).toBeFocused();
    await dossier.list.scrollToBottom();
    await expect(dossier.list.row(`event-${n - 1}`)).toBeInViewport();
  });
});
