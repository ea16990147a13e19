import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';
import type { DetailsPanel } from '../pages/details-panel';

interface DatasetFile {
  sources: { id: string; file: string }[];
  events: { id: string; title: { en: string }; evidence: { sourceId: string; quote: string; translation?: { en?: string } }[] }[];
}
const root = new URL('../../', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('data/dataset.json', root), 'utf8')) as DatasetFile;
const sourceText = new Map(dataset.sources.map((s) => [s.id, readFileSync(new URL(s.file, root), 'utf8')]));
const eventById = new Map(dataset.events.map((e) => [e.id, e]));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The provenance promise (CONTRACT §4), checked against the files on disk: every quote of the open event
 * is inside a <mark> within a paragraph; the marked text is the quote; mark and paragraph are in the source.
 */
async function expectEveryQuoteMarkedInItsParagraph(details: DetailsPanel, eventId: string) {
  const event = eventById.get(eventId)!;
  await expect(details.title).toHaveText(event.title.en);
  await expect(details.readButtons).toHaveCount(event.evidence.length);
  await expect(details.loading).toHaveCount(0);
  const shown = await details.shownEvidence();
  expect(shown).toHaveLength(event.evidence.length);
  shown.forEach((block, i) => {
    const ev = event.evidence[i]!;
    const source = norm(sourceText.get(ev.sourceId)!);
    expect(block.sourceId).toBe(ev.sourceId);
    expect(block.warning).toBeNull();
    expect(block.marks.length).toBeGreaterThan(0);
    expect(norm(block.marks.join(' '))).toBe(norm(ev.quote));
    for (const [k, mark] of block.marks.entries()) {
      expect(source).toContain(norm(mark));
      const holder = block.holders[k]!;
      expect(holder.tag).toBe('P');
      expect(norm(holder.text)).toContain(norm(mark));
      expect(source).toContain(norm(holder.text));
    }
  });
}

