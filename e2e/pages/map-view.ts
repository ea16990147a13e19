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
  /** The place card: a place's events under the other filters, each opening its details. */
  readonly card: Locator;
  readonly cardHeading: Locator;
  readonly cardCloseButton: Locator;
  /** One `li[data-card-event]` per listed event, in date order. */
  readonly cardEvents: Locator;
  /** The buttons that open an event's details, in date order. */
  readonly cardEventButtons: Locator;

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
    this.card = this.root.getByTestId('place-card');
    this.cardHeading = this.card.getByRole('heading');
    this.cardCloseButton = this.card.getByTestId('card-close');
    this.cardEvents = this.card.locator('[data-card-event]');
    this.cardEventButtons = this.cardEvents.getByRole('button');
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

  /** The card's entry for one event: its button, date, title and quote. */
  cardEvent(eventId: string): Locator {
    return this.card.locator(`[data-card-event="${eventId}"]`);
  }

  /** Opens the details of one event listed in the card. */
  async openFromCard(eventId: string): Promise<void> {
    await this.cardEvent(eventId).getByRole('button').click();
  }

  /** The ids of the events listed in the card, in order. */
  async cardEventIds(): Promise<string[]> {
    return this.cardEvents.evaluateAll((els) => els.map((e) => e.getAttribute('data-card-event') ?? ''));
  }

  /** The ids of the places, in document (tab) order; only active (or inactive) ones when `active` is given. */
  async placeIds(active?: boolean): Promise<string[]> {
    const places = active === undefined ? this.places : this.root.locator(`[data-place-id][data-active="${active}"]`);
    return places.evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id') ?? ''));
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

  /**
   * The active places a pointer cannot reach: covered at their centre by something other than a place
   * (a card, a panel). Only places whose centre is inside the map count.
   */
  async coveredActivePlaces(): Promise<string[]> {
    return this.root.evaluate((root) => {
      const frame = root.getBoundingClientRect();
      const out: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>('[data-place-id][data-active="true"]')) {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) continue;
        if (!document.elementFromPoint(x, y)?.closest('[data-place-id]')) out.push(el.dataset.placeId ?? '');
      }
      return out;
    });
  }

  /** Shift-clicks a place where it is drawn, with the real pointer (whatever lies on top gets the click). */
  async shiftClickAtPlace(placeId: string): Promise<void> {
    const { x, y } = await this.placeCentre(placeId);
    await this.page.keyboard.down('Shift');
    await this.page.mouse.click(x, y);
    await this.page.keyboard.up('Shift');
  }

  /**
   * Each place's drawn name (null when hidden), its circle, and the leader line joining a name that stands
   * off in free room to its circle (null when the name sits beside it), in page pixels.
   */
  async labelsAndMarks(): Promise<
    {
      id: string;
      label: { x: number; y: number; width: number; height: number } | null;
      mark: { x: number; y: number; width: number; height: number };
      leader: { x1: number; y1: number; x2: number; y2: number } | null;
    }[]
  > {
    return this.places.evaluateAll((els) =>
      els.map((el) => {
        const id = el.getAttribute('data-place-id') ?? '';
        const label = el.querySelector('.map-place__label');
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        const line = document.querySelector<SVGLineElement>(`line[data-label-leader-for="${id}"]`);
        const svg = line?.ownerSVGElement?.getBoundingClientRect();
        const at = (name: string) => Number(line!.getAttribute(name));
        const leader =
          line && svg && line.style.display !== 'none'
            ? { x1: svg.x + at('x1'), y1: svg.y + at('y1'), x2: svg.x + at('x2'), y2: svg.y + at('y2') }
            : null;
        return { id, label: label && label.getAttribute('data-side') !== 'hidden' ? box(label) : null, mark: box(el), leader };
      }),
    );
  }

  /** The circle's diameter in CSS pixels. */
  async placeDiameter(placeId: string): Promise<number> {
    return this.place(placeId).evaluate((el) => (el as HTMLElement).offsetWidth);
  }
}
