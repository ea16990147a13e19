/**
 * Entry of the one-file build (`npm run build:single`, vite.single.config.ts). Opened from disk, a page can
 * fetch nothing — not even files beside it — so the files the app reads (the dataset and its source texts)
 * are built into the page, and `fetch` answers for exactly those paths before anything else runs. Every
 * other request goes to the real fetch (data: URLs, which the build uses for fonts and the basemap).
 */
import dataset from '../data/dataset.json?raw';
import { inlineFile, registerInlineFiles } from './data/inline-files';

const sources = import.meta.glob<string>('../data/sources/*.txt', { query: '?raw', import: 'default', eager: true });

const pageDir = new URL('./', window.location.href).href;
registerInlineFiles([
  [`${pageDir}data/dataset.json`, { body: dataset, type: 'application/json' }],
  ...Object.entries(sources).map(([path, body]) => [`${pageDir}${path.replace(/^\.\.\//, '')}`, { body, type: 'text/plain; charset=utf-8' }] as const),
]);

// The dataset goes to the loading worker as text (see load.ts); source texts are fetched by the page.
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  const file = inlineFile(new URL(url, window.location.href).href);
  if (file) return Promise.resolve(new Response(file.body, { status: 200, headers: { 'Content-Type': file.type } }));
  return realFetch(input, init);
};

await import('./main');
