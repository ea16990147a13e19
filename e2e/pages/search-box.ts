import type { Locator, Page } from '@playwright/test';

export type SearchKind = 'actor' | 'place' | 'event';

/** Page object for the search combobox (CONTRACT §4 `search`). */
export class SearchBox {
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  readonly noMatch: Locator;
  /** How many more events were found by their place than are listed. */
  readonly more: Locator;
  /** Said when a place or actor just chosen leaves no event under the other filters. */
  readonly conflict: Locator;
  /** Its button that clears the other filters, keeping the choice. */
  readonly conflictClear: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('search');
    this.listbox = page.locator('.search [role="listbox"]');
    this.options = this.listbox.getByRole('option');
    this.noMatch = page.locator('.search__empty');
    this.more = page.locator('.search__more');
    this.conflict = page.getByTestId('search-conflict');
    this.conflictClear = page.getByTestId('search-conflict-clear');
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

  /** The ids of the options of one kind, in order. */
  async optionIds(kind: SearchKind): Promise<string[]> {
    return this.listbox.locator(`[role="option"][data-kind="${kind}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  }

  async choose(kind: SearchKind, id: string): Promise<void> {
    await this.option(kind, id).click();
  }
}
