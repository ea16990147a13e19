import type { Locator, Page } from '@playwright/test';
import { dossierUrl, type DossierParams } from './dossier-page';

/** A Dossier URL that opens a story (CONTRACT §6) at a step (none: the story's first). */
export function storyUrl(story: string, step?: number, params: DossierParams = {}): string {
  const base = dossierUrl(params);
  const q = `story=${encodeURIComponent(story)}${step === undefined ? '' : `&step=${step}`}`;
  return base.includes('?') ? `${base}&${q}` : `./?${q}`;
}

/**
 * The story bar, the stories list and the story editor. Selectors live here; actions and readers only.
 */
export class StoryBar {
  readonly root: Locator;
  readonly title: Locator;
  readonly caption: Locator;
  readonly step: Locator;
  readonly prev: Locator;
  readonly next: Locator;
  readonly close: Locator;
  readonly warning: Locator;
  readonly changed: Locator;
  readonly returnButton: Locator;
  /** The header's "Stories" button and the list it opens. */
  readonly storiesButton: Locator;
  readonly list: Locator;
  readonly writeButton: Locator;
  readonly editor: StoryEditor;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('story');
    this.title = this.root.getByTestId('story-title');
    this.caption = this.root.getByTestId('story-caption');
    this.step = this.root.getByTestId('story-step');
    this.prev = this.root.getByTestId('story-prev');
    this.next = this.root.getByTestId('story-next');
    this.close = this.root.getByTestId('story-close');
    this.warning = this.root.getByTestId('story-warning');
    this.changed = this.root.getByTestId('story-changed');
    this.returnButton = this.root.getByTestId('story-return');
    this.storiesButton = page.getByTestId('stories-button');
    this.list = page.getByTestId('story-list');
    this.writeButton = page.getByTestId('story-write');
    this.editor = new StoryEditor(page);
  }

  /** Opens the story at a step and waits for `data-ready`. */
  async open(story: string, step?: number, params: DossierParams = {}): Promise<void> {
    await this.page.goto(storyUrl(story, step, params));
    await this.page.locator('[data-testid="app"][data-ready="true"]').waitFor();
  }

  /** Gives the bar keyboard focus (as a presenter would by Tab or a click on its text). */
  async focus(): Promise<void> {
    await this.root.focus();
  }

  /** Whether focus is on the bar or inside it. */
  async hasFocus(): Promise<boolean> {
    return this.root.evaluate((el) => el.contains(document.activeElement));
  }

  listItem(storyId: string): Locator {
    return this.list.locator(`[data-story-id="${storyId}"]`);
  }

  async openList(): Promise<void> {
    await this.storiesButton.click();
  }

  async openEditor(): Promise<void> {
    await this.openList();
    await this.writeButton.click();
  }
}

export class StoryEditor {
  readonly root: Locator;
  readonly storyTitle: Locator;
  readonly stepTitle: Locator;
  readonly caption: Locator;
  readonly addButton: Locator;
  readonly steps: Locator;
  readonly playButton: Locator;
  readonly exportButton: Locator;
  readonly importInput: Locator;
  readonly discardButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('story-editor');
    this.storyTitle = this.root.getByTestId('story-editor-title');
    this.stepTitle = this.root.getByTestId('story-editor-step-title');
    this.caption = this.root.getByTestId('story-editor-caption');
    this.addButton = this.root.getByTestId('story-add-step');
    this.steps = this.root.getByTestId('story-draft-step');
    this.playButton = this.root.getByTestId('story-play-draft');
    this.exportButton = this.root.getByTestId('story-export');
    this.importInput = this.root.getByTestId('story-import');
    this.discardButton = this.root.getByTestId('story-discard');
    this.error = this.root.getByRole('alert');
  }

  /** "Add this view as a step" with a title and caption. */
  async addStep(title: string, caption: string): Promise<void> {
    await this.stepTitle.fill(title);
    await this.caption.fill(caption);
    await this.addButton.click();
  }

  stepTitleInput(index: number): Locator {
    return this.steps.nth(index).locator('[data-control="title"]');
  }

  stepCaptionInput(index: number): Locator {
    return this.steps.nth(index).locator('[data-control="caption"]');
  }

  stepButton(index: number, control: 'show' | 'capture' | 'up' | 'down' | 'remove'): Locator {
    return this.steps.nth(index).locator(`[data-control="${control}"]`);
  }

  async stepTitles(): Promise<string[]> {
    return this.steps.locator('[data-control="title"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  }
}
