/**
 * The JavaScript a browser must fetch before Slant's first view can show: the page's entry
 * script and every chunk it imports statically (not the views loaded on first use, nor the
 * suggestion worker). `vite build` prints its gzipped size and fails when it is over the budget
 * of issue #19, so a change that pulls the editor or the model back into start-up is seen at once.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const INITIAL_JS_BUDGET_BYTES = 200 * 1024;

/** The part of a bundle's output chunk this needs (Rollup's and Rolldown's agree). */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
}

export interface InitialChunk {
  fileName: string;
  gzipBytes: number;
}

/** The entry chunk of `index.html` and its static imports, transitively, entry first. */
export function initialChunks(
  bundle: Record<string, ChunkLike | { type: 'asset' }>,
): InitialChunk[] {
  const chunks = Object.values(bundle).filter((item): item is ChunkLike => item.type === 'chunk');
  const entry = chunks.find(
    (chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'),
  );
  if (!entry) throw new Error('the build has no entry chunk for index.html');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const pending = [entry.fileName];
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...(byName.get(name)?.imports ?? []));
  }
  return [...seen].map((fileName) => ({
    fileName,
    gzipBytes: gzipSync(byName.get(fileName)?.code ?? '').length,
  }));
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line per chunk and the total against the budget, as the build prints it. */
export function describeInitialJs(chunks: readonly InitialChunk[], budget: number): string {
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const lines = [...chunks]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((chunk) => `  ${kilobytes(chunk.gzipBytes).padStart(9)}  ${chunk.fileName}`);
  const verdict = total <= budget ? 'within' : 'OVER';
  return [
    `Initial JavaScript at start-up: ${kilobytes(total)} gzipped, ${verdict} the budget of ${kilobytes(budget)}`,
    ...lines,
  ].join('\n');
}

/** Prints the initial JavaScript after a production build and fails the build over budget. */
export function initialJsBudget(budget = INITIAL_JS_BUDGET_BYTES): Plugin {
  return {
    name: 'slant-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      const chunks = initialChunks(bundle as unknown as Record<string, ChunkLike>);
      const report = describeInitialJs(chunks, budget);
      const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
      // A build for profiling (`--minify false`) is measured, not shipped: said, not failed.
      if (total > budget && this.environment.config.build.minify === false) {
        this.warn(`${report}\n(not minified: the budget applies to the production build)`);
        return;
      }
      if (total > budget) {
        this.error(
          `${report}\nLoad what the library does not need when it is first used (src/app/lazy-views.tsx).`,
        );
      }
      this.info(report);
    },
  };
}
