import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { initialJsBudget } from './scripts/initial-js-budget.ts';

/**
 * Only the app's own scripts may run (ARCHITECTURE.md §8). Added to the production build only:
 * the dev server injects an inline React Refresh preamble that a strict policy would block.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'slant-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Workers have no `document`: a package's browser build that reaches for one at load (the
 * Markdown importer's decode-named-character-reference) is swapped for the build the package
 * itself names for workers.
 */
function workerBuilds(): Plugin {
  const forWorkers: Record<string, string> = {
    'decode-named-character-reference': fileURLToPath(
      new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
    ),
  };
  return { name: 'slant-worker-builds', enforce: 'pre', resolveId: (source) => forWorkers[source] };
}

export default defineConfig({
  base: './',
  // Names this build, for results kept between visits that a new version must work out afresh.
  define: { __SLANT_BUILD__: JSON.stringify(Date.now().toString(36)) },
  worker: {
    // Module workers (both are started with `type: 'module'`), so a worker can load a part of
    // itself when first needed: the suggestion worker's NLP tagger is a chunk of its own.
    format: 'es',
    plugins: () => [workerBuilds()],
  },
  plugins: [
    react(),
    cspMetaTag(),
    initialJsBudget(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Slant: read the news critically',
        short_name: 'Slant',
        description:
          'Highlight and tag loaded language, unattributed claims and outlet affiliation in news articles. Works offline.',
        theme_color: '#1f2a44',
        background_color: '#faf8f4',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-512-maskable.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Every script must be precached to work offline; the suggestion worker, with the
        // loaded-language model and its context network (about 6 MB), is over Workbox's default
        // of 2 MiB.
        maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: {
    port: 4173,
  },
});
