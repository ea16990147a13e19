import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventNumber, minimalWith, PNG_BYTES } from '../../e2e/fixtures/data/datasets';
import { titleFrom } from './csv';
import { runPipeline, type PipelineInput, type Progress } from './pipeline';
import { DatasetError, problemText } from './problems';

/** The bad-input cases the app must explain; the same files drive the end-to-end tests. */
const fixture = (name: string) => new Uint8Array(readFileSync(`e2e/fixtures/data/${name}`));
const fileInput = (name: string, bytes: Uint8Array<ArrayBuffer> | string = fixture(name)): PipelineInput => ({ kind: 'file', file: new Blob([bytes]), name });

async function refusal(input: PipelineInput): Promise<DatasetError> {
  const err = await runPipeline(input).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(DatasetError);
  return err as DatasetError;
}
const errorsOf = async (input: PipelineInput) => (await refusal(input)).report.errors.map(problemText);

const minimal = (events: unknown[]) => JSON.stringify(minimalWith(events));
const event = eventNumber;

afterEach(() => vi.unstubAllGlobals());

describe('pipeline: files that are not datasets', () => {
  it('not JSON, with where it failed', async () => {
    expect(await errorsOf(fileInput('not-json.json'))).toEqual([expect.stringMatching(/^\(file\): is not valid JSON: Unexpected token/)]);
  });
  it('truncated JSON, located at its end', async () => {
    expect(await errorsOf(fileInput('truncated.json'))).toEqual([expect.stringMatching(/^line 4, column \d+: is not valid JSON: .*(end|Unterminated)/i)]);
  });
  it('a syntax error is located by line and column', async () => {
    expect(await errorsOf(fileInput('typo.json', '{"a": 1,\n "b" 2}'))).toEqual([expect.stringMatching(/^line 2, column 6: is not valid JSON/)]);
  });
  it('an HTML page', async () => {
    expect(await errorsOf(fileInput('html-page.json'))).toEqual(['(file): is an HTML page, not JSON: the server answered with a web page (check the path, or the server)']);
  });
  it('a binary file renamed .json', async () => {
    const png = new Uint8Array(PNG_BYTES);
    expect(await errorsOf(fileInput('image.json', png))).toEqual(['(file): looks like a binary file (it contains zero bytes), not JSON or CSV text']);
  });
  it('an empty file', async () => {
    const err = await refusal(fileInput('empty.json'));
    expect(err.summary).toBe('empty.json is empty.');
    expect(err.report.errors.map(problemText)).toEqual(['(file): is empty']);
  });
  it('schemaVersion 2', async () => {
    expect(await errorsOf(fileInput('version-2.json'))).toEqual(['schemaVersion: is 2, but this app reads schemaVersion 1 only']);
  });
});

