import PipelineWorker from './pipeline.worker.ts?worker&inline';

/** The loading worker built into the page (a blob: worker): the one-file build has no file beside it to load. */
export const createPipelineWorker = (): Worker => new PipelineWorker();
