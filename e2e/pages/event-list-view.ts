import type { Locator, Page } from '@playwright/test';

/** Page object for the event-list hook (CONTRACT §4): selectors here, actions only. */
export class EventListView {
  readonly root: Locator;
  /** One per event passing all filters (only the rows in view when the list is windowed). */
  readonly rows: Locator;
  /** The open event's row. */
  readonly currentRow: Locator;
  /** The rows a Tab key would reach: exactly one with a roving tabindex. */
  readonly tabbableRows: Locator;
  readonly emptyMessage: Locator;
  readonly emptyHint: Locator;
  readonly emptyClearButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('event-list');
    this.rows = this.root.locator('[data-event-id]');
    this.currentRow = this.root.locator('[data-event-id][aria-current="true"]');
    this.tabbableRows = this.root.locator('[data-event-id][tabindex="0"]');
    this.emptyMessage = this.root.locator('.event-list-empty__title');
    this.emptyHint = this.root.locator('.event-list-empty__hint');
    this.emptyClearButton = this.root.getByRole('button', { name: /^(Clear filters|Effacer les filtres)$/ });
  }

  row(eventId: string): Locator {
    return this.root.locator(`[data-event-id="${eventId}"]`);
  }

  /** The ids of the rendered rows, in list order. */
  async ids(): Promise<string[]> {
    return this.rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
  }

  async open(eventId: string): Promise<void> {
    await this.row(eventId).click();
  }

  /** Focuses a row as Tab would, without opening it. */
  async focus(eventId: string): Promise<void> {
    await this.row(eventId).focus();
  }

  async scrollToBottom(): Promise<void> {
    await this.root.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  }
}
