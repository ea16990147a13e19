import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';
import { bundled, expected } from '../fixtures/reference';
import { StoryBar } from '../pages/story-bar';

test.describe('writing a story in the app', () => {
  test('add views as steps, reorder by keyboard, edit, remove; kept across a reload; exported and loaded back', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    const editor = bar.editor;
    await dossier.open();
    await bar.openEditor();
    await expect(editor.root).toBeVisible();
    await editor.storyTitle.fill('Beijing in November');

    // Step 1: Beijing selected.
    await dossier.map.clickPlace('beijing');
    await editor.addStep('Beijing', 'Everything that happened in Beijing.');
    // Step 2: Shoigu, with an event open.
    await dossier.map.clickPlace('beijing');
    await dossier.network.clickActor('sergei-shoigu');
    await dossier.list.root.locator('[data-event-id="shoigu-visits-zhuhai-airshow"]').click();
    await expect(dossier.details.root).toBeVisible();
    await editor.stepTitle.click();
    await editor.addStep('Shoigu at Zhuhai', 'Then the airshow.');
    // Step 3: everything cleared.
    await dossier.details.closeButton.click();
    await dossier.clear();
    await editor.addStep('All of it', 'The whole dossier.');
    await expect(editor.steps).toHaveCount(3);

    // Alt+↑ moves the focused step up, focus following it.
    await editor.stepTitleInput(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => editor.stepTitles()).toEqual(['Beijing', 'All of it', 'Shoigu at Zhuhai']);
    await expect(editor.stepTitleInput(1)).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => editor.stepTitles()).toEqual(['All of it', 'Beijing', 'Shoigu at Zhuhai']);
    // The ↓ button moves too.
    await editor.stepButton(0, 'down').click();
    await expect.poll(() => editor.stepTitles()).toEqual(['Beijing', 'All of it', 'Shoigu at Zhuhai']);
    await expect(editor.stepButton(1, 'down')).toBeFocused();
    // Edit, then remove the middle step.
    await editor.stepCaptionInput(0).fill('Every event in Beijing.');
    await editor.stepButton(1, 'remove').click();
    await expect.poll(() => editor.stepTitles()).toEqual(['Beijing', 'Shoigu at Zhuhai']);

    // Kept in the browser across a reload.
    await page.reload();
    await dossier.app.and(page.locator('[data-ready="true"]')).waitFor();
    await bar.openEditor();
    await expect.poll(() => editor.stepTitles()).toEqual(['Beijing', 'Shoigu at Zhuhai']);
    await expect(editor.stepCaptionInput(0)).toHaveValue('Every event in Beijing.');
    await expect(editor.storyTitle).toHaveValue('Beijing in November');

    // Export: the dataset's `stories` format.
    const [download] = await Promise.all([page.waitForEvent('download'), editor.exportButton.click()]);
    expect(download.suggestedFilename()).toBe('story-beijing-in-november.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { stories: { id: string; steps: { title: string; state: Record<string, unknown> }[] }[] };
    expect(exported.stories).toHaveLength(1);
    const story = exported.stories[0]!;
    expect(story.id).toBe('beijing-in-november');
    expect(story.steps.map((s) => s.title)).toEqual(['Beijing', 'Shoigu at Zhuhai']);
    expect(story.steps[0]!.state).toEqual({ from: null, to: null, place: ['beijing'], actor: [], event: null });
    expect(story.steps[1]!.state).toEqual({ from: null, to: null, place: [], actor: ['sergei-shoigu'], event: 'shoigu-visits-zhuhai-airshow' });

    // Discard (two presses), then load the file back.
    await editor.discardButton.click();
    await editor.discardButton.click();
    await expect(editor.steps).toHaveCount(0);
    await editor.importInput.setInputFiles((await download.path())!);
    await expect.poll(() => editor.stepTitles()).toEqual(['Beijing', 'Shoigu at Zhuhai']);

    // Play the draft like any story.
    await editor.playButton.click();
    await expect(bar.step).toHaveText('1 / 2');
    await expect(dossier.map.place('beijing')).toHaveAttribute('aria-pressed', 'true');
    await bar.next.click();
    await expect(bar.step).toHaveText('2 / 2');
    await expect(dossier.network.actor('sergei-shoigu')).toHaveAttribute('aria-pressed', 'true');
    await expect(dossier.details.root).toBeVisible();

    // And the exported file is a dataset's `stories`: a dataset carrying it plays it from the URL.
    await page.route('**/data/with-story.json', (route) => route.fulfill({ json: { ...bundled, stories: exported.stories } }));
    await page.evaluate(() => localStorage.clear());
    await bar.open('beijing-in-november', 1, { data: './data/with-story.json' });
    await expect(bar.step).toHaveText('1 / 2');
    await expect(bar.title).toHaveText('Beijing');
    await expect(bar.caption).toHaveText('Every event in Beijing.');
    await expect(dossier.count).toHaveText(String(expected({ places: ['beijing'] }).listIds.length));
  });

  test('a file that holds no story says why and keeps the draft', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    await dossier.open();
    await bar.openEditor();
    await dossier.map.clickPlace('moscow');
    await bar.editor.addStep('Moscow', 'Here.');
    await bar.editor.importInput.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"stories":[{"id":"Bad Id","steps":[]}]}') });
    await expect(bar.editor.error).toContainText('holds no story');
    expect(await bar.editor.stepTitles()).toEqual(['Moscow']);
  });

  test('a story captured with some views shows only those views when played', async ({ dossier, page }) => {
    const bar = new StoryBar(page);
    await dossier.open({ views: ['network', 'list'] });
    await bar.openEditor();
    await dossier.network.clickActor('wang-yi');
    await bar.editor.addStep('Wang Yi', 'His week.');
    await bar.editor.playButton.click();
    await expect(bar.step).toHaveText('1 / 1');
    await page.goto(`./?story=my-story&step=1`);
    await dossier.app.and(page.locator('[data-ready="true"]')).waitFor();
    await expect(page.getByTestId('map-view')).toHaveCount(0);
    await expect(page.getByTestId('network-view')).toHaveCount(1);
    await expect(dossier.network.actor('wang-yi')).toHaveAttribute('aria-pressed', 'true');
  });
});
