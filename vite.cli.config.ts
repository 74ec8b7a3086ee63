/**
 * Builds the `slant` command into plain JavaScript in dist-cli/ (`npm run build:cli`, run by
 * `prepare` at `npm ci`), so that it starts without compiling TypeScript: `slant --help` loads
 * one small file, and each command's code is a chunk of its own, loaded when that command runs.
 * Dependencies are bundled in (one file to read instead of hundreds of modules, compromise's
 * among them) except jsdom, which loads its own files at run time and only for `.html` input.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  // The model's weights as JSON.parse of a string: V8 reads that far faster than an object literal.
  json: { stringify: true, namedExports: false },
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['jsdom'] },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        format: 'esm',
        entryFileNames: 'slant.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
});
