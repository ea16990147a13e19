import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/dossier';
import { bundled, expected } from '../fixtures/reference';
import type { DossierPage } from '../pages/dossier-page';
import { StoryBar } from '../pages/story-bar';

/** The bundled stories as the dataset holds them: the specs check each step's state against them. */
interface RefStep {
  title: { en: string; fr: string };
  text: { en: string; fr: string };
  state: { from: string | null; to: string | null; place: string[]; actor: string[]; event: string | null };
  views?: string[];
}
const stories = (bundled as unknown as { stories: { id: string; steps: RefStep[] }[] }).stories;
const storyById = (id: string) => stories.find((s) => s.id === id)!;
const eventTitle = (id: string) => (bundled.events as unknown as { id: string; title: { en: string } }[]).find((e) => e.id === id)!.title.en;
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const VIEW_TESTIDS: Record<string, string> = { map: 'map-view', network: 'network-view', timeline: 'timeline-view', list: 'event-list' };

/** Checks through the public hooks that step `n` (1-based) of a story is what every shown view shows. */
async function expectStep(page: Page, dossier: DossierPage, storyId: string, n: number) {
  const bar = new StoryBar(page);
  const story = storyById(storyId);
  const step = story.steps[n - 1]!;
  const { from, to, place, actor, event } = step.state;
  await expect(bar.step).toHaveText(`${n} / ${story.steps.length}`);
  await expect(bar.title).toHaveText(step.title.en);
  await expect(bar.caption).toHaveText(step.text.en);
  await expect.poll(() => Object.fromEntries(dossier.urlParams())).toMatchObject({
    story: storyId, step: String(n), ...(from ? { from } : {}), ...(to ? { to } : {}),
    ...(place.length ? { place: place.join(',') } : {}), ...(actor.length ? { actor: actor.join(',') } : {}), ...(event ? { event } : {}),
  });
  const views = step.views ?? ['map', 'network', 'timeline', 'list'];
  const ref = expected({ from: from ?? undefined, to: to ?? undefined, places: place, actors: actor });
  if (await dossier.count.count()) await expect(dossier.count).toHaveText(String(ref.listIds.length)); // not in an embed
  if (views.includes('list')) await expect(dossier.list.root.locator('[data-event-id]')).toHaveCount(ref.listIds.length);

  for (const [view, testid] of Object.entries(VIEW_TESTIDS)) await expect(page.getByTestId(testid)).toHaveCount(views.includes(view) ? 1 : 0);
  if (views.includes('map')) {
    await expect(dossier.map.root.locator('[data-place-id][aria-pressed="true"]')).toHaveCount(place.length);
    for (const id of place) await expect(dossier.map.place(id)).toHaveAttribute('aria-pressed', 'true');
  }
  if (views.includes('network')) {
    await expect(dossier.network.root.locator('[data-actor-id][aria-pressed="true"]')).toHaveCount(actor.length);
    for (const id of actor) await expect(dossier.network.actor(id)).toHaveAttribute('aria-pressed', 'true');
  }
  if (views.includes('timeline') && from && to) {
    await expect(dossier.timeline.startThumb).toHaveAttribute('aria-valuetext', longDate(from));
    await expect(dossier.timeline.endThumb).toHaveAttribute('aria-valuetext', longDate(to));
  }
  if (event) await expect(dossier.details.title).toHaveText(eventTitle(event));
  else await expect(dossier.details.root).toHaveCount(0);
  await expect(bar.changed).toHaveCount(0);
}

