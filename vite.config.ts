import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { copyDatasetPlugin } from './data/scripts/vite-copy-dataset';

// `base: './'` keeps every URL relative, so dist/ works from any sub-path (CONTRACT §1).
export default defineConfig({
  base: './',
  plugins: [react(), copyDatasetPlugin()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'data/scripts/**/*.test.ts'],
    environment: 'node',
  },
});
