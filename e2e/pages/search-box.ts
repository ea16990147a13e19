import type { Locator, Page } from '@playwright/test';

/** Page object for the search combobox (CONTRACT §4 `search`). */
export class SearchBox {
  readonly input: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('search');
  }
}
