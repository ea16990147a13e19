import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../src/core/test-fixtures';
import { checkDatasetFile } from './check-data';

function repoWith(dataset: unknown, sources: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-check-'));
  mkdirSync(join(root, 'data', 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(root, 'data', 'sources', name), text);
  const file = join(root, 'data', 'dataset.json');
  writeFileSync(file, typeof dataset === 'string' ? dataset : JSON.stringify(dataset));
  return file;
}

describe('check:data', () => {
  it('the bundled dataset passes', () => {
    expect(checkDatasetFile('data/dataset.json')).toEqual([]);
  });

  it('reads quotes from source files and reports one that is not verbatim', () => {
    const d = tinyDataset();
    d.sources[0] = { ...d.sources[0]!, text: undefined, file: 'data/sources/a.txt' };
    delete d.sources[0]!.text;
    d.events[0]!.evidence = [{ sourceId: 's1', quote: 'not in the file' }];
    const problems = checkDatasetFile(repoWith(d, { 'a.txt': 'Alpha beta gamma.' })).map((p) => `${p.where}: ${p.message}`);
    expect(problems).toContain('events[0] (id "e1") › evidence[0] › quote: is not verbatim in source "s1": "not in the file"');
  });

  it('names a missing source file and unreadable JSON', () => {
    const d = tinyDataset();
    d.sources[0] = { id: 's1', title: 'T', outlet: 'O', language: 'fr', published: null, file: 'data/sources/gone.txt' };
    expect(checkDatasetFile(repoWith(d)).map((p) => p.message)).toContain('names "data/sources/gone.txt", which does not exist');
    expect(checkDatasetFile(repoWith('{ "schemaVersion": 1,'))[0]!.message).toMatch(/^is not readable JSON/);
  });

  it('requires the six places of the design', () => {
    const problems = checkDatasetFile(repoWith(tinyDataset())).map((p) => p.message);
    expect(problems).toContain('is missing the required place "valletta"');
  });
});
