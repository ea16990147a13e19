/**
 * `npx tsx e2e/tools/author-screenshots.ts [out]`: serves dist/ and shoots the authoring workspace with a
 * few events made from the first bundled article, in English (light) and French (dark), into docs/screenshots/.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { AuthorPage } from '../pages/author-page';

const OUT = process.argv[2] ?? 'docs/screenshots';
const PORT = Number(process.env.E2E_PORT || 4192);
const ARGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTICLE = readFileSync('data/sources/000_8d7d9a5b2f6bec4e.txt', 'utf8');

async function main() {
  const base = `http://127.0.0.1:${PORT}/`;
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    mkdirSync(OUT, { recursive: true });
    const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const browser = await chromium.launch({ executablePath, args: ARGS });
    for (const [name, query] of [['author-en-light', 'lang=en&theme=light'], ['author-fr-dark', 'lang=fr&theme=dark']] as const) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', locale: 'en-GB', baseURL: base });
      const page = await context.newPage();
      const author = new AuthorPage(page);
      await author.open(query);
      await author.addSource({ title: 'Guerre en Ukraine (direct)', outlet: '20 Minutes', language: 'fr', published: '2024-11-12', text: ARTICLE });
      await author.chooseSentence('Wang Yi doit s’entretenir ce mardi');
      await author.addEvent('Wang Yi reçoit Sergueï Choïgou à Pékin');
      await author.chooseSentence('Pyongyang a ratifié un accord');
      await author.addEvent('La Corée du Nord ratifie le traité');
      await author.chooseSentence('Conclu au cours d’une rare visite');
      await author.addActor('Vladimir Poutine');
      await author.addEvent('Poutine en visite à Pyongyang');
      await author.chooseSentence('a été ratifié sous la forme d’un décret');
      await page.locator('[data-testid="app"][data-ready]').count();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
      await context.close();
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
