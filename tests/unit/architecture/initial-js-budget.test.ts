import { describe, expect, it } from 'vitest';
import {
  describeInitialJs,
  initialChunks,
  type ChunkLike,
} from '../../../scripts/initial-js-budget';

const chunk = (fileName: string, imports: string[], extra: Partial<ChunkLike> = {}): ChunkLike => ({
  type: 'chunk',
  fileName,
  code: `/* ${fileName} */ ${'x'.repeat(100)}`,
  isEntry: false,
  facadeModuleId: null,
  imports,
  ...extra,
});

describe('the initial JavaScript the build reports', () => {
  const bundle = {
    'index.js': chunk('index.js', ['react.js', 'storage.js'], {
      isEntry: true,
      facadeModuleId: '/app/index.html',
    }),
    'react.js': chunk('react.js', ['runtime.js']),
    'storage.js': chunk('storage.js', ['runtime.js']),
    'runtime.js': chunk('runtime.js', []),
    'editor.js': chunk('editor.js', ['react.js']),
    'worker.js': chunk('worker.js', [], { isEntry: true, facadeModuleId: '/app/src/worker.ts' }),
    'index.css': { type: 'asset' as const },
  };

  it("counts the page's entry and what it imports statically, not the views loaded later", () => {
    const names = initialChunks(bundle).map((c) => c.fileName);
    expect(names[0]).toBe('index.js');
    expect(names.sort()).toEqual(['index.js', 'react.js', 'runtime.js', 'storage.js']);
  });

  it('says whether the total is within the budget', () => {
    const chunks = initialChunks(bundle);
    const total = chunks.reduce((sum, c) => sum + c.gzipBytes, 0);
    expect(describeInitialJs(chunks, total)).toMatch(/within the budget/);
    expect(describeInitialJs(chunks, total - 1)).toMatch(/OVER the budget/);
  });
});
