import type { FrameLocator, Locator, Page } from '@playwright/test';

type Scope = Page | FrameLocator;

/** An embedded Dossier seen from the page around it: the hooks inside one iframe. */
export class EmbedFrame {
  readonly app: Locator;
  readonly panels: Locator;
  readonly tooSmallNotes: Locator;
  readonly exportMenu: Locator;

  constructor(readonly scope: Scope) {
    this.app = scope.getByTestId('app');
    this.panels = scope.locator('.view-grid > .panel');
    this.tooSmallNotes = scope.getByTestId('view-too-small');
    this.exportMenu = scope.getByTestId('export-menu');
  }

  place(id: string): Locator {
    return this.scope.getByTestId('map-view').locator(`[data-place-id="${id}"]`);
  }

  actor(id: string): Locator {
    return this.scope.getByTestId('network-view').locator(`[data-actor-id="${id}"]`);
  }

  view(name: 'map' | 'network' | 'timeline' | 'list'): Locator {
    return this.scope.locator(`.view-grid > .panel[data-view="${name}"]`);
  }
}

/**
 * Reads, inside a frame's document, what a presenter would see go wrong: each panel's body size, the page's
 * overflow (a scrollbar), and legend items that stand outside what shows them.
 */
export async function frameLayout(frame: Locator): Promise<{
  bodies: { view: string; width: number; height: number; tooSmall: boolean }[];
  overflowX: number;
  overflowY: number;
  clippedLegendItems: string[];
  /** The share of the map's body its legend covers (0 when folded into its button). */
  mapLegendShare: number;
  titleFontPx: number;
}> {
  return frame.evaluate(() => {
    const doc = document;
    const bodies = [...doc.querySelectorAll<HTMLElement>('.view-grid > .panel')].map((p) => {
      const body = p.querySelector<HTMLElement>('.panel__body')!;
      const r = body.getBoundingClientRect();
      return { view: p.dataset.view ?? '', width: r.width, height: r.height, tooSmall: !!body.querySelector('[data-testid="view-too-small"]') };
    });
    const clipped: string[] = [];
    for (const li of doc.querySelectorAll<HTMLElement>('.timeline__legend li, .map-legend__item, .map-legend-toggle__button, .net-legend text')) {
      if (getComputedStyle(li).display === 'none' || li.closest('[hidden]') || li.getClientRects().length === 0) continue;
      const r = li.getBoundingClientRect();
      // Every ancestor that clips (overflow other than visible) must hold the item whole.
      for (let el = li.parentElement; el; el = el.parentElement) {
        if (getComputedStyle(el).overflow === 'visible' && el !== doc.documentElement) continue;
        const c = el.getBoundingClientRect();
        if (r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5) {
          clipped.push(li.textContent ?? '');
          break;
        }
      }
    }
    const root = doc.scrollingElement ?? doc.documentElement;
    const mapBody = doc.querySelector('.panel[data-view="map"] .panel__body')?.getBoundingClientRect();
    const legend = doc.querySelector('.map-legend')?.getBoundingClientRect();
    const title = doc.querySelector('.panel__title');
    return {
      bodies,
      overflowX: root.scrollWidth - root.clientWidth,
      overflowY: root.scrollHeight - root.clientHeight,
      clippedLegendItems: clipped,
      mapLegendShare: mapBody && legend ? (legend.width * legend.height) / (mapBody.width * mapBody.height) : 0,
      titleFontPx: title ? parseFloat(getComputedStyle(title).fontSize) : 0,
    };
  });
}

/** examples/deck.html as the built app serves it: slides, keys, the live slide's caption. */
export class DeckPage {
  readonly deck: Locator;
  readonly currentSlide: Locator;
  readonly liveState: Locator;
  readonly liveCaption: Locator;

  constructor(readonly page: Page) {
    this.deck = page.locator('#deck');
    this.currentSlide = page.locator('.slide[aria-current="true"]');
    this.liveState = page.getByTestId('deck-live-state');
    this.liveCaption = page.locator('#live-caption');
  }

  async open(options: { transform?: boolean } = {}): Promise<void> {
    await this.page.goto(`./examples/deck.html${options.transform ? '?transform=1' : ''}`);
  }

  /** The embed on the slide shown now. */
  currentEmbed(): EmbedFrame {
    return new EmbedFrame(this.page.frameLocator('.slide[aria-current="true"] iframe'));
  }

  currentIframe(): Locator {
    return this.currentSlide.locator('iframe');
  }

  /** The `body` of the current slide's embed document, for in-frame reads. */
  currentEmbedBody(): Locator {
    return this.page.frameLocator('.slide[aria-current="true"] iframe').locator('body');
  }

  async next(): Promise<void> {
    await this.page.keyboard.press('ArrowRight');
  }
}
