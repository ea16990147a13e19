import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './problems';
import type { Dataset, Source } from './schema';
import { validateDataset } from './validate';

export const DEFAULT_DATASET_URL = './data/dataset.json';

/** Resolves `?data=` against the page, and refuses other origins: no request leaves the app's origin. */
export function resolveDatasetUrl(param: string | null, base = window.location.href): URL {
  const url = new URL(param ?? DEFAULT_DATASET_URL, base);
  if (url.origin !== new URL(base).origin) {
    throw new DatasetError(param ?? '', [
      { where: 'URL parameter "data"', message: `points to another origin (${url.origin}); Dossier only loads datasets served beside it, so copy the file next to the app and use a relative path` },
    ], `The dataset ${param} was not loaded.`);
  }
  return url;
}

async function fetchJson(url: URL, label: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new DatasetError(label, [{ where: '(network)', message: `could not be fetched: ${(err as Error).message}` }], `The dataset ${label} could not be loaded.`);
  }
  if (!res.ok) {
    throw new DatasetError(label, [{ where: '(file)', message: `answered HTTP ${res.status} ${res.statusText}: check the path` }], `The dataset ${label} could not be loaded.`);
  }
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DatasetError(label, [{ where: '(file)', message: `is not valid JSON: ${(err as Error).message}` }], `The dataset ${label} is not valid JSON.`);
  }
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Where the dataset came from: source files resolve against it. */
  url: string;
}

export const datasetQueryOptions = (param: string | null) =>
  queryOptions({
    queryKey: ['dataset', param ?? DEFAULT_DATASET_URL],
    queryFn: async (): Promise<LoadedDataset> => {
      const url = resolveDatasetUrl(param);
      const label = param ?? 'data/dataset.json';
      const raw = await fetchJson(url, label);
      const result = validateDataset(raw);
      if (!result.ok) throw new DatasetError(label, result.problems);
      return { dataset: result.dataset, url: url.href };
    },
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

export const sourceTextQueryOptions = (source: Source, datasetUrl: string) =>
  queryOptions({
    queryKey: ['source-text', datasetUrl, source.id],
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
