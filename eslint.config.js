import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const viewDirs = ['map', 'network', 'timeline', 'events'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', '.shots/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // React's hook rules for the app; Playwright fixtures also call a function named `use`, so e2e/ is exempt.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Boundary: the core is pure TypeScript — no React, no DOM libraries, no store.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/core is React-free.' },
          { group: ['maplibre-gl', 'd3-selection', 'd3-zoom', 'd3-drag', 'zustand', '@tanstack/*'], message: 'src/core has no DOM or UI libraries.' },
          { group: ['**/store/**', '**/views/**', '**/app/**'], message: 'src/core may not depend on UI layers.' },
        ],
      }],
    },
  },
  // Boundary: views do not import each other; shared pieces live in src/ui or src/core.
  ...viewDirs.map((dir) => ({
    files: [`src/views/${dir}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: viewDirs.filter((d) => d !== dir).map((d) => ({
          group: [`**/views/${d}/**`, `../${d}/**`, `../${d}`],
          message: 'Views do not import each other: share through src/core, src/store or src/ui.',
        })),
      }],
    },
  })),
);
