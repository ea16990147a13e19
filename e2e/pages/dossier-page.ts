import { expect, type Locator, type Page } from '@playwright/test';
import { DetailsPanel } from './details-panel';
import { EventListView } from './event-list-view';
import { MapView } from './map-view';
import { NetworkView } from './network-view';
import { SearchBox } from './search-box';
import { TimelineView } from './timeline-view';

export interface DossierParams {
  from?: string;
  to?: string;
  place?: string | string[];
  actor?: string | string[];
  event?: string;
  data?: string;
  embed?: boolean;
  views?: string | string[];
  lang?: 'en' | 'fr';
  theme?: 'light' | 'dark';
}

/** Builds a Dossier URL (relative to baseURL) from its parameters (CONTRACT §3). */
export function dossierUrl(params: DossierParams = {}): string {
  const q = new URLSearchParams();
  const list = (v: string | string[]) => (Array.isArray(v) ? v.join(',') : v);
  if (params.from) q.set('from', params.from);
  if (params.to) q.set('to', params.to);
  if (params.place) q.set('place', list(params.place));
  if (params.actor) q.set('actor', list(params.actor));
  if (params.event) q.set('event', params.event);
  if (params.data) q.set('data', params.data);
  if (params.embed) q.set('embed', '1');
  if (params.views) q.set('views', list(params.views));
  if (params.lang) q.set('lang', params.lang);
  if (params.theme) q.set('theme', params.theme);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `./?${s}` : './';
}

/**
 * The whole app, through its public hooks only (TESTING.md). Exposes actions and readers, never assertions:
 * specs assert with web-first `expect`.
 */
export class DossierPage {
  readonly app: Locator;
  readonly count: Locator;
  readonly status: Locator;
  readonly clearButton: Locator;
  readonly playButton: Locator;
  readonly exportButton: Locator;
  readonly alert: Locator;
  readonly map: MapView;
  readonly network: NetworkView;
  readonly timeline: TimelineView;
  readonly list: EventListView;
  readonly details: DetailsPanel;
  readonly search: SearchBox;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.count = page.getByTestId('event-count');
    this.status = page.getByRole('status').and(page.getByTestId('live-summary'));
    this.clearButton = page.getByTestId('clear-filters');
    this.playButton = page.getByTestId('play');
    this.exportButton = page.getByTestId('export-png');
    this.alert = page.getByRole('alert');
    this.map = new MapView(page);
    this.network = new NetworkView(page);
    this.timeline = new TimelineView(page);
    this.list = new EventListView(page);
    this.details = new DetailsPanel(page);
    this.search = new SearchBox(page);
  }

  /** Opens Dossier with these URL parameters and waits until `data-ready` is "true" (or "error"). */
  async open(params: DossierParams = {}): Promise<void> {
    await this.page.goto(dossierUrl(params));
    await this.app.and(this.page.locator('[data-ready="true"], [data-ready="error"]')).waitFor();
  }

  /** The number shown in the event count, as a number. */
  async eventCount(): Promise<number> {
    return Number((await this.count.innerText()).replace(/\D/g, ''));
  }

  async clear(): Promise<void> {
    await this.clearButton.click();
  }

  /**
   * Waits until every view has caught up with the selection: on a large dataset (5,000 events or more) the
   * network, the timeline's bars and the list follow a change in a deferred render, and the app carries
   * `data-pending="true"` until they have.
   */
  async settled(): Promise<void> {
    await expect(this.app).not.toHaveAttribute('data-pending', 'true');
  }

  /** The query string's parameters as the app wrote them. */
  urlParams(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}
