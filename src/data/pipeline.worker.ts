/// <reference lib="webworker" />
import { columnBuffers } from '../core/event-columns';
import { indexBuffers } from '../core/event-index';
import { buildEventSearchIndex, portableSearchIndex } from '../core/search-index-build';
import { packEvents, packedBuffers } from './packed-events';
import { runPipeline, type Progress } from './pipeline';
import { WORKER_SEARCH_INDEX, type PipelineRequest, type PipelineResponse } from './pipeline-protocol';
import type { Dataset } from './schema';
import { DatasetError } from './problems';

/** Runs the loading pipeline off the page's thread. Only pipeline-client.ts talks to it. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: PipelineResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** The last large dataset loaded, kept until the page asks for its search index; the index once built. */
let lastLoaded: { id: number; dataset: Dataset } | null = null;
let prepared: { id: number; built: ReturnType<typeof portableSearchIndex> } | null = null;

function prepareSearchIndex(id: number) {
  if (prepared?.id === id || lastLoaded?.id !== id) return;
  prepared = { id, built: portableSearchIndex(buildEventSearchIndex(lastLoaded.dataset)) };
  lastLoaded = null;
}

function postSearchIndex(id: number) {
  prepareSearchIndex(id);
  if (prepared?.id !== id) return post({ id, kind: 'search', index: null });
  const { index, transfer } = prepared.built;
  prepared = null;
  post({ id, kind: 'search', index }, transfer);
}

scope.onmessage = async (event: MessageEvent<PipelineRequest>) => {
  if (event.data.kind === 'prepare-search') {
    prepareSearchIndex(event.data.id);
    if (prepared?.id === event.data.id) post({ id: event.data.id, kind: 'prepared' });
    return;
  }
  if (event.data.kind === 'search') return postSearchIndex(event.data.id);
  lastLoaded = null;
  prepared = null;
  const { id, payload } = event.data;
  let last = 0;
  // How long each stage took (ms), for the page's performance timeline: what `npm run bench` splits "ready" by.
  const stageMs: Record<string, number> = {};
  let stage = 'read';
  let stageStart = performance.now();
  const lap = (next: string) => {
    const now = performance.now();
    stageMs[stage] = Math.round((stageMs[stage] ?? 0) + now - stageStart);
    stage = next;
    stageStart = now;
  };
  const onProgress = (progress: Progress) => {
    if (progress.phase !== stage) lap(progress.phase);
    // A progress message every 50 ms is plenty for a progress bar, and keeps the page's queue short.
    const now = performance.now();
    if (now - last < 50 && progress.done !== progress.total) return;
    last = now;
    post({ id, kind: 'progress', progress });
  };
  try {
    const { dataset, source, ...loaded } = await runPipeline(payload.input, { onProgress }, payload.bundledUrl);
    const { events, ...rest } = dataset;
    lap('pack');
    const packed = packEvents(events, source);
    lap('post');
    post({ id, kind: 'done', loaded: { ...loaded, dataset: rest, events: packed }, stageMs }, [...columnBuffers(loaded.columns), ...indexBuffers(loaded.index), ...packedBuffers(packed)]);
    if (events.length > WORKER_SEARCH_INDEX) lastLoaded = { id, dataset };
  } catch (err) {
    const error = err instanceof DatasetError
      ? { file: err.file, summary: err.summary, report: err.report }
      : { message: err instanceof Error ? err.message : String(err) };
    post({ id, kind: 'failed', error });
  }
};
