import type { Locator, Page } from '@playwright/test';

/** Page object for the map-view hook (CONTRACT §4): selectors here, actions and readers only. */
export class MapView {
  readonly root: Locator;
  /** Every place button (`[data-place-id]`), west to east. */
  readonly places: Locator;
  /** The one place a Tab key reaches (roving tabindex). */
  readonly tabbablePlaces: Locator;
  readonly tooltip: Locator;
  readonly legend: Locator;
  readonly tableToggle: Locator;
  readonly table: Locator;
  readonly emptyMessage: Locator;
  readonly emptyClearButton: Locator;
  readonly zoomInButton: Locator;
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('map-view');
    this.places = this.root.locator('[data-place-id]');
    this.tabbablePlaces = this.root.locator('[data-place-id][tabindex="0"]');
    this.tooltip = this.root.getByTestId('map-tooltip');
    this.legend = this.root.getByRole('group', { name: /^(Events per place|Événements par lieu)$/ });
    this.tableToggle = this.root.getByTestId('map-table-toggle');
    this.table = this.root.getByTestId('map-table').getByRole('table');
    this.emptyMessage = this.root.locator('.map-empty');
    this.emptyClearButton = this.emptyMessage.getByRole('button');
    this.zoomInButton = this.root.getByRole('button', { name: /^(Zoom in|Zoomer)$/ });
    this.canvas = this.root.locator('canvas');
  }

  /** The place's button. */
  place(placeId: string): Locator {
    return this.root.locator(`[data-place-id="${placeId}"]`);
  }

  /** The table row button that selects this place (table shown). */
  tableRowButton(placeId: string): Locator {
    return this.root.locator(`[data-row-place="${placeId}"]`);
  }

  async clickPlace(placeId: string, options: { shift?: boolean } = {}): Promise<void> {
    await this.place(placeId).click(options.shift ? { modifiers: ['Shift'] } : {});
  }

  async hoverPlace(placeId: string): Promise<void> {
    await this.place(placeId).hover();
  }

  /** The ids of the places, in document (tab) order. */
  async placeIds(): Promise<string[]> {
    return this.places.evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id') ?? ''));
  }

  /** The id of the place that has keyboard focus, or null. */
  async focusedPlaceId(): Promise<string | null> {
    return this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-place-id') ?? null);
  }

  /** The on-screen centre of a place's circle. */
  async placeCentre(placeId: string): Promise<{ x: number; y: number }> {
    const box = await this.place(placeId).boundingBox();
    if (!box) throw new Error(`place ${placeId} has no box`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The circle's diameter in CSS pixels. */
  async placeDiameter(placeId: string): Promise<number> {
    return this.place(placeId).evaluate((el) => (el as HTMLElement).offsetWidth);
  }
}