test.describe('event details and provenance', () => {
  test('every quote of every event sits marked in its paragraph of the source, opened from the list', async ({ dossier }) => {
    test.setTimeout(90_000);
    await dossier.open();
    for (const event of dataset.events) {
      await dossier.list.open(event.id);
      await expectEveryQuoteMarkedInItsParagraph(dossier.details, event.id);
      // The panel covers the list's column (a drill-in): close it to reach the next row.
      await dossier.details.close();
    }
  });

  test('opens from ?event= in the URL, with date, how it was resolved, place, actors, kind and summary', async ({ dossier }) => {
    await dossier.open({ event: 'china-says-pyongyang-moscow-ties-not-its-concern' });
    await expectEveryQuoteMarkedInItsParagraph(dossier.details, 'china-says-pyongyang-moscow-ties-not-its-concern');
    await expect(dossier.details.root).toHaveAttribute('role', 'dialog');
    await expect(dossier.details.root).toHaveAccessibleName('China says Pyongyang–Moscow ties are not its concern');
    await expect(dossier.details.root).toContainText('1 November 2024 (exact day)');
    await expect(dossier.details.dateNote).toContainText('a déclaré vendredi');
    await expect(dossier.details.placeButton('Beijing')).toBeVisible();
    await expect(dossier.details.actorButton('lin-jian')).toHaveText('Lin Jian');
    await expect(dossier.details.root).toContainText('statement');
    await expect(dossier.details.root).toContainText('AFP, via a Swiss Tamedia title · 1 November 2024 · French');
    await expect(dossier.list.currentRow).toHaveAttribute('data-event-id', 'china-says-pyongyang-moscow-ties-not-its-concern');
  });

  test('opens from a tie in the network, and gives the focus back to it on close', async ({ dossier }) => {
    await dossier.open();
    await dossier.network.clickTie('wang-yi', 'sergei-shoigu');
    const fromTie = dossier.network.tieEvents.and(dossier.page.locator('[data-tie-event="shoigu-urges-countering-us-containment"]')).getByRole('button');
    await fromTie.click();
    await expectEveryQuoteMarkedInItsParagraph(dossier.details, 'shoigu-urges-countering-us-containment');
    await expect.poll(() => dossier.urlParams().get('event')).toBe('shoigu-urges-countering-us-containment');
    await dossier.details.close();
    await expect(fromTie).toBeFocused();
  });

  test('opens beside a place chosen on the map (through the URL), and a month-only date says so', async ({ dossier }) => {
    await dossier.open({ place: 'pyongyang', event: 'putin-visits-pyongyang' });
    await expectEveryQuoteMarkedInItsParagraph(dossier.details, 'putin-visits-pyongyang');
    await expect(dossier.details.root).toContainText('June 2024 (month only)');
  });

  test('its actor and place buttons select them in the views', async ({ dossier }) => {
    await dossier.open({ event: 'wang-yi-shoigu-security-consultations' });
    const shoigu = dossier.details.actorButton('sergei-shoigu');
    await expect(shoigu).toHaveAttribute('aria-pressed', 'false');
    await shoigu.click();
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('sergei-shoigu');
    await expect(shoigu).toHaveAttribute('aria-pressed', 'true');
    await dossier.details.actorButton('wang-yi').click({ modifiers: ['Shift'] });
    await expect.poll(() => dossier.urlParams().get('actor')).toBe('sergei-shoigu,wang-yi');
    await dossier.details.placeButton('Beijing').click();
    await expect.poll(() => dossier.urlParams().get('place')).toBe('beijing');
    // Selecting narrows the other views; the open event stays open.
    expect(dossier.urlParams().get('event')).toBe('wang-yi-shoigu-security-consultations');
    await expect(dossier.details.root).toBeVisible();
  });

  test('in English each quote stays French with its translation beside it; in French, no translation', async ({ dossier }) => {
    const id = 'kim-jong-un-ratifies-treaty';
    const event = eventById.get(id)!;
    await dossier.open({ event: id, lang: 'en' });
    await expect(dossier.details.translations).toHaveCount(event.evidence.length);
    for (const [i, ev] of event.evidence.entries()) {
      await expect(dossier.details.translations.nth(i)).toContainText(ev.translation!.en!);
      await expect(dossier.details.translations.nth(i)).toContainText('Translation');
      await expect(dossier.details.evidence.nth(i).locator('p[lang="fr"]')).toContainText(norm(ev.quote).slice(0, 30));
    }
    await dossier.open({ event: id, lang: 'fr' });
    await expect(dossier.details.readButtons).toHaveCount(event.evidence.length);
    await expect(dossier.details.translations).toHaveCount(0);
    await expect(dossier.details.marks.first()).toHaveText(norm(event.evidence[0]!.quote));
  });

  test('"Read the whole article" shows the full source with the quotes marked, and Back returns', async ({ dossier }) => {
    const id = 'china-says-pyongyang-moscow-ties-not-its-concern';
    const event = eventById.get(id)!;
    await dossier.open({ event: id });
    await dossier.details.readArticle(0);
    await expect(dossier.details.reader).toBeVisible();
    const text = sourceText.get(event.evidence[0]!.sourceId)!;
    const lines = text.split('\n').map(norm).filter(Boolean);
    await expect(dossier.details.readerParagraphs).toHaveCount(lines.length);
    await expect(dossier.details.readerParagraphs.first()).toHaveText(lines[0]!);
    await expect(dossier.details.readerParagraphs.last()).toHaveText(lines.at(-1)!);
    // Every quote of this event from this source is marked in the reader.
    const fromThisSource = event.evidence.filter((e) => e.sourceId === event.evidence[0]!.sourceId);
    const marked = norm((await dossier.details.reader.locator('mark').allTextContents()).join(' '));
    for (const ev of fromThisSource) expect(marked).toContain(norm(ev.quote));
    await dossier.details.readerBack.click();
    await expect(dossier.details.reader).toHaveCount(0);
    await expect(dossier.details.readButtons.first()).toBeFocused();
  });

  test('Escape inside closes the details and keeps the filters', async ({ dossier, page }) => {
    await dossier.open({ place: 'beijing', actor: 'wang-yi' });
    await dossier.list.open('wang-yi-shoigu-security-consultations');
    await expect(dossier.details.title).toBeFocused();
    await dossier.details.actorButton('china').focus();
    await page.keyboard.press('Escape');
    await expect(dossier.details.root).toHaveCount(0);
    await expect.poll(() => dossier.urlParams().get('event')).toBeNull();
    expect(dossier.urlParams().get('place')).toBe('beijing');
    expect(dossier.urlParams().get('actor')).toBe('wang-yi');
    await expect(dossier.list.row('wang-yi-shoigu-security-consultations')).toBeFocused();
    // Outside the panel, Escape is the global "clear filters" again.
    await page.keyboard.press('Escape');
    await expect.poll(() => dossier.urlParams().get('place')).toBeNull();
  });
});
