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

// `base: './'` keeps every URL relative, so dist/ works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), copyDatasetPlugin(), copyExamplesPlugin()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'data/scripts/**/*.test.ts'],
    environment: 'node',
  },
});
