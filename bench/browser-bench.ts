import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { median, percentile } from './stats';

const ARGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function readyMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor({ timeout: 60_000 });
  // DossierView marks `dossier:ready` when every shown view has drawn; startTime counts from navigation.
  return page.evaluate(() => performance.getEntriesByName('dossier:ready')[0]?.startTime ?? NaN);
}

/** Click → the event count has changed and the browser has painted: what a user waits for. */
async function filterLatencies(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const count = document.querySelector('[data-testid="event-count"]')!;
    const targets = [...document.querySelectorAll<HTMLElement>('[data-place-id], [data-actor-id]')];
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const el = targets[i % targets.length]!;
      const before = count.textContent;
      const t0 = performance.now();
      el.click();
      await new Promise<void>((resolve) => {
        const check = () => (count.textContent !== before || performance.now() - t0 > 2000 ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - t0);
      el.click(); // clear again
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return times;
  }, rounds);
}

export async function benchBrowser(baseUrl: string, loads = 7, rounds = 40) {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const ready: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      ready.push(await readyMs(page, baseUrl));
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await readyMs(page, baseUrl);
    const latencies = await filterLatencies(page, rounds);
    await context.close();
    return {
      loads,
      timeToReadyMs: { median: median(ready), min: Math.round(Math.min(...ready)), max: Math.round(Math.max(...ready)) },
      filterLatencyMs: { rounds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    };
  } finally {
    await browser.close();
  }
}