test.describe('playing a story (stories, story bar)', () => {
  for (const id of ['treaty', 'china-stance']) {
    test(`"${id}" plays through by keyboard, each step setting every view`, async ({ dossier, page, consoleErrors }) => {
      const bar = new StoryBar(page);
      const count = storyById(id).steps.length;
      await bar.open(id); // no step: the first, and the URL says so
      await expectStep(page, dossier, id, 1);
      await bar.focus();
      for (let n = 2; n <= count; n++) {
        // → while the bar has focus, and PageDown as a clicker sends it: both step on.
        await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
        await expectStep(page, dossier, id, n);
        // Opening the step's event does not take focus away from a presenter stepping from the bar.
        await expect.poll(() => bar.hasFocus()).toBe(true);
      }
      await expect(bar.next).toHaveAttribute('aria-disabled', 'true');
      await page.keyboard.press('ArrowRight'); // past the end: stays
      await expect(bar.step).toHaveText(`${count} / ${count}`);
      await page.keyboard.press('ArrowLeft');
      await expectStep(page, dossier, id, count - 1);
      await page.keyboard.press('PageUp');
      await expectStep(page, dossier, id, count - 2);
      expect(consoleErrors).toEqual([]);
    });
  }

  test('the buttons step too, and a reload keeps the step', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    await bar.open('treaty', 2);
    await expectStep(page, dossier, 'treaty', 2);
    await bar.next.click();
    await expectStep(page, dossier, 'treaty', 3);
    await bar.prev.click();
    await bar.prev.click();
    await expectStep(page, dossier, 'treaty', 1);
    await expect(bar.prev).toHaveAttribute('aria-disabled', 'true');
    await bar.next.click();
    await page.reload();
    await expectStep(page, dossier, 'treaty', 2);
  });

  test('a clicker’s PageDown steps from anywhere, but a focused timeline thumb keeps its own PageUp/PageDown', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    await bar.open('china-stance', 2);
    await expectStep(page, dossier, 'china-stance', 2);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('PageDown');
    await expectStep(page, dossier, 'china-stance', 3);

    await dossier.timeline.endThumb.focus();
    await page.keyboard.press('PageUp'); // the thumb moves a week later; the story stays on its step
    await expect(dossier.timeline.endThumb).toHaveAttribute('aria-valuetext', longDate('2024-11-18'));
    await expect(bar.step).toHaveText('3 / 5');
    await expect(bar.changed).toBeVisible();
  });

  test('interacting is allowed: the bar says the view changed and offers the way back', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    await bar.open('treaty', 3);
    await expectStep(page, dossier, 'treaty', 3);
    await dossier.details.closeButton.click();
    await dossier.map.clickPlace('moscow');
    await expect(bar.changed).toBeVisible();
    await expect(dossier.map.place('moscow')).toHaveAttribute('aria-pressed', 'true');
    await expect(bar.step).toHaveText('3 / 5'); // still on its step
    await bar.returnButton.click();
    await expectStep(page, dossier, 'treaty', 3);
  });

  test('French captions, and closing the story leaves the view as it is', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    await bar.open('china-stance', 4, { lang: 'fr' });
    const step = storyById('china-stance').steps[3]!;
    await expect(bar.title).toHaveText(step.title.fr);
    await expect(bar.caption).toHaveText(step.text.fr);
    await expect(bar.root).toHaveAccessibleName(/^Récit : /);
    await bar.close.click();
    await expect(bar.root).toHaveCount(0);
    await expect(bar.storiesButton).toBeFocused(); // focus is not lost with the bar
    await expect.poll(() => dossier.urlParams().get('story')).toBeNull();
    expect(dossier.urlParams().get('step')).toBeNull();
    await expect(dossier.network.actor('sergei-shoigu')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the header lists the stories and opens one at its first step', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    await dossier.open();
    await expect(bar.root).toHaveCount(0);
    await bar.openList();
    await expect(bar.list.getByRole('button')).toHaveCount(2);
    await expect(bar.listItem('treaty')).toContainText('The treaty’s path');
    await bar.listItem('china-stance').click();
    await expectStep(page, dossier, 'china-stance', 1);
    await expect(bar.list).toHaveCount(0);
    await expect(bar.root).toBeFocused(); // ready for → at once
    await page.keyboard.press('ArrowRight');
    await expectStep(page, dossier, 'china-stance', 2);
  });

  test('a step naming ids the dataset lacks is a warning naming them, and shows the rest', async ({ dossier, page }) => {
    const data = JSON.parse(JSON.stringify(bundled)) as typeof bundled & { stories: unknown[] };
    data.stories = [{
      id: 'gaps', title: 'Gaps',
      steps: [{ title: 'Half there', text: 'Some ids are missing.', state: { from: '2024-11-01', to: '2024-11-30', place: ['beijing', 'atlantis'], actor: ['nobody'], event: 'no-such-event' } }],
    }];
    await page.route('**/data/story-gaps.json', (route) => route.fulfill({ json: data }));
    const bar = new StoryBar(page);
    await bar.open('gaps', 1, { data: './data/story-gaps.json' });
    await expect(bar.warning).toContainText('“atlantis”');
    await expect(bar.warning).toContainText('“nobody”');
    await expect(bar.warning).toContainText('“no-such-event”');
    await expect(dossier.map.place('beijing')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.count).toHaveText(String(expected({ from: '2024-11-01', to: '2024-11-30', places: ['beijing'] }).listIds.length));
    await expect(bar.changed).toHaveCount(0);
  });

  test('an unknown story says so and can be closed', async ({ page }) => {
    const bar = new StoryBar(page);
    await bar.open('no-such-story');
    await expect(bar.root).toContainText('no story “no-such-story”');
    await bar.close.click();
    await expect(bar.root).toHaveCount(0);
  });

  test('on a phone the bar stays above the step’s event details, which cover the rest', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const bar = new StoryBar(page);
    await bar.open('treaty', 1);
    await expect(dossier.details.root).toBeVisible();
    const barBox = (await bar.root.boundingBox())!;
    const detailsBox = (await dossier.details.root.boundingBox())!;
    expect(barBox.y).toBe(0);
    expect(detailsBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
    await bar.next.click(); // reachable, not under the details
    await expect(bar.step).toHaveText('2 / 5');
  });

  test('in a 960×540 embed the bar fits the frame with the step’s views', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    const bar = new StoryBar(page);
    await bar.open('treaty', 4, { embed: true });
    await expectStep(page, dossier, 'treaty', 4);
    const box = (await bar.root.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(90);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await expect(page.getByTestId('stories-button')).toHaveCount(0); // no app chrome in an embed
  });

  test('in an embed, the corner menu lists the stories and opens one at its first step, the bar focused', async ({ dossier, page }) => {
    await page.setViewportSize({ width: 960, height: 540 });
    await dossier.open({ embed: true, lang: 'en' });
    const toggle = page.getByTestId('export-menu');
    await expect(toggle).toHaveAccessibleName('Export and stories');
    await toggle.click();
    await page.locator('[data-story-id="china-stance"]').click();
    await expect(page.getByTestId('story-step')).toHaveText(`1 / ${storyById('china-stance').steps.length}`);
    await expect(page.getByTestId('story')).toBeFocused();
    await expectStep(page, dossier, 'china-stance', 1);
  });
});

