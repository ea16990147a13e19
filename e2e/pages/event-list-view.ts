import type { Locator, Page } from '@playwright/test';

/** Page object for the event-list hook (CONTRACT §4): selectors here, actions only. */
export class EventListView {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('event-list');
  }
}
