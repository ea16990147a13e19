import type { Locator, Page } from '@playwright/test';

/** What one evidence block shows: its source, the marked passages and the paragraphs holding them. */
export interface ShownEvidence {
  sourceId: string;
  /** The text of each `<mark>`, in order. */
  marks: string[];
  /** For each mark, the tag and text of the element directly holding it (its paragraph). */
  holders: { tag: string; text: string }[];
  translation: string | null;
  warning: string | null;
}

/** Page object for the event details panel (CONTRACT §4 `event-details`). */
export class DetailsPanel {
  readonly root: Locator;
  readonly title: Locator;
  readonly closeButton: Locator;
  readonly evidence: Locator;
  readonly translations: Locator;
  readonly marks: Locator;
  readonly readButtons: Locator;
  /** Shown while a source text loads; gone once every quote sits in its paragraph. */
  readonly loading: Locator;
  readonly reader: Locator;
  readonly readerParagraphs: Locator;
  readonly readerBack: Locator;
  readonly dateNote: Locator;
  readonly placeNote: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('event-details');
    this.title = this.root.locator('h2');
    this.closeButton = this.root.getByRole('button', { name: /^(Close|Fermer)$/ });
    this.evidence = this.root.locator('.evidence');
    this.translations = this.root.locator('.evidence__translation');
    this.marks = this.root.locator('mark');
    this.readButtons = this.root.getByRole('button', { name: /^(Read the whole article|Lire tout l’article)$/ });
    this.loading = this.root.locator('.evidence__status');
    this.reader = this.root.locator('article.reader');
    this.readerParagraphs = this.reader.locator('.reader__text p');
    this.readerBack = this.root.getByRole('button', { name: /^(Back to the event|Retour à l’événement)$/ });
    this.dateNote = this.root.locator('.facts__row').filter({ hasText: /How the date was resolved|Comment la date a été établie/ }).locator('dd');
    this.placeNote = this.root.getByTestId('place-note');
  }

  actorButton(actorId: string): Locator {
    return this.root.locator(`[data-select-actor="${actorId}"]`);
  }

  placeButton(name: string): Locator {
    return this.root.locator('.chip--place', { hasText: name });
  }

  async close(): Promise<void> {
    await this.closeButton.click();
  }

  async readArticle(index = 0): Promise<void> {
    await this.readButtons.nth(index).click();
  }

  /** Reads every evidence block as shown, in order. */
  async shownEvidence(): Promise<ShownEvidence[]> {
    return this.evidence.evaluateAll((items) =>
      items.map((item) => {
        const marks = [...item.querySelectorAll('mark')];
        return {
          sourceId: item.getAttribute('data-source-id') ?? '',
          marks: marks.map((m) => m.textContent ?? ''),
          holders: marks.map((m) => ({ tag: m.parentElement?.tagName ?? '', text: m.parentElement?.textContent ?? '' })),
          translation: item.querySelector('.evidence__translation')?.textContent ?? null,
          warning: item.querySelector('.evidence__warning')?.textContent ?? null,
        };
      }),
    );
  }
}
