import { buildEventColumns, type EventColumns } from '../core/event-columns';
import { actorRanks, buildEventIndex, type EventIndex } from '../core/event-index';
import type { EventSearchIndex } from '../core/search-index-build';
import { csvToDataset } from './csv';
import { createEventScanner, type EventLookup, type EventScanner, type EventSource } from './packed-events';
import { DatasetError, ProblemCollector, type ProblemReport } from './problems';
import type { Dataset } from './schema';
import { validateDataset, type RecordNames, type ValidateOptions } from './validate';

/**
 * The one loading pipeline: read (fetch a URL or read a File, counting bytes) → parse (JSON, or CSV) →
 * validate (every problem in one pass) → index (event columns, and the filter engine's indexes over them). Plain functions without DOM or React, so the
 * worker, the unit tests and `npm run check:data` all run the same code.
 */

/** What to load. URLs are absolute and already checked to be on the app's origin (see load.ts). */
export type PipelineInput =
  | { kind: 'bundled'; url: string; inline?: InlineText }
  | { kind: 'url'; url: string; label: string; inline?: InlineText }
  | { kind: 'file'; file: Blob; name: string };

/** A URL's body already in the page (the one-file build), so nothing is fetched. */
export interface InlineText {
  text: string;
  contentType: string;
}

export interface DataOrigin {
  kind: PipelineInput['kind'];
  /** What the user sees: the URL as given, or the file name. */
  label: string;
  /** Absolute URL that `sources[].file` paths resolve against. */
  baseUrl: string;
  format: 'json' | 'csv';
}

export interface LoadedDataset {
  dataset: Dataset;
  columns: EventColumns;
  /** The filter engine's indexes over the columns (date orders, events per place, actor and tie). */
  index: EventIndex;
  /** Events by id, when the loader has a faster way than a Map over `dataset.events` (the worker's table). */
  eventsById?: EventLookup;
  /**
   * A large dataset's search index from the loading worker, asked when the search box is first used: the same
   * promise each call, rejected if the worker has stopped since. `prepareSearchIndex` has the worker build it
   * beforehand (once the views are drawn) and keep it, so that asking costs only the hand-over.
   */
  searchIndex?: () => Promise<EventSearchIndex>;
  /** Resolves once the worker holds the built index (never, if it stopped or another dataset was loaded). */
  prepareSearchIndex?: () => Promise<void>;
  /** Problems that did not refuse the dataset (unused places, quotes not found…): the first 50 and the count. */
  warnings: ProblemReport;
  origin: DataOrigin;
}

export type Phase = 'read' | 'parse' | 'validate' | 'index';
/** Bytes while reading, events while validating; `total` is null when unknown (a server that sends no length). */
export interface Progress {
  phase: Phase;
  done: number;
  total: number | null;
}

export interface PipelineHooks {
  onProgress?(p: Progress): void;
  signal?: AbortSignal;
}

const failed = (file: string, where: string, message: string, summary?: string) => DatasetError.single(file, where, message, summary);

/**
 * Reads a body to text (and its bytes), reporting bytes; refuses binary data and text that is not UTF-8.
 * `scanner` looks for the events in the bytes as they arrive (packed-events.ts), while the thread would
 * otherwise wait for the network: only when the length is known, so that the bytes stay in one buffer.
 */
export async function readText(
  body: ReadableStream<Uint8Array> | null, total: number | null, file: string, hooks: PipelineHooks = {}, scanner?: EventScanner,
): Promise<{ text: string; bytes: Uint8Array; scanned: boolean }> {
  // With the length known, chunks go straight into one buffer: no list of chunks, no second copy of a big file.
  const buffer = new Uint8Array(total ?? 0);
  const chunks: Uint8Array[] = [];
  let done = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      if (hooks.signal?.aborted) {
        await reader.cancel();
        throw new DOMException('Loading was cancelled', 'AbortError');
      }
      const next = await reader.read();
      if (next.done) break;
      if (chunks.length === 0 && done + next.value.byteLength <= buffer.length) {
        buffer.set(next.value, done);
        scanner?.scan(buffer, done + next.value.byteLength);
      } else {
        // Longer than announced (or no length): keep chunks, and join them at the end.
        if (chunks.length === 0) chunks.push(buffer.subarray(0, done));
        chunks.push(next.value);
      }
      done += next.value.byteLength;
      hooks.onProgress?.({ phase: 'read', done, total });
    }
  }
  let bytes = buffer.subarray(0, done);
  if (chunks.length > 0) {
    bytes = new Uint8Array(done);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
  }
  if (bytes.subarray(0, 4096).includes(0)) {
    throw failed(file, '(file)', 'looks like a binary file (it contains zero bytes), not JSON or CSV text', `${file} is not a dataset.`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes, scanned: scanner !== undefined && chunks.length === 0 };
  } catch {
    throw failed(file, '(file)', 'is not UTF-8 text; save it as UTF-8 JSON or CSV', `${file} is not a dataset.`);
  }
}

