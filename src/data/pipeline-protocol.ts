import type { LoadedDataset, PipelineInput, Progress } from './pipeline';
import type { PackedEvents } from './packed-events';
import type { Dataset } from './schema';
import type { ProblemReport } from './problems';

/** Page → worker. */
export type PipelineRequest = { id: number; kind: 'load'; payload: { input: PipelineInput; bundledUrl: string } };

/** A loaded dataset as it crosses to the page: the events packed (packed-events.ts), every typed array transferred. */
export type PackedLoaded = Omit<LoadedDataset, 'dataset' | 'eventsById'> & { dataset: Omit<Dataset, 'events'>; events: PackedEvents };

/** Worker → page: progress while it works, then exactly one of done or failed. */
export type PipelineResponse =
  | { id: number; kind: 'progress'; progress: Progress }
  /** `stageMs`: the worker's time per stage (read, parse, validate, index, pack), for the performance timeline. */
  | { id: number; kind: 'done'; loaded: PackedLoaded; stageMs: Record<string, number> }
  | { id: number; kind: 'failed'; error: { file: string; summary: string; report: ProblemReport } | { message: string } };
