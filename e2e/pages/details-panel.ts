import type { Locator, Page } from '@playwright/test';

/** Page object for the event details panel (CONTRACT §4 `event-details`). */
export class DetailsPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('event-details');
  }
}
