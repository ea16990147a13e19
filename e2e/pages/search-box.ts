import type { Locator, Page } from '@playwright/test';

export type SearchKind = 'actor' | 'place' | 'event';

/** Page object for the search combobox (CONTRACT §4 `search`). */
export class SearchBox {
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('search');
    this.listbox = page.locator('.search [role="listbox"]');
    this.options = this.listbox.getByRole('option');
    this.noMatch = page.locator('.search__empty');
  }

  option(kind: SearchKind, id: string): Locator {
    return this.listbox.locator(`[role="option"][data-kind="${kind}"][data-id="${id}"]`);
  }

  /** Replaces the text at once (fast, for many queries). */
  async fill(text: string): Promise<void> {
    await this.input.fill(text);
  }

  /** Types the text key by key, as a person would. */
  async type(text: string): Promise<void> {
    await this.input.fill('');
    await this.input.pressSequentially(text);
  }

  async press(key: string): Promise<void> {
    await this.input.press(key);
  }

  async choose(kind: SearchKind, id: string): Promise<void> {
    await this.option(kind, id).click();
  }
}
