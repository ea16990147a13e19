import type { Locator, Page } from '@playwright/test';

/** Page object for the network-view hook (CONTRACT §4): selectors here, actions only. */
export class NetworkView {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('network-view');
  }
}
