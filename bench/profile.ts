/**
 * `npm run profile -- [--data ./data/synth-10000.json] [--click place|actor] [--out file.cpuprofile]`:
 * where the main thread's time goes. Builds dist-profile/ unminified (names kept), loads the page with
 * Chromium's CPU profiler on, and prints the functions with the most self time, first for the load (up to
 * `data-ready`), then for a few clicks when `--click` is given. The .cpuprofile opens in Chromium's DevTools.
 */
import { chromium, type CDPSession } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const PORT = Number(process.env.BENCH_PORT || 4196);
const OUT_DIR = 'dist-profile';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), the top `n`, from a CDP profile. */
function topSelf(profile: Profile, n = 25): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [`total ${total.toFixed(0)} ms`, ...[...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`)];
}

async function profiled<T>(cdp: CDPSession, label: string, run: () => Promise<T>, out?: string): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  if (out) writeFileSync(out.replace(/\.cpuprofile$/, `-${label}.cpuprofile`), JSON.stringify(profile));
  console.log(`\n== ${label}\n${topSelf(profile).join('\n')}`);
  return result;
}

async function main() {
  if (!existsSync(`${OUT_DIR}/index.html`) || process.argv.includes('--build')) {
    const built = spawnSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  // Synthetic dossiers made for the bench live in dist/data; the profile build serves its own copy.
  mkdirSync(`${OUT_DIR}/data`, { recursive: true });
  if (existsSync('dist/data')) for (const f of readdirSync('dist/data').filter((f) => f.startsWith('synth-'))) copyFileSync(`dist/data/${f}`, `${OUT_DIR}/data/${f}`);
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'] });
  try {
    const base = `http://127.0.0.1:${PORT}/`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const cdp = await page.context().newCDPSession(page);
    const data = arg('data');
    const out = arg('out');
    await profiled(
      cdp,
      'load',
      async () => {
        await page.goto(data ? `${base}?data=${encodeURIComponent(data)}` : base);
        await page.locator('[data-testid="app"][data-ready="true"]').waitFor({ timeout: 180_000 });
      },
      out,
    );
    const click = arg('click');
    if (click) {
      const selector = click === 'actor' ? '[data-actor-id]' : '[data-place-id]';
      await profiled(
        cdp,
        `click-${click}`,
        () =>
          page.evaluate(`(async () => {
            const els = [...document.querySelectorAll('${selector}')].slice(0, 5);
            for (const el of els) for (let k = 0; k < 2; k++) {
              el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            }
          })()`),
        out,
      );
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
