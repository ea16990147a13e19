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

// Not 4190: it is on the Fetch standard's "bad ports" list (ManageSieve), and Node's fetch refuses it.
const PORT = 4195;

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

async function main() {
  if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
    const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const url = `http://127.0.0.1:${PORT}/`;
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer(url);
    const browser = await benchBrowser(url);
    const engine = [benchEngine(10_000), benchEngine(100_000), benchEngine(1_000_000, 20)];
    const report = { date: new Date().toISOString(), node: process.version, browser, engine, bundle: bundleSize() };
    const json = JSON.stringify(report, null, 2);
    writeFileSync('bench/last-run.json', `${json}\n`);
    console.log(json);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
