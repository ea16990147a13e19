/**
 * What the screenshot tools share: Chromium as the suite launches it (playwright.config.ts), and `vite
 * preview` of dist/ on a port of their own, waited for until it answers.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({ executablePath, args: ARGS });
}

/** Serves dist/ on `port` and resolves once it answers; `stop()` ends the server. */
export async function startPreview(port: number): Promise<{ base: string; stop(): void }> {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, stop: () => server.pid && process.kill(-server.pid) };
}
