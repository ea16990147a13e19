import LayoutWorker from './layout.worker.ts?worker&inline';

/** The layout worker built into the page (a blob: worker): the one-file build has no file beside it to load. */
export const createLayoutWorker = (): Worker => new LayoutWorker();
