import type { Page } from '@playwright/test';
import { EmbedFrame } from './deck-page';

/**
 * A parent page on the app's origin holding Dossier in an iframe: it records every message the embed posts
 * and can post any message to it. Served with page.route, so the suite needs no extra file.
 */
export class BridgeHarness {
  readonly embed: EmbedFrame;

  constructor(readonly page: Page) {
    this.embed = new EmbedFrame(page.frameLocator('#dossier'));
  }

  async open(query: string): Promise<void> {
    await this.page.route('**/bridge-harness.html', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><title>harness</title><link rel="icon" href="data:,">
        <iframe id="dossier" style="width:960px;height:540px;border:0" src="./?embed=1&${query}"></iframe>
        <script>
          window.received = [];
          addEventListener('message', (e) => {
            if (e.source === document.getElementById('dossier').contentWindow) window.received.push(e.data);
          });
        </script>`,
    }));
    await this.page.goto('./bridge-harness.html');
  }

  /** Every message the embed posted, in order. */
  received(): Promise<{ type: string; [k: string]: unknown }[]> {
    return this.page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);
  }

  async post(message: unknown): Promise<void> {
    await this.page.evaluate((m) => (document.getElementById('dossier') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
  }

  /** The embed's own address (its query string carries the state). */
  embedUrl(): Promise<string> {
    return this.page.evaluate(() => (document.getElementById('dossier') as HTMLIFrameElement).contentWindow!.location.href);
  }
}
