import type { LoadedDataset, PipelineInput, Progress } from './pipeline';
import type { ProblemReport } from './problems';

/** Page → worker. */
export type PipelineRequest = { id: number; kind: 'load'; payload: { input: PipelineInput; bundledUrl: string } };

/** Worker → page: progress while it works, then exactly one of done or failed. */
export type PipelineResponse =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'done'; loaded: LoadedDataset }
  | { id: number; kind: 'failed'; error: { file: string; summary: string; report: ProblemReport } | { message: string } };
