import { statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { copyDatasetPlugin } from './data/scripts/vite-copy-dataset';

/** examples/ (the slide deck) ships as-is in dist/examples/, beside the app its iframes point at ("../"). */
function copyExamplesPlugin(): Plugin {
  let outDir = 'dist';
  let isBuild = false;
  return {
    name: 'dossier-copy-examples',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    async closeBundle() {
      if (isBuild) await cp(resolve(import.meta.dirname, 'examples'), resolve(outDir, 'examples'), { recursive: true });
    },
  };
}

/**
 * `vite preview` (and `npm start`) gzips every response on the fly: for a dataset of hundreds of MB that is
 * seconds of server CPU before the first byte reaches the loading worker (5.5 s for 1M synthetic events here,
 * 0.6 s sent as is). Data files over 8 MB are sent uncompressed; a real host would precompress them.
 */
function largeDataUncompressedPlugin(): Plugin {
  let distDir = 'dist';
  return {
    name: 'dossier-large-data-uncompressed',
    configResolved(config) {
      distDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]!);
        if (/^\/data\/[^/]+\.(json|csv)$/.test(path)) {
          const size = statSync(resolve(distDir, `.${path}`), { throwIfNoEntry: false })?.size ?? 0;
          if (size > 8 * 2 ** 20) delete req.headers['accept-encoding'];
        }
        next();
      });
    },
  };
}

// `base: './'` keeps every URL relative, so dist/ works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), copyDatasetPlugin(), copyExamplesPlugin(), largeDataUncompressedPlugin()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'data/scripts/**/*.test.ts'],
    environment: 'node',
  },
});
