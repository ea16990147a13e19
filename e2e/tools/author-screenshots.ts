/**
 * `npx tsx e2e/tools/author-screenshots.ts [out]`: serves dist/ and shoots the authoring workspace with a
 * few events made from the first bundled article, in English (light) and French (dark), into docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { AuthorPage } from '../pages/author-page';
import { launchChromium, startPreview } from './browser';

const OUT = process.argv[2] ?? 'docs/screenshots';
const PORT = Number(process.env.E2E_PORT || 4192);
const ARTICLE = readFileSync('data/sources/000_8d7d9a5b2f6bec4e.txt', 'utf8');

async function main() {
  const { base, stop } = await startPreview(PORT);
  try {
    mkdirSync(OUT, { recursive: true });
    const browser = await launchChromium();
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
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
      await context.close();
    }
    await browser.close();
  } finally {
    stop();
  }
}

await main();
