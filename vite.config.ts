/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of index.html's <meta>, also sent as an HTTP header by the dev and
 * preview servers (`npm start`): a <meta> policy governs the page only, while the header also
 * governs the workers and sw.js, whose own responses carry it. `frame-ancestors` works only in a
 * header. Hosts of the build should send the same header (README, "Hosting the build").
 */
const META_CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(new URL('./index.html', import.meta.url), 'utf8'),
)?.[1];
if (!META_CSP) throw new Error('index.html has no Content-Security-Policy <meta>');
export const CSP = `${META_CSP}; frame-ancestors 'none'`;
const headers = { 'Content-Security-Policy': CSP };

export default defineConfig({
  plugins: [
    svelte({
      // Runes mode everywhere in our own code; libraries compile as they were written.
      dynamicCompileOptions: ({ filename }) =>
        filename.includes('node_modules') ? undefined : { runes: true },
    }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,csv}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The chart kit, tables and d3 that the analysis screens share, in one file: a
            // screen opened first (a reload) then waits for a few files, not for twenty.
            {
              name: 'analysis-kit',
              // (Module ids use forward slashes on every system.)
              test: /\/src\/ui\/(charts\/|ScreenShell|ChartCard|CustomerTable|VirtualList|drill-focus|chart-table|list-table)|\/src\/state\/(resource|choices|stored-results)|\/node_modules\/(d3-[\w-]+|internmap)\//,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', headers },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    // Every test must run at least one expect(): a test whose checks never ran fails.
    expect: { requireAssertions: true },
  },
});
