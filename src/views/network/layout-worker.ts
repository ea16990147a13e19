/** The layout worker, as a separate file beside the app (the one-file build swaps in layout-worker.inline.ts). */
export const createLayoutWorker = (): Worker => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