describe('pipeline: URLs', () => {
  it('HTTP 404 is a located problem', async () => {
    vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404, statusText: 'Not Found' }));
    const err = await refusal({ kind: 'url', url: 'http://x/gone.json', label: 'gone.json' });
    expect(err.file).toBe('gone.json');
    expect(err.report.errors.map(problemText)).toEqual(['(file): answered HTTP 404 Not Found: check the path']);
  });
  it('an HTML page served as JSON', async () => {
    vi.stubGlobal('fetch', async () => new Response(fixture('html-page.json'), { headers: { 'content-type': 'application/json' } }));
    expect(await errorsOf({ kind: 'url', url: 'http://x/d.json', label: 'd.json' })).toEqual([expect.stringMatching(/is an HTML page/)]);
  });
  it('reports bytes read, then events validated', async () => {
    const body = minimal(Array.from({ length: 3 }, (_, i) => event(i)));
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-length': String(body.length) } }));
    const seen: Progress[] = [];
    const loaded = await runPipeline({ kind: 'url', url: 'http://x/d.json', label: 'd.json' }, { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ phase: 'read', done: body.length, total: body.length });
    expect(seen.map((p) => p.phase)).toEqual(['read', 'parse', 'validate', 'validate', 'index']);
    expect(loaded.origin).toEqual({ kind: 'url', label: 'd.json', baseUrl: 'http://x/d.json', format: 'json' });
  });
  it('a cancelled read stops with an AbortError', async () => {
    vi.stubGlobal('fetch', async () => new Response(minimal([event(1)])));
    const controller = new AbortController();
    controller.abort();
    await expect(runPipeline({ kind: 'url', url: 'http://x/d.json', label: 'd.json' }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('pipeline: datasets with problems', () => {
  it('30 broken events: all 30 reported in one pass', async () => {
    const events = Array.from({ length: 30 }, (_, i) => event(i, { date: '2024-02-30' }));
    const err = await refusal(fileInput('thirty.json', minimal(events)));
    expect(err.report.errorCount).toBe(30);
    expect(err.report.errors.map((p) => p.where)).toEqual(events.map((_, i) => `events[${i}] (id "e${i}") › date`));
  });
  it('10,000 problems: capped at 50, counted in full, fast', async () => {
    const events = Array.from({ length: 10_000 }, (_, i) => event(i, { placeId: 'nowhere' }));
    const t0 = performance.now();
    const err = await refusal(fileInput('many.json', minimal(events)));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(err.report.errors).toHaveLength(50);
    expect(err.report.errorCount).toBe(10_000);
    expect(err.message).toContain('… and 9950 more errors');
  });
  it('two unused places: loads, with two warnings', async () => {
    const loaded = await runPipeline(fileInput('unused-places.json'));
    expect(loaded.dataset.events).toHaveLength(1);
    expect(loaded.warnings.warnings.map((p) => p.where)).toEqual(['places[1] (id "nice")', 'places[2] (id "brest")']);
    expect(loaded.columns.count).toBe(1);
  });
  it('__proto__ and constructor keys anywhere: loads, pollutes nothing', async () => {
    const loaded = await runPipeline(fileInput('proto.json'));
    expect(loaded.dataset.places[0]!.id).toBe('constructor');
    expect(loaded.dataset.events[0]!.kind).toBe('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(loaded.dataset)).toBe(Object.prototype);
  });
  it('a 100 KB title: loads, with a warning', async () => {
    const loaded = await runPipeline(fileInput('long.json', minimal([event(1, { title: 'word '.repeat(20_000) })])));
    expect(loaded.warnings.warnings.map((p) => p.where)).toEqual(['events[0] (id "e1") › title']);
    expect(loaded.dataset.events[0]!.title).toHaveLength(301);
  });
});

describe('pipeline: CSV', () => {
  it('a missing required column names it and what was found', async () => {
    expect(await errorsOf(fileInput('missing-column.csv'))).toEqual([
      'line 1 (header): is missing the required column "quote" or "notes" (found: date, title, place, lat, lon, actors)',
    ]);
  });
  it('ragged rows are reported by their real line, past a quoted field with newlines and commas', async () => {
    expect(await errorsOf(fileInput('ragged.csv'))).toEqual([
      'line 5: has 10 fields but the header has 8; put quotes ("…") around a field that contains commas',
      'line 6 › actors: is empty; every row needs at least one actor name',
      'line 6 › quote: is empty; every row needs its quote',
    ]);
  });
  it('a BOM is ignored', async () => {
    const loaded = await runPipeline(fileInput('bom.csv'));
    expect(loaded.origin.format).toBe('csv');
    expect(loaded.dataset.events[0]!.date).toBe('2024-05-01');
    expect(loaded.dataset.places[0]!.id).toBe('lyon');
  });
  it('a javascript: source_url loads (never shown as a link: see SourceMeta) with a CSV source', async () => {
    const loaded = await runPipeline(fileInput('javascript-url.csv'));
    expect(loaded.dataset.sources).toEqual([{ id: 'le-progres', title: 'Le Progrès', outlet: 'Le Progrès', url: 'javascript:alert(1)' }]);
  });
  it('the examples of data/examples load without a problem', async () => {
    for (const name of ['minimal.json', 'events.csv', 'acled.csv']) {
      const loaded = await runPipeline({ kind: 'file', file: new Blob([readFileSync(`data/examples/${name}`)]), name });
      expect(loaded.warnings.warningCount, name).toBe(0);
      expect(loaded.dataset.events.length, name).toBeGreaterThan(3);
    }
  });
});

describe('CSV titles from ACLED notes', () => {
  it('drop the opening date, keep the first sentence, cut long ones at a word', () => {
    expect(titleFrom('On 16 March 2023, protesters gathered. Police came.')).toBe('Protesters gathered.');
    expect(titleFrom('Around 200 farmers blocked the road')).toBe('Around 200 farmers blocked the road');
    const long = titleFrom(`On 1 May 2024, ${'many words here '.repeat(20)}end.`);
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.endsWith('…')).toBe(true);
  });
});
