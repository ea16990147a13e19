import type { LoadedDataset, PipelineInput, Progress } from './pipeline';
import { unpackEvents } from './packed-events';
import type { PackedLoaded, PipelineRequest, PipelineResponse } from './pipeline-protocol';
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

function getWorker(): Worker {
  if (worker) return worker;
  const w = createPipelineWorker();
  w.onmessage = (event: MessageEvent<PipelineResponse>) => {
    const message = event.data;
    const call = pending.get(message.id);
    if (!call) return;
    if (message.kind === 'progress') return call.onProgress?.(message.progress);
    pending.delete(message.id);
    if (message.kind === 'done') {
      // For `npm run bench` and the browser's performance panel: when the worker's result arrived, and its stages.
      performance.mark('dossier:loaded', { detail: message.stageMs });
      call.resolve(unpack(message.loaded));
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

/** The dataset again, its events read on demand from the packed buffers. */
function unpack({ dataset, events: packed, ...rest }: PackedLoaded): LoadedDataset {
  const { events, byId } = unpackEvents(packed);
  return { ...rest, dataset: { ...dataset, events }, eventsById: byId };
}

/** Ends the worker and every load in it. */
function stop(reason: Error) {
  worker?.terminate();
  worker = null;
  for (const call of pending.values()) call.reject(reason);
  pending.clear();
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
