import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../src/core/test-fixtures';
import { problemText } from '../../src/data/problems';
import { checkDatasetFile } from './check-data';

function repoWith(dataset: unknown, sources: Record<string, string> = {}, name = 'dataset.json'): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-check-'));
  mkdirSync(join(root, 'data', 'sources'), { recursive: true });
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(root, 'data', 'sources', file), text);
  const file = join(root, 'data', name);
  writeFileSync(file, typeof dataset === 'string' ? dataset : JSON.stringify(dataset));
  return file;
}
const errorsOf = async (file: string, complete = false) => (await checkDatasetFile(file, { complete })).report.errors.map(problemText);

describe('check:data', () => {
  it('the bundled dataset passes the complete rules', async () => {
    const { report, dataset } = await checkDatasetFile('data/dataset.json', { complete: true });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(dataset?.events.length).toBeGreaterThan(30);
  });

  it('a user dataset passes the minimal rules without our six places; --complete asks for them', async () => {
    const file = repoWith(tinyDataset());
    expect(await errorsOf(file)).toEqual([]);
    expect(await errorsOf(file, true)).toContain('places: is missing the required place "valletta"');
  });

  it('--complete reads quotes from source files and reports one that is not verbatim', async () => {
    const d = tinyDataset();
    d.sources[0] = { id: 's1', title: 'T', outlet: 'O', language: 'fr', published: null, file: 'data/sources/a.txt' };
    d.events[0]!.evidence = [{ sourceId: 's1', quote: 'not in the file' }];
    expect(await errorsOf(repoWith(d, { 'a.txt': 'Alpha beta gamma.' }), true))
      .toContain('events[0] (id "e1") › evidence[0] › quote: is not verbatim in source "s1": "not in the file"');
  });

  it('--complete names a missing source file', async () => {
    const d = tinyDataset();
    d.sources[0] = { id: 's1', title: 'T', outlet: 'O', language: 'fr', published: null, file: 'data/sources/gone.txt' };
    expect(await errorsOf(repoWith(d), true)).toContain('sources[0] (id "s1") › file: names "data/sources/gone.txt", which does not exist');
  });

  it('checks CSV files with the app\'s CSV reader, and unreadable JSON', async () => {
    expect(await errorsOf('e2e/fixtures/data/missing-column.csv')).toEqual([expect.stringMatching(/^line 1 \(header\): is missing the required column "quote"/)]);
    expect(await errorsOf('data/examples/acled.csv')).toEqual([]);
    expect((await errorsOf(repoWith('{ "schemaVersion": 1,')))[0]).toMatch(/is not valid JSON/);
  });

  it('prints errors and warnings as the app words them, and exits 1 only on errors', () => {
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync('npx', ['tsx', 'data/scripts/check-data.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (err) {
        const e = err as { status: number; stderr: string; stdout: string };
        return { code: e.status, out: e.stderr + e.stdout };
      }
    };
    const warned = run(['e2e/fixtures/data/unused-places.json']);
    expect(warned.code).toBe(0);
    expect(warned.out).toContain('warning: e2e/fixtures/data/unused-places.json: places[1] (id "nice"): is not the place of any event');
    const refused = run(['e2e/fixtures/data/version-2.json']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('error: e2e/fixtures/data/version-2.json: schemaVersion: is 2, but this app reads schemaVersion 1 only');
  }, 30_000);
});
