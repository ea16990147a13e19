import type { Locator, Page } from '@playwright/test';

/** The authoring workspace (`?author=1`): selectors in one place, actions and readers only. */
export class AuthorPage {
  readonly root: Locator;
  readonly article: Locator;
  readonly form: Locator;
  readonly draftEvents: Locator;
  readonly views: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('author-workspace');
    this.article = page.getByTestId('author-article');
    this.form = page.getByTestId('author-event-form');
    this.draftEvents = page.locator('[data-draft-event-id]');
    this.views = page.getByTestId('author-views');
  }

  async open(query = '') {
    await this.page.goto(`./?author=1${query ? `&${query}` : ''}`);
    await this.root.and(this.page.locator('[data-ready="true"]')).waitFor();
  }

  async addSource(s: { title: string; outlet?: string; language?: 'fr' | 'en'; published?: string; text: string }) {
    const p = this.page;
    await p.getByTestId('author-source-title').fill(s.title);
    if (s.outlet) await p.getByTestId('author-source-outlet').fill(s.outlet);
    if (s.language) await p.getByTestId('author-source-language').selectOption(s.language);
    if (s.published) await p.getByTestId('author-source-published').fill(s.published);
    await p.getByTestId('author-source-text').fill(s.text);
    await p.getByTestId('author-source-add').click();
  }

  sentence(text: string): Locator {
    return this.article.locator('[data-sentence-index]', { hasText: text }).first();
  }

  async chooseSentence(text: string) {
    await this.sentence(text).click();
    await this.form.waitFor();
  }

  dateInput = () => this.page.getByTestId('author-date');
  checkedPlace = () => this.form.locator('[data-testid="author-place-option"]:checked');
  checkedActors = () => this.form.locator('[data-testid="author-actor-option"]:checked');
  placeOption = (name: string) => this.form.locator('label.author-option', { hasText: name }).locator('[data-testid="author-place-option"]').first();

  async searchPlace(name: string) {
    await this.page.getByTestId('author-place-search').fill(name);
    await this.page.getByTestId('author-place-search-go').click();
  }

  async addActor(name: string) {
    await this.page.getByTestId('author-new-actor').fill(name);
    await this.page.getByTestId('author-new-actor-add').click();
  }

  async addEvent(title: string) {
    await this.page.getByTestId('author-title').fill(title);
    await this.page.getByTestId('author-add-event').click();
  }

  /** Clicks export and returns the downloaded dataset, parsed. */
  async exportDataset(): Promise<{ name: string; json: Record<string, unknown>; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('author-export').click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return { name: download.suggestedFilename(), json: JSON.parse(text) as Record<string, unknown>, text };
  }

  async openDataset(name: string, text: string) {
    await this.page.getByTestId('author-open').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
}