/** Fetches a dataset URL (same origin) and reads it, turning network and HTTP failures into located problems. */
export async function fetchText(url: string, label: string, hooks: PipelineHooks = {}, scanner?: EventScanner): Promise<{ text: string; bytes: Uint8Array; scanned: boolean; contentType: string }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: hooks.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw failed(label, '(network)', `could not be fetched: ${(err as Error).message}`, `The dataset ${label} could not be loaded.`);
  }
  if (!res.ok) {
    throw failed(label, '(file)', `answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}: check the path`, `The dataset ${label} could not be loaded.`);
  }
  const length = Number(res.headers.get('content-length'));
  return { ...await readText(res.body, length > 0 ? length : null, label, hooks, scanner), contentType: res.headers.get('content-type') ?? '' };
}

export interface Parsed {
  format: 'json' | 'csv';
  raw: unknown;
  names?: RecordNames;
  /** Problems found while parsing (a CSV's missing columns, ragged rows…). */
  report?: ProblemReport;
}

/** "Unexpected token } in JSON at position 120" → where that is as line and column. */
function jsonErrorWhere(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m && !/end of JSON/i.test(message)) return '(file)';
  const pos = m ? Number(m[1]) : text.length;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `line ${line}, column ${pos - before.lastIndexOf('\n')}`;
}

export const isCsv = (name: string, contentType = '') => /\.csv$/i.test(name.split(/[?#]/)[0]!) || /text\/csv/i.test(contentType);

/** Parses JSON, or CSV by file extension or content type. */
export function parseText(text: string, file: string, contentType = ''): Parsed {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw failed(file, '(file)', 'is empty', `${file} is empty.`);
  if (isCsv(file, contentType)) {
    const csv = csvToDataset(text, file.split(/[\\/]/).pop()!);
    return { format: 'csv', raw: csv.raw, names: csv.names, report: csv.report };
  }
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) {
    throw failed(file, '(file)', 'is an HTML page, not JSON: the server answered with a web page (check the path, or the server)', `${file} is not a dataset.`);
  }
  try {
    return { format: 'json', raw: JSON.parse(body) };
  } catch (err) {
    const message = (err as Error).message;
    throw failed(file, jsonErrorWhere(body, message), `is not valid JSON: ${message}`, `${file} is not valid JSON.`);
  }
}

/**
 * Validates a parsed dataset; the report merges the parser's problems (a CSV's) with the validator's. `extra`
 * is for check:data: the complete profile, and source texts read from the repo.
 */
export function checkParsed(parsed: Parsed, file: string, hooks: PipelineHooks = {}, extra: Pick<ValidateOptions, 'profile' | 'sourceTexts'> = {}) {
  const result = validateDataset(parsed.raw, {
    ...extra,
    fallbackTitle: file,
    names: parsed.names,
    textlessSources: parsed.format === 'csv',
    onProgress: (done, total) => hooks.onProgress?.({ phase: 'validate', done, total }),
  });
  const all = new ProblemCollector();
  if (parsed.report) all.merge(parsed.report);
  all.merge(result.report);
  const ok = result.ok && !all.failed;
  return {
    dataset: ok ? result.dataset : null,
    report: all.report,
    changed: result.ok ? result.changed : new Set<object>(),
    eventTable: result.ok ? result.eventTable : undefined,
    refs: result.ok ? result.refs : undefined,
  };
}

/** Throws a DatasetError listing every error (capped), else returns the dataset with its warnings. */
export function validateParsed(parsed: Parsed, file: string, hooks: PipelineHooks = {}) {
  const { dataset, report, changed, eventTable, refs } = checkParsed(parsed, file, hooks);
  if (!dataset) throw new DatasetError(file, report);
  return { dataset, warnings: report, changed, eventTable, refs };
}

const labelOf = (input: PipelineInput) => (input.kind === 'file' ? input.name : input.kind === 'url' ? input.label : 'data/dataset.json');


/** The whole pipeline. Throws DatasetError (with every problem) or an AbortError. */
export async function runPipeline(input: PipelineInput, hooks: PipelineHooks = {}, bundledUrl = ''): Promise<LoadedDataset & { source: EventSource }> {
  const label = labelOf(input);
  const scanner = isCsv(label) ? undefined : createEventScanner();
  const { text, bytes, contentType, scanned } = input.kind === 'file'
    ? { ...await readText(input.file.stream(), input.file.size, label, hooks, scanner), contentType: input.file.type }
    : input.inline ? { ...input.inline, bytes: undefined, scanned: false } : await fetchText(input.url, label, hooks, scanner);
  hooks.onProgress?.({ phase: 'parse', done: 0, total: null });
  const parsed = parseText(text, label, contentType);
  const { dataset, warnings, changed, eventTable, refs } = validateParsed(parsed, label, hooks);
  hooks.onProgress?.({ phase: 'index', done: 0, total: null });
  const columns = buildEventColumns(dataset, refs);
  const index = buildEventIndex(columns, dataset.places.length, actorRanks(dataset.actors));
  const baseUrl = input.kind === 'file' ? bundledUrl : input.url;
  const ranges = scanned ? scanner!.ranges(dataset.events.length) : undefined;
  const source = { bytes: parsed.format === 'json' ? bytes : undefined, changed, idTable: eventTable, ranges };
  return { dataset, columns, index, warnings, origin: { kind: input.kind, label, baseUrl, format: parsed.format }, source };
}
