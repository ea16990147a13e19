import type { Locator, Page } from '@playwright/test';

export type ThumbName = 'start' | 'end';

/** One histogram bin as drawn: its first day, whether it holds dated events or a month's month-only ones, and how many. */
export interface DrawnBin {
  start: string;
  kind: 'bin' | 'month';
  count: number;
}

/**
 * Page object for the timeline view (CONTRACT §4: two `[role="slider"]` thumbs, `play`). Selectors live
 * here; actions and readers only, no assertions.
 */
export class TimelineView {
  readonly root: Locator;
  readonly sliders: Locator;
  readonly startThumb: Locator;
  readonly endThumb: Locator;
  readonly playButton: Locator;
  /** The window in words ("12 Nov 2024 – 5 Dec 2024 · 24 days", "All dates"). */
  readonly windowLabel: Locator;
  readonly showAllButton: Locator;
  readonly legend: Locator;
  readonly tooltip: Locator;
  readonly tickLabels: Locator;
  readonly chart: Locator;
  readonly bins: Locator;
  readonly openEventMarker: Locator;
  readonly emptyMessage: Locator;
  readonly emptyClearButton: Locator;
  /** The bin card: a bin's events, pinned above the timeline (opened by a click on a bin, or E on a thumb). */
  readonly card: Locator;
  readonly cardHeading: Locator;
  readonly cardCloseButton: Locator;
  /** In a dated bin's card: switches to the month-only events of the month under it. */
  readonly cardMonthButton: Locator;
  /** The card's scrolling part (everything under the heading). */
  readonly cardBody: Locator;
  /** One item per event listed: date, title (a button opening the details) and first quote. */
  readonly cardEvents: Locator;
  readonly cardQuotes: Locator;
  /** Says the thumb's date held no events and the nearest ones are listed instead. */
  readonly cardNote: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('timeline-view');
    this.sliders = this.root.getByRole('slider');
    this.startThumb = this.sliders.nth(0);
    this.endThumb = this.sliders.nth(1);
    this.playButton = this.root.getByTestId('play');
    this.windowLabel = this.root.getByTestId('timeline-window-label');
    this.showAllButton = this.root.getByRole('button', { name: /^(Show all dates|Afficher toutes les dates)$/ });
    this.legend = this.root.getByRole('list', { name: /^(Event kinds|Types d’événements)$/ });
    this.tooltip = this.root.getByTestId('timeline-tooltip');
    this.tickLabels = this.root.locator('.timeline__tick-label');
    this.chart = this.root.locator('.timeline__chart');
    this.bins = this.root.locator('[data-bin-kind]');
    this.openEventMarker = this.root.getByTestId('timeline-open-event');
    this.emptyMessage = this.root.locator('.timeline__empty p');
    this.emptyClearButton = this.root.locator('.timeline__empty').getByRole('button');
    this.card = this.root.getByTestId('timeline-card');
    this.cardHeading = this.card.getByRole('heading');
    this.cardCloseButton = this.card.getByTestId('card-close');
    this.cardBody = this.card.locator('.timeline__card-body');
    this.cardMonthButton = this.card.getByRole('button', { name: /^(Also dated only to|Aussi, datés seulement de)/ });
    this.cardEvents = this.card.locator('[data-card-event]');
    this.cardQuotes = this.cardEvents.locator('blockquote');
    this.cardNote = this.card.getByTestId('timeline-card-note');
  }

  thumb(which: ThumbName): Locator {
    return which === 'start' ? this.startThumb : this.endThumb;
  }

  /** The hit area of the bin starting on `isoDay` (a dated-events bin, or a month's month-only band). */
  bin(isoDay: string, kind: 'bin' | 'month' = 'bin'): Locator {
    return this.root.locator(`[data-bin-kind="${kind}"][data-bin-start="${isoDay}"]`);
  }

  /** The drawn month-only bands: one per month (or run of months) and kind family, `data-count` events high. */
  monthBands(): Locator {
    return this.root.locator('[data-precision="month"]');
  }

  /** The button opening an event's details from the bin card. */
  cardEventButton(eventId: string): Locator {
    return this.card.locator(`[data-card-event="${eventId}"]`).getByRole('button');
  }

  /** The ids of the events the bin card lists, in order. */
  async cardEventIds(): Promise<string[]> {
    return this.cardEvents.evaluateAll((els) => els.map((e) => e.getAttribute('data-card-event') ?? ''));
  }

  async valueText(which: ThumbName): Promise<string | null> {
    return this.thumb(which).getAttribute('aria-valuetext');
  }

  /** Focuses a thumb and presses keys on it, in order. */
  async press(which: ThumbName, ...keys: string[]): Promise<void> {
    await this.thumb(which).focus();
    for (const key of keys) await this.thumb(which).press(key);
  }

  async hoverBin(isoDay: string, kind: 'bin' | 'month' = 'bin'): Promise<void> {
    await this.bin(isoDay, kind).hover();
  }

  async clickBin(isoDay: string, kind: 'bin' | 'month' = 'bin'): Promise<void> {
    await this.bin(isoDay, kind).click();
  }

  /** Every drawn bin, left to right: what the histogram shows. */
  async drawnBins(): Promise<DrawnBin[]> {
    return this.bins.evaluateAll((els) =>
      els
        .map((e) => ({ start: e.getAttribute('data-bin-start') ?? '', kind: e.getAttribute('data-bin-kind') as 'bin' | 'month', count: Number(e.getAttribute('data-count')) }))
        .sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind)),
    );
  }

  /** The drawn stacks (bars, spans and month-only bands, not the faded ones behind): shape and events held. */
  async drawnStacks(): Promise<{ shape: string; count: number }[]> {
    return this.root.locator('.timeline__block, rect[data-precision="month"]').evaluateAll((els) =>
      els.map((e) => ({ shape: e.getAttribute('data-shape') ?? 'band', count: Number(e.getAttribute('data-count')) })),
    );
  }

  /** The ids of every event the histogram draws (a range or a month-only event counts once); bins over 200 events name none. */
  async drawnEventIds(): Promise<string[]> {
    const lists = await this.bins.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-ids') ?? ''));
    return [...new Set(lists.flatMap((l) => l.split(' ').filter(Boolean)))].sort();
  }

  /** Drags with the mouse from the centre of `target` by `dx` pixels, in a few steps. */
  private async dragBy(target: Locator, dx: number): Promise<void> {
    const box = await target.boundingBox();
    if (!box) throw new Error('nothing to drag');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y, { steps: 4 });
    await this.page.mouse.move(x + dx, y, { steps: 4 });
    await this.page.mouse.up();
  }

  async dragThumb(which: ThumbName, dx: number): Promise<void> {
    await this.dragBy(this.thumb(which), dx);
  }

  /** Drags the band between the thumbs (the window itself). */
  async dragWindow(dx: number): Promise<void> {
    await this.dragBy(this.root.locator('.timeline__window-band'), dx);
  }
}
