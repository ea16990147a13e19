/**
 * `npm run screenshots`: serves dist/ and writes the README's pictures to docs/screenshots/ — each view in
 * light and dark, at 1280×800, in a 960×540 embed and on a 390×844 phone, plus the details panel.
 * Set BASE_URL to shoot another running Dossier. Reduced motion, so pictures are reproducible.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, startPreview } from './browser';

const OUT = process.argv[2] ?? 'docs/screenshots';

/** `click`: a selector clicked once the app is ready (e.g. a place, to show its card). */
const SHOTS: { name: string; query: string; width: number; height: number; fullPage?: boolean; click?: string }[] = [
  { name: 'dossier-1280x800-light', query: '', width: 1280, height: 800 },
  { name: 'dossier-1280x800-dark', query: 'theme=dark', width: 1280, height: 800 },
  { name: 'dossier-1280x800-dark-fr', query: 'theme=dark&lang=fr', width: 1280, height: 800 },
  { name: 'place-card-1280x800', query: 'lang=en', width: 1280, height: 800, click: '[data-place-id="valletta"]' },
  { name: 'embed-place-card-960x540', query: 'embed=1', width: 960, height: 540, click: '[data-place-id="valletta"]' },
  { name: 'dossier-selection-light', query: 'place=pyongyang&from=2024-11-01&to=2024-12-06', width: 1280, height: 800 },
  { name: 'dossier-actor-dark', query: 'actor=sergei-lavrov&theme=dark', width: 1280, height: 800 },
  { name: 'embed-960x540-light', query: 'embed=1', width: 960, height: 540 },
  { name: 'embed-960x540-dark', query: 'embed=1&theme=dark', width: 960, height: 540 },
  { name: 'embed-network-960x540', query: 'embed=1&views=network&actor=sergei-shoigu', width: 960, height: 540 },
  { name: 'embed-map-timeline-960x540-dark', query: 'embed=1&views=map,timeline&theme=dark', width: 960, height: 540 },
  { name: 'details-light', query: 'event=kim-jong-un-ratifies-treaty', width: 1280, height: 800 },
  { name: 'details-dark-fr', query: 'event=wang-yi-shoigu-security-consultations&theme=dark&lang=fr', width: 1280, height: 800 },
  { name: 'phone-390x844', query: '', width: 390, height: 844, fullPage: true },
  { name: 'story-step-light', query: 'story=treaty&step=3', width: 1280, height: 800 },
  { name: 'story-step-dark-fr', query: 'story=china-stance&step=4&lang=fr&theme=dark', width: 1280, height: 800 },
  { name: 'story-embed-960x540', query: 'embed=1&story=treaty&step=4', width: 960, height: 540 },
  // Presenters: the embed at the smallest and largest 16:9 sizes of a deck (text grows with the frame).
  { name: 'embed-320x180-light', query: 'embed=1&views=map,timeline&lang=en&theme=light', width: 320, height: 180 },
  { name: 'embed-320x180-dark-fr', query: 'embed=1&views=map,timeline&lang=fr&theme=dark', width: 320, height: 180 },
  { name: 'embed-1920x1080-light', query: 'embed=1&lang=en&theme=light&actor=sergei-shoigu', width: 1920, height: 1080 },
  { name: 'embed-1920x1080-dark-fr', query: 'embed=1&views=map,timeline&lang=fr&theme=dark&from=2024-11-01&to=2024-12-06', width: 1920, height: 1080 },
];

async function main() {
  const preview = process.env.BASE_URL ? null : await startPreview(4191);
  const base = process.env.BASE_URL ?? preview!.base;
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce', locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${base}?${shot.query}`);
      await page.locator('[data-testid="app"][data-ready="true"]').waitFor({ timeout: 60_000 });
      await page.evaluate(() => document.fonts.ready);
      if (shot.click) await page.locator(shot.click).click();
      await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: shot.fullPage ?? false });
      console.log(`${OUT}/${shot.name}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
    preview?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
