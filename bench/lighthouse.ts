/**
 * Lighthouse 12 on the bundled dataset's first load (desktop preset, no throttling: the machine as it is),
 * `runs` times: the performance score, Total Blocking Time and the longest main-thread task, each run and
 * their medians. Lighthouse starts its own Chromium (CHROME_PATH, else /usr/bin/chromium when present).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats';

interface Audit {
  numericValue?: number;
  details?: { items?: { duration: number }[] };
}

export function benchLighthouse(url: string, runs = 3) {
  const chrome = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-lh-'));
  const each: { score: number; tbtMs: number; longestTaskMs: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const out = join(dir, `run-${i}.json`);
      const done = spawnSync(
        'npx',
        ['lighthouse', url, '--preset=desktop', '--throttling-method=provided', '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --enable-unsafe-swiftshader'],
        { stdio: 'inherit', env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } },
      );
      if (done.status !== 0) throw new Error('lighthouse failed');
      const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: { performance: { score: number } }; audits: Record<string, Audit> };
      const tasks = report.audits['long-tasks']?.details?.items ?? [];
      each.push({
        score: Math.round(report.categories.performance.score * 100),
        tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN),
        longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    url,
    runs: each,
    median: { score: median(each.map((r) => r.score)), tbtMs: median(each.map((r) => r.tbtMs)), longestTaskMs: median(each.map((r) => r.longestTaskMs)) },
  };
}
