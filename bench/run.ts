/**
 * `npm run bench`: builds if needed, serves dist/ on a private port, and prints one JSON report:
 * time to ready and click-to-paint filter latency in Chromium (medians and p95 over repeated runs: this
 * machine is noisy), the filter engine's latency on synthetic datasets of 10k–1M events, and bundle size.
 * Figures are reported, not asserted: tests assert behaviour.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { benchBrowser } from './browser-bench';
import { bundleSize } from './bundle-size';
import { benchEngine } from './engine-bench';
import { benchLabels } from './label-bench';
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
    const browser = [await benchBrowser(url)];
    for (const n of sizes) {
      browser.push(await benchBrowser(`${url}?data=./data/synth-${n}.json`, n >= 1_000_000 ? 1 : 3, n >= 1_000_000 ? 10 : 20));
    }
    const engine = sizes.map((n) => benchEngine(n, n >= 1_000_000 ? 10 : 40));
    const report = { date: new Date().toISOString(), node: process.version, browser, engine, labels: benchLabels(), bundle: bundleSize() };
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
