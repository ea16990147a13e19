/// <reference lib="webworker" />
import { columnBuffers } from '../core/event-columns';
import { indexBuffers } from '../core/event-index';
import { packEvents, packedBuffers } from './packed-events';
import { runPipeline, type Progress } from './pipeline';
import type { PipelineRequest, PipelineResponse } from './pipeline-protocol';
import { DatasetError } from './problems';

/** Runs the loading pipeline off the page's thread. Only pipeline-client.ts talks to it. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: PipelineResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = async (event: MessageEvent<PipelineRequest>) => {
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
    const { dataset: { events, ...rest }, source, ...loaded } = await runPipeline(payload.input, { onProgress }, payload.bundledUrl);
    lap('pack');
    const packed = packEvents(events, source);
    lap('post');
    post({ id, kind: 'done', loaded: { ...loaded, dataset: rest, events: packed }, stageMs }, [...columnBuffers(loaded.columns), ...indexBuffers(loaded.index), ...packedBuffers(packed)]);
  } catch (err) {
    const error = err instanceof DatasetError
      ? { file: err.file, summary: err.summary, report: err.report }
      : { message: err instanceof Error ? err.message : String(err) };
    post({ id, kind: 'failed', error });
  }
};
