import type { Locator, Page } from '@playwright/test';

/** Page object for the timeline-view hook (CONTRACT §4): selectors here, actions only. */
export class TimelineView {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('timeline-view');
  }
}
