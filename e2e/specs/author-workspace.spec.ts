import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/dossier';
import { AuthorPage } from '../pages/author-page';

const ARTICLE = readFileSync('data/sources/000_8d7d9a5b2f6bec4e.txt', 'utf8');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

test.describe('authoring workspace', () => {
  test('a newcomer pastes an article, makes five events from the proposals, sees them in the views, exports and reopens the dossier', async ({ page, foreignRequests, consoleErrors }) => {
    test.setTimeout(120_000);
    const author = new AuthorPage(page);
    await author.open();
    await author.addSource({ title: 'Guerre en Ukraine (direct)', outlet: '20 Minutes', language: 'fr', published: '2024-11-12', text: ARTICLE });
    await expect(author.article).toContainText('Wang Yi doit s’entretenir ce mardi');

    // 1. "ce mardi" in an article of Tuesday 12 Nov is that day; Pékin is Beijing; both men are proposed.
    await author.chooseSentence('Wang Yi doit s’entretenir ce mardi');
    await expect(author.dateInput()).toHaveValue('2024-11-12');
    await expect(author.form.getByTestId('author-date-option').first()).toContainText('ce mardi');
    await expect(author.checkedPlace()).toHaveAttribute('data-place-key', /^Beijing@/);
    await expect(author.checkedActors()).toHaveCount(2);
    await expect(author.form.locator('label.author-option', { hasText: 'Sergueï Choïgou' }).locator('input')).toBeChecked();
    await author.addEvent('Wang Yi reçoit Sergueï Choïgou à Pékin');
    await expect(author.draftEvents).toHaveCount(1);

    // 2. "mardi" in the past tense: the same Tuesday; Pyongyang from the gazetteer.
    await author.chooseSentence('Pyongyang a ratifié un accord de défense');
    await expect(author.dateInput()).toHaveValue('2024-11-12');
    await expect(author.checkedPlace()).toHaveAttribute('data-place-key', /^Pyongyang@/);
    await expect(page.getByTestId('author-kind')).toHaveValue('ratification');
    await author.addEvent('La Corée du Nord ratifie le traité');

    // 3. "le 11 novembre" is the past 11 November; Kim Jong-un is a new actor in one step.
    await author.chooseSentence('a été ratifié sous la forme d’un décret');
    await expect(author.dateInput()).toHaveValue('2024-11-11');
    await expect(author.form.locator('label.author-option', { hasText: 'Kim Jong-un' }).locator('input')).toBeChecked();
    await author.placeOption('Pyongyang').check();
    await author.addEvent('Kim Jong-un signe le décret de ratification');

    // 4. "en juin" is a month; Pyongyang is now a place of the draft and is reused.
    await author.chooseSentence('Conclu au cours d’une rare visite');
    await expect(author.dateInput()).toHaveValue('2024-06');
    await expect(author.checkedPlace()).toHaveAttribute('data-place-key', 'pyongyang');
    await author.addActor('Vladimir Poutine');
    await author.addEvent('Poutine en visite à Pyongyang');

    // 5. No date of its own: the context's (a past-tense report of Tuesday's meeting, so the day before); no place
    // named: searched by its French name, found in the draft.
    await author.chooseSentence('Ils vont avoir des « consultations');
    await expect(author.dateInput()).toHaveValue('2024-11-11');
    await expect(author.form.getByTestId('author-date-option').first()).toContainText(/context/i);
    await author.searchPlace('Pékin');
    await expect(author.checkedPlace()).toHaveAttribute('data-place-key', 'beijing');
    await expect(author.form.locator('label.author-option', { hasText: 'Lin Jian' }).locator('input')).toBeChecked();
    await author.addEvent('Consultations stratégiques annoncées');
    await expect(author.draftEvents).toHaveCount(5);

    // The draft's map, network and timeline show them.
    await expect(author.views.getByTestId('map-view').locator('[data-place-id]')).toHaveCount(2);
    await expect(author.views.getByTestId('network-view').locator('[data-actor-id="kim-jong-un"]')).toHaveCount(1);
    // Wang Yi, Choïgou, KCNA, Kim Jong-un, Poutine, Lin Jian, and the countries named beside them (Russie, Ukraine).
    await expect(author.views.getByTestId('network-view').locator('[data-actor-id]')).toHaveCount(8);
    await expect(author.views.getByTestId('network-view').locator('[data-actor-id="russie"]')).toHaveCount(1);
    await expect(author.views.getByTestId('timeline-view').getByRole('slider')).toHaveCount(2);

    // Export: the minimal form, ids slugs, quotes verbatim in the inline text.
    const exported = await author.exportDataset();
    const data = exported.json as { schemaVersion: number; title: string; sources: Array<{ id: string; text: string }>; places: Array<{ id: string }>; actors: Array<{ id: string }>; events: Array<{ id: string; date: string; title: string; evidence: Array<{ quote: string }> }> };
    expect(data.schemaVersion).toBe(1);
    expect(data.events.map((e) => e.date).sort()).toEqual(['2024-06', '2024-11-11', '2024-11-11', '2024-11-12', '2024-11-12']);
    expect(data.sources).toHaveLength(1);
    expect(typeof data.events[0]!.title).toBe('string');
    for (const e of data.events) for (const q of e.evidence) expect(data.sources[0]!.text).toContain(q.quote);
    for (const rec of [...data.places, ...data.actors, ...data.events, ...data.sources]) expect(rec.id).toMatch(SLUG);

    // The draft survives a reload (IndexedDB).
    await expect(page.getByTestId('author-save-state')).toHaveAttribute('data-state', 'saved');
    await page.reload();
    await author.root.and(page.locator('[data-ready="true"]')).waitFor();
    await expect(author.draftEvents).toHaveCount(5);

    // A new draft, then the exported file opened again to continue.
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('author-reset').click();
    await expect(author.draftEvents).toHaveCount(0);
    await author.openDataset(exported.name, exported.text);
    await expect(author.draftEvents).toHaveCount(5);
    await expect(author.views.getByTestId('map-view').locator('[data-place-id]')).toHaveCount(2);
    await expect(author.sentence('Wang Yi doit')).toBeVisible();

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('several quotes back one event', async ({ page }) => {
    const author = new AuthorPage(page);
    await author.open();
    await author.addSource({ title: 'Direct', language: 'fr', published: '2024-11-12', text: ARTICLE });
    await author.chooseSentence('Wang Yi doit s’entretenir ce mardi');
    await author.addEvent('Wang Yi reçoit Choïgou');
    await author.chooseSentence('Ils discuteront ainsi');
    await page.getByTestId('author-add-quote').click();
    await expect(author.draftEvents.first()).toContainText('2');
    const { json } = await author.exportDataset();
    expect((json.events as Array<{ evidence: unknown[] }>)[0]!.evidence).toHaveLength(2);
  });

  test('the header leads to the workspace, whose code is loaded only then', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('./');
    await page.locator('[data-testid="app"][data-ready="true"]').waitFor();
    expect(scripts.some((u) => u.includes('AuthorApp'))).toBe(false);
    await page.getByTestId('open-author').click();
    await expect(page.getByTestId('author-workspace')).toHaveAttribute('data-ready', 'true');
    expect(scripts.some((u) => u.includes('AuthorApp'))).toBe(true);
  });

  test('an exported dataset loads into the viewer', async ({ page }) => {
    const author = new AuthorPage(page);
    await author.open();
    await author.addSource({ title: 'Direct', language: 'fr', published: '2024-11-12', text: ARTICLE });
    await author.chooseSentence('Wang Yi doit s’entretenir ce mardi');
    await author.addEvent('Wang Yi reçoit Choïgou');
    const { text } = await author.exportDataset();
    await page.route('**/data/exported.json', (route) => route.fulfill({ contentType: 'application/json', body: text }));
    await page.goto('./?data=data/exported.json');
    await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('event-count')).toHaveText('1');
  });
});
