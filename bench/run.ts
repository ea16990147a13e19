/**
 * `npm run bench`: builds if needed, serves dist/ on a private port, and prints one JSON report:
 * time to ready and click-to-paint filter latency in Chromium (medians and p95 over repeated runs: this
 * machine is noisy; `--runs 3` repeats each dataset's whole run and adds the medians), Lighthouse on the
 * bundled dataset's first load (`--no-lighthouse` to skip), the filter engine's latency on synthetic datasets
 * of 10k–1M events, and bundle size (the initial JS included). Figures are reported, not asserted: tests
 * assert behaviour.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { benchBrowser } from './browser-bench';
import { bundleSize } from './bundle-size';
import { benchEngine } from './engine-bench';
import { benchLabels } from './label-bench';
import { benchLighthouse } from './lighthouse';
import { median } from './stats';
import { writeSynth } from './synth';

// Not 4190: it is on the Fetch standard's "bad ports" list (ManageSieve), and Node's fetch refuses it.
const PORT = Number(process.env.BENCH_PORT || 4195);

async function waitForServer(url: string, ms = 30_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

type BrowserRun = Awaited<ReturnType<typeof benchBrowser>>;

/** The median over whole runs of each figure the table reports. */
function mediansOf(runs: BrowserRun[]) {
  const m = (pick: (r: BrowserRun) => number) => median(runs.map(pick));
  const click = (k: 'place' | 'actor' | 'sliderKey') => ({
    p50: m((r) => r.clickToPaintMs[k].p50),
    p95: m((r) => r.clickToPaintMs[k].p95),
    settledP50: m((r) => r.clickToPaintMs[k].settledP50),
    settledP95: m((r) => r.clickToPaintMs[k].settledP95),
  });
  return {
    timeToReadyMs: m((r) => r.timeToReadyMs.median),
    clickToPaintMs: { place: click('place'), actor: click('actor'), sliderKey: click('sliderKey') },
    heapMB: m((r) => r.heapMB),
    domNodes: m((r) => r.domNodes),
  };
}

async function main() {
  if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
    const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  // `--sizes 10000,100000` picks the synthetic sizes (0 for none); the bundled dataset is always measured.
  const sizes = (arg('sizes') ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n > 0);
  for (const n of sizes) {
    const file = `dist/data/synth-${n}.json`;
    if (!existsSync(file)) writeSynth(n, 1, file);
  }
  const url = `http://127.0.0.1:${PORT}/`;
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer(url);
    // `--runs 3`: each dataset measured in 3 whole runs (each: its loads, then its clicks), with the medians.
    const runs = Math.max(1, Number(arg('runs') ?? 1));
    const browser = [];
    for (const target of [url, ...sizes.map((n) => `${url}?data=./data/synth-${n}.json`)]) {
      const big = target.includes('synth-1000000');
      const each = [];
      for (let r = 0; r < runs; r++) each.push(await benchBrowser(target, big ? 1 : 3, big ? 10 : 20));
      browser.push(runs === 1 ? each[0] : { url: target, runs: each, median: mediansOf(each) });
    }
    const lighthouse = process.argv.includes('--no-lighthouse') ? null : benchLighthouse(url, 3);
    const engine = sizes.map((n) => benchEngine(n, n >= 1_000_000 ? 10 : 40));
    const report = { date: new Date().toISOString(), node: process.version, browser, lighthouse, engine, labels: benchLabels(), bundle: bundleSize() };
    const json = JSON.stringify(report, null, 2);
    writeFileSync('bench/last-run.json', `${json}\n`);
    console.log(json);
  } finally {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      /* the server has already stopped */
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
