import { expect, test } from '../fixtures/dossier';

test.describe('loading', () => {
  test('becomes ready with the bundled dataset, no console error, no request off the origin', async ({ dossier, consoleErrors, foreignRequests }) => {
    await dossier.open();
    await expect(dossier.app).toHaveAttribute('data-ready', 'true');
    await expect(dossier.count).toHaveText(/^\d+$/);
    expect(await dossier.eventCount()).toBeGreaterThanOrEqual(30);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('says what is wrong and where when the dataset is broken', async ({ dossier, page }) => {
    await page.route('**/broken.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ schemaVersion: 1, title: { en: 'x', fr: 'x' }, sources: [{ id: 's1', title: 't', outlet: 'o', language: 'fr', published: null, text: 'abc' }], places: [], actors: [], events: [{ id: 'e1', date: '2024-13-01' }] }),
      }),
    );
    await dossier.open({ data: 'broken.json' });
    await expect(dossier.app).toHaveAttribute('data-ready', 'error');
    await expect(dossier.alert).toContainText('broken.json');
    await expect(dossier.alert).toContainText('events[0] (id "e1") › date');
  });
});
