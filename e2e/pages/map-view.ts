import type { Locator, Page } from '@playwright/test';

/** Page object for the map-view hook (CONTRACT §4): selectors here, actions only. */
export class MapView {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('map-view');
  }
}
