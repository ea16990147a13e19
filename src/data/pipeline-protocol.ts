import type { PortableSearchIndex } from '../core/search-index-build';
import type { LoadedDataset, PipelineInput, Progress } from './pipeline';
import type { PackedEvents } from './packed-events';
import type { Dataset } from './schema';
import type { ProblemReport } from './problems';

/**
 * Page → worker: a load; and, for a load of more than WORKER_SEARCH_INDEX events, its search index: built and
 * kept (`prepare-search`), or handed over (`search`, built first if it was not prepared).
 */
export type PipelineRequest =
  | { id: number; kind: 'load'; payload: { input: PipelineInput; bundledUrl: string } }
  | { id: number; kind: 'prepare-search' }
  | { id: number; kind: 'search' };

/** Above this many events the worker builds the search index; below, the page builds it at once in milliseconds. */
export const WORKER_SEARCH_INDEX = 2000;

/** A loaded dataset as it crosses to the page: the events packed (packed-events.ts), every typed array transferred. */
export type PackedLoaded = Omit<LoadedDataset, 'dataset' | 'eventsById' | 'searchIndex'> & { dataset: Omit<Dataset, 'events'>; events: PackedEvents };

/** Worker → page: progress while it works, then exactly one of done or failed. */
export type PipelineResponse =
  | { id: number; kind: 'progress'; progress: Progress }
  /** `stageMs`: the worker's time per stage (read, parse, validate, index, pack), for the performance timeline. */
  | { id: number; kind: 'done'; loaded: PackedLoaded; stageMs: Record<string, number> }
  /** The search index asked for, or null when the worker no longer holds that dataset (another was loaded since). */
  | { id: number; kind: 'search'; index: PortableSearchIndex | null }
  /** The search index is built and kept (after `prepare-search`): asking for it now costs only the hand-over. */
  | { id: number; kind: 'prepared' }
  | { id: number; kind: 'failed'; error: { file: string; summary: string; report: ProblemReport } | { message: string } };
