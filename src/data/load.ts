import { queryOptions } from '@tanstack/react-query';
import { loadInWorker } from './pipeline-client';
import type { LoadedDataset, PipelineInput, Progress } from './pipeline';
import { inlineFile } from './inline-files';
import { DatasetError } from './problems';
import type { Source } from './schema';

export type { DataOrigin, LoadedDataset, Progress } from './pipeline';

export const DEFAULT_DATASET_URL = './data/dataset.json';

/** Which dataset the user asked for: the bundled one, `?data=URL`, or a file opened or dropped (`seq` tells two apart). */
export type DataRequest = { kind: 'bundled' } | { kind: 'url'; param: string } | { kind: 'file'; file: File; seq: number };

export const requestFromParam = (param: string | null): DataRequest => (param === null ? { kind: 'bundled' } : { kind: 'url', param });

/** Resolves `?data=` against the page, and refuses other origins: no request leaves the app's origin. */
export function resolveDatasetUrl(param: string | null, base = window.location.href): URL {
  const url = new URL(param ?? DEFAULT_DATASET_URL, base);
  if (url.origin !== new URL(base).origin) {
    throw DatasetError.single(param ?? '', 'URL parameter "data"',
      `points to another origin (${url.origin}); Dossier only loads datasets served beside it, so copy the file next to the app and use a relative path`,
      `The dataset ${param} was not loaded.`);
  }
  return url;
}

const inlineText = (href: string) => {
  const file = inlineFile(href);
  return file && { text: file.body, contentType: file.type };
};

function pipelineInput(request: DataRequest): PipelineInput {
  if (request.kind === 'file') return { kind: 'file', file: request.file, name: request.file.name };
  if (request.kind === 'url') {
    const url = resolveDatasetUrl(request.param).href;
    return { kind: 'url', url, label: request.param, inline: inlineText(url) };
  }
  const url = resolveDatasetUrl(null).href;
  return { kind: 'bundled', url, inline: inlineText(url) };
}

const requestKey = (r: DataRequest) =>
  r.kind === 'file' ? ['file', r.seq, r.file.name, r.file.size] : r.kind === 'url' ? ['url', r.param] : ['bundled'];

/**
 * Loading a dataset is a query: the worker's pipeline runs in `queryFn`, a refused file becomes a query error
 * (a DatasetError with every problem), and cancelling the query (its signal) stops the worker.
 */
export const datasetQueryOptions = (request: DataRequest, onProgress?: (p: Progress) => void) =>
  queryOptions({
    queryKey: ['dataset', ...requestKey(request)],
    queryFn: async ({ signal }): Promise<LoadedDataset> =>
      loadInWorker(pipelineInput(request), resolveDatasetUrl(null).href, { signal, onProgress }),
    staleTime: Infinity,
    retry: false,
  });

/**
 * A source's text: inline, or a file path relative to the repo root (`data/sources/…`) which the app serves
 * beside the dataset. We resolve against the dataset's folder's parent, as the repo lays them out.
 */
export function sourceTextUrl(source: Source, datasetUrl: string): URL | null {
  if (source.file === undefined) return null;
  const url = new URL(`../${source.file}`, datasetUrl);
  return url.origin === new URL(datasetUrl).origin ? url : null;
}

/** Inline texts are keyed by their record: two datasets may both have a source "s1" with different texts. */
const inlineKeys = new WeakMap<Source, number>();
let inlineCount = 0;
const inlineKey = (source: Source) => {
  if (source.text === undefined) return null;
  if (!inlineKeys.has(source)) inlineKeys.set(source, ++inlineCount);
  return inlineKeys.get(source)!;
};

export const sourceTextQueryOptions = (source: Source, datasetUrl: string) =>
  queryOptions({
    queryKey: ['source-text', datasetUrl, source.id, source.file ?? null, inlineKey(source)],
    queryFn: async (): Promise<string> => {
      if (source.text !== undefined) return source.text;
      const url = sourceTextUrl(source, datasetUrl);
      if (!url) throw new Error(`Source "${source.id}" has no readable file on this origin.`);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`Source "${source.id}": ${source.file} answered HTTP ${res.status}.`);
      return res.text();
    },
    staleTime: Infinity,
    retry: false,
  });
