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

/**
 * Click → the event count has changed and the browser has painted: what a user waits for. The in-page code is
 * a string because tsx (esbuild, keepNames) would wrap named functions in a `__name` helper the page lacks.
 */
const LATENCY_SCRIPT = `async (n) => {
  const count = document.querySelector('[data-testid="event-count"]');
  const targets = [...document.querySelectorAll('[data-place-id], [data-actor-id]')];
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const times = [];
  for (let i = 0; i < n; i++) {
    const el = targets[i % targets.length];
    const before = count.textContent;
    const t0 = performance.now();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    while (count.textContent === before && performance.now() - t0 < 2000) await new Promise((r) => requestAnimationFrame(r));
    await frame();
    times.push(performance.now() - t0);
    el.dispatchEvent(new MouseEvent('click', { bubbles: true })); // clear again
    await frame();
  }
  return times;
}`;

async function filterLatencies(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(`(${LATENCY_SCRIPT})(${rounds})`) as Promise<number[]>;
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
