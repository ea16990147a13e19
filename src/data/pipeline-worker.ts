/** The loading worker, as a separate file beside the app (the one-file build swaps in pipeline-worker.inline.ts). */
export const createPipelineWorker = (): Worker => new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
