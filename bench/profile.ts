/**
 * `npm run profile -- [--data ./data/synth-10000.json] [--click place|actor] [--out file.cpuprofile]`:
 * where the main thread's time goes. Builds dist-profile/ unminified (names kept), loads the page with
 * Chromium's CPU profiler on, and prints the functions with the most self time, first for the load (up to
 * `data-ready`), then for a few clicks when `--click` is given; `--tasks` also lists the longest busy stretches
 * of the main thread and what started them. The .cpuprofile opens in Chromium's DevTools.
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

/**
 * The main thread's long busy stretches: runs of samples with no idle between them longer than 50 ms (about
 * what Lighthouse calls long tasks), each with its top self-time functions and the outermost frames of the
 * script that ran (which event or callback started it).
 */
function longStretches(profile: Profile, n = 6): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || ''}:${f.lineNumber + 1}`;
  };
  /** The outermost script frame under the root: what the task ran. */
  const entry = (id: number) => {
    let top = id;
    for (let p = parent.get(top); p !== undefined && parent.has(p); p = parent.get(p)) top = p;
    return name(top);
  };
  const stretches: { start: number; ms: number; self: Map<string, number>; entries: Map<string, number> }[] = [];
  let t = 0;
  let current: (typeof stretches)[number] | null = null;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const idle = byId.get(id)!.callFrame.functionName === '(idle)';
    if (idle) {
      if (current && current.ms > 50) stretches.push(current);
      current = null;
      return;
    }
    current ??= { start: t, ms: 0, self: new Map(), entries: new Map() };
    current.ms += dt;
    const key = name(id);
    current.self.set(key, (current.self.get(key) ?? 0) + dt);
    const e = entry(id);
    current.entries.set(e, (current.entries.get(e) ?? 0) + dt);
  });
  if (current && (current as { ms: number }).ms > 50) stretches.push(current);
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, ms]) => `${ms.toFixed(0)} ms ${f}`).join('; ');
  return stretches
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((s) => `busy ${s.ms.toFixed(0)} ms at ${s.start.toFixed(0)} ms\n    self: ${top(s.self, 6)}\n    from: ${top(s.entries, 4)}`);
}

async function profiled<T>(cdp: CDPSession, label: string, run: () => Promise<T>, out?: string): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  if (out) writeFileSync(out.replace(/\.cpuprofile$/, `-${label}.cpuprofile`), JSON.stringify(profile));
  console.log(`\n== ${label}\n${topSelf(profile).join('\n')}`);
  if (process.argv.includes('--tasks')) console.log(`\n== ${label}: longest busy stretches\n${longStretches(profile).join('\n')}`);
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
