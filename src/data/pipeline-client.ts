import type { LoadedDataset, PipelineInput, Progress } from './pipeline';
import { unpackEvents } from './packed-events';
import { withEvents, type EventSearchIndex, type PortableSearchIndex } from '../core/search-index-build';
import { WORKER_SEARCH_INDEX, type PackedLoaded, type PipelineRequest, type PipelineResponse } from './pipeline-protocol';
import { DatasetError } from './problems';
import { createPipelineWorker } from './pipeline-worker';

/**
 * The page's side of the loading worker, and the only module that sees its messages. `loadInWorker` returns a
 * promise; cancelling (the AbortSignal) terminates the worker — validation runs synchronously in there, so a
 * message could not interrupt it — and the next load starts a fresh one.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(l: LoadedDataset): void; reject(e: Error): void; onProgress?(p: Progress): void }>();
/** Search indexes asked of the worker, by load: settled by its answer, or rejected when the worker stops. */
const searches = new Map<number, { resolve(index: PortableSearchIndex): void; reject(e: Error): void }>();
/** Search indexes the worker was told to build, by load: resolved when it says it holds one. */
const prepared = new Map<number, () => void>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = createPipelineWorker();
  w.onmessage = (event: MessageEvent<PipelineResponse>) => {
    const message = event.data;
    if (message.kind === 'prepared') {
      prepared.get(message.id)?.();
      prepared.delete(message.id);
      return;
    }
    if (message.kind === 'search') {
      const search = searches.get(message.id);
      searches.delete(message.id);
      if (message.index) search?.resolve(message.index);
      else search?.reject(new Error('The loading worker no longer holds that dataset'));
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    if (message.kind === 'progress') return call.onProgress?.(message.progress);
    pending.delete(message.id);
    if (message.kind === 'done') {
      // For `npm run bench` and the browser's performance panel: when the worker's result arrived, and its stages.
      performance.mark('dossier:loaded', { detail: message.stageMs });
      call.resolve(unpack(message.id, message.loaded));
    }
    else if ('report' in message.error) call.reject(new DatasetError(message.error.file, message.error.report, message.error.summary));
    else call.reject(new Error(message.error.message));
  };
  w.onerror = (event) => {
    event.preventDefault();
    stop(new Error(`The loading worker failed: ${event.message}`));
  };
  return (worker = w);
}

/** The dataset again, its events read on demand from the packed buffers; a large one's search index to come. */
function unpack(id: number, { dataset, events: packed, ...rest }: PackedLoaded): LoadedDataset {
  const { events, byId } = unpackEvents(packed);
  if (packed.count <= WORKER_SEARCH_INDEX) return { ...rest, dataset: { ...dataset, events }, eventsById: byId };
  let asked: Promise<EventSearchIndex> | null = null;
  const searchIndex = () => (asked ??= askSearchIndex(id, events));
  const prepareSearchIndex = () =>
    new Promise<void>((resolve) => {
      prepared.set(id, resolve);
      const ask = () => worker?.postMessage({ id, kind: 'prepare-search' } satisfies PipelineRequest);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(ask, { timeout: 3000 });
      else setTimeout(ask, 500);
    });
  return { ...rest, dataset: { ...dataset, events }, eventsById: byId, searchIndex, prepareSearchIndex };
}

/**
 * The worker builds a large dataset's search index (seconds of work at a million events, that the page would
 * otherwise do in slices on the first search), told to once the page is idle after the first draw, and hands it
 * over when the search box is first used. Not before: taking it in (a hundred megabytes of folded titles at a
 * million events) is one long task of the page's, which would land among the first clicks.
 */
function askSearchIndex(id: number, events: LoadedDataset['dataset']['events']): Promise<EventSearchIndex> {
  if (!worker) return Promise.reject(new Error('The loading worker has stopped'));
  const index = new Promise<PortableSearchIndex>((resolve, reject) => searches.set(id, { resolve, reject }));
  worker.postMessage({ id, kind: 'search' } satisfies PipelineRequest);
  const built = index.then((portable) => withEvents(portable, events));
  built.catch(() => {}); // whoever waits for it sees the rejection; nobody waiting is no error
  return built;
}

/** Ends the worker and every load in it. */
function stop(reason: Error) {
  worker?.terminate();
  worker = null;
  for (const call of [...pending.values(), ...searches.values()]) call.reject(reason);
  pending.clear();
  searches.clear();
  prepared.clear();
}

export function loadInWorker(input: PipelineInput, bundledUrl: string, options: { signal?: AbortSignal; onProgress?(p: Progress): void } = {}): Promise<LoadedDataset> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new DOMException('Loading was cancelled', 'AbortError'));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, onProgress });
    signal?.addEventListener('abort', () => {
      if (pending.has(id)) stop(new DOMException('Loading was cancelled', 'AbortError'));
    }, { once: true });
    const request: PipelineRequest = { id, kind: 'load', payload: { input, bundledUrl } };
    getWorker().postMessage(request);
  });
}
