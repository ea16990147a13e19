import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { median, percentile } from './stats';

const ARGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];

interface LoadTimes {
  ready: number;
  /** When the loading worker's result reached the page, and the worker's time per stage. */
  loaded: number;
  stageMs: Record<string, number>;
}

async function loadTimes(page: Page, url: string): Promise<LoadTimes> {
  await page.goto(url);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor({ timeout: 180_000 });
  // DossierView marks `dossier:ready` when every shown view has drawn; startTime counts from navigation.
  return page.evaluate(() => {
    const loaded = performance.getEntriesByName('dossier:loaded')[0] as PerformanceMark | undefined;
    return { ready: performance.getEntriesByName('dossier:ready')[0]?.startTime ?? NaN, loaded: loaded?.startTime ?? NaN, stageMs: (loaded?.detail ?? {}) as Record<string, number> };
  });
}

/**
 * Click → the event count has changed and the browser has painted: what a user waits for. `kind` picks the
 * targets: the first 40 map places or network actors. The in-page code is a string because tsx (esbuild, keepNames) would wrap named functions in a
 * `__name` helper the page lacks.
 */
const LATENCY_SCRIPT = `async ([kind, n]) => {
  const count = document.querySelector('[data-testid="event-count"]');
  const targets = [...document.querySelectorAll(kind === 'place' ? '[data-place-id]' : '[data-actor-id]')].slice(0, 40);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const act = (el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const settle = async (t0) => {
    if (!app.hasAttribute('data-pending')) return;
    while (app.hasAttribute('data-pending') && performance.now() - t0 < 10000) await new Promise((r) => requestAnimationFrame(r));
    await frame();
  };
  const app = document.querySelector('[data-testid="app"]');
  const times = [];
  const settled = [];
  for (let i = 0; i < n; i++) {
    const el = targets[i % targets.length];
    const before = count.textContent;
    const t0 = performance.now();
    act(el);
    while (count.textContent === before && performance.now() - t0 < 5000) await new Promise((r) => requestAnimationFrame(r));
    await frame();
    times.push(performance.now() - t0);
    await settle(t0);
    settled.push(performance.now() - t0);
    act(el); // clear again
    await frame();
    await settle(performance.now());
  }
  return { times, settled };
}`;

/** Marks the time and the count in the page, for a key pressed through the browser's own input. */
const THUMB = `document.querySelectorAll('[data-testid="timeline-view"] [role="slider"]')[1]`;
const MARK_SCRIPT = `window.__t0 = performance.now(); window.__before = document.querySelector('[data-testid="event-count"]').textContent; window.__day = ${THUMB}.getAttribute('aria-valuenow');`;
const WAIT_SCRIPT = `(async () => {
  const count = document.querySelector('[data-testid="event-count"]');
  // A day's move may leave the count as it was (no event starts or ends there): the thumb's day says the window moved.
  const thumb = ${THUMB};
  while (count.textContent === window.__before && thumb.getAttribute('aria-valuenow') === window.__day && performance.now() - window.__t0 < 5000) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const painted = performance.now() - window.__t0;
  const app = document.querySelector('[data-testid="app"]');
  if (!app.hasAttribute('data-pending')) return [painted, painted];
  while (app.hasAttribute('data-pending') && performance.now() - window.__t0 < 10000) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return [painted, performance.now() - window.__t0];
})()`;

/**
 * Slider keys go through Playwright's keyboard (real input events on the focused end thumb): each round moves
 * the window's end back a day and times it, then forward again. Includes the few ms of the key's trip.
 */
async function sliderLatencies(page: Page, rounds: number): Promise<Latencies> {
  await page.locator('[data-testid="timeline-view"] [role="slider"]').last().focus();
  const out: Latencies = { times: [], settled: [] };
  for (let i = 0; i < rounds; i++) {
    await page.evaluate(MARK_SCRIPT);
    await page.keyboard.press('ArrowLeft');
    const [painted, settled] = (await page.evaluate(WAIT_SCRIPT)) as [number, number];
    out.times.push(painted);
    out.settled.push(settled);
    await page.evaluate(MARK_SCRIPT);
    await page.keyboard.press('ArrowRight');
    await page.evaluate(WAIT_SCRIPT);
  }
  return out;
}

/** Per round: click → count changed and painted; and → every view caught up (no `data-pending`) and painted. */
interface Latencies {
  times: number[];
  settled: number[];
}

async function latencies(page: Page, kind: 'place' | 'actor' | 'slider', rounds: number) {
  const { times, settled } = kind === 'slider' ? await sliderLatencies(page, rounds) : ((await page.evaluate(`(${LATENCY_SCRIPT})(${JSON.stringify([kind, rounds])})`)) as Latencies);
  // `settled`: on a large dataset the network, the timeline's bars and the list follow in a deferred render.
  return { p50: percentile(times, 50), p95: percentile(times, 95), settledP50: percentile(settled, 50), settledP95: percentile(settled, 95) };
}

/** Time to ready over `loads` fresh pages, then click latencies, JS heap and DOM size on one more. */
export async function benchBrowser(url: string, loads = 3, rounds = 20) {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const times: LoadTimes[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      times.push(await loadTimes(page, url));
      await context.close();
    }
    const ready = times.map((t) => t.ready);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await loadTimes(page, url);
    const click = {
      place: await latencies(page, 'place', rounds),
      actor: await latencies(page, 'actor', rounds),
      sliderKey: await latencies(page, 'slider', rounds),
    };
    const heapMB = await page.evaluate(() => Math.round(((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 2 ** 20));
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    await context.close();
    return {
      url,
      loads,
      timeToReadyMs: { median: median(ready), min: Math.round(Math.min(...ready)), max: Math.round(Math.max(...ready)) },
      // When the worker's result arrived (median), and the first load's worker stages: the rest of "ready" is the page's.
      workerMs: { loaded: median(times.map((t) => t.loaded)), stages: times[0]?.stageMs ?? {} },
      clickToPaintMs: { rounds, ...click },
      heapMB,
      domNodes,
    };
  } finally {
    await browser.close();
  }
}