/**
 * Driven by the embed bridge (CONTRACT §5): a parent page frames Dossier and sends {type:'dossier:set',
 * state:{story, step}}, then reads the step back from dossier:state.
 */
test('driven by the bridge: dossier:set {story, step} moves the story, dossier:state reports it', async ({ page, baseURL }) => {
  await page.route('**/story-bridge-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><title>host</title><iframe id="f" src="./?embed=1" style="width:960px;height:540px;border:0"></iframe>
      <script>window.messages=[];addEventListener('message',(e)=>{if(e.source===document.getElementById('f').contentWindow)window.messages.push(e.data)});</script>`,
  }));
  await page.goto(new URL('./story-bridge-host.html', baseURL).href);
  await expect.poll(() => page.evaluate(() => (window as unknown as { messages: { type: string }[] }).messages.some((m) => m.type === 'dossier:ready'))).toBe(true);
  const frame = page.frameLocator('#f');
  const lastState = () => page.evaluate(() => {
    const states = (window as unknown as { messages: { type: string; state?: unknown }[] }).messages.filter((m) => m.type === 'dossier:state');
    return states.at(-1)?.state as Record<string, unknown> | undefined;
  });
  const set = (state: object) => page.evaluate((s) => document.querySelector<HTMLIFrameElement>('#f')!.contentWindow!.postMessage({ type: 'dossier:set', state: s }, '*'), state);

  for (const id of ['treaty', 'china-stance']) {
    const story = storyById(id);
    for (let n = 1; n <= story.steps.length; n++) {
      await set({ story: id, step: n });
      const { from, to, place, actor, event } = story.steps[n - 1]!.state;
      await expect(frame.getByTestId('story-step')).toHaveText(`${n} / ${story.steps.length}`);
      await expect(frame.getByTestId('event-details')).toHaveCount(event ? 1 : 0);
      await expect.poll(lastState).toMatchObject({ story: id, step: n, from, to, place, actor, event });
    }
  }
  await set({ story: null, step: null });
  await expect(frame.getByTestId('story')).toHaveCount(0);
  await expect.poll(lastState).toMatchObject({ story: null, step: null });
});
