import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules of ARCHITECTURE.md §4 must actually stop a wrong import, not just exist. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it('keep domain free of storage, React and Dexie', async () => {
    const messages = await restrictedImports(
      'src/domain/example.ts',
      "import { db } from '../state/database';\nimport { Dexie } from 'dexie';\nimport React from 'react';\nexport const x = [db, Dexie, React];\n",
    );
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/src\/domain may import only from itself/);
  });

  it('keep components away from Dexie and storage', async () => {
    const messages = await restrictedImports(
      'src/ui/Example.tsx',
      "import { Dexie } from 'dexie';\nimport { SlantDatabase } from '../storage/database';\nexport const x = [Dexie, SlantDatabase];\n",
    );
    expect(messages).toHaveLength(2);
  });

  it('let each layer import the layers beneath it', async () => {
    expect(
      await restrictedImports(
        'src/ui/Example.tsx',
        "import { useDocuments } from '../state/live-queries';\nimport { countWords } from '../domain/text-stats';\nexport const x = [useDocuments, countWords];\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'src/app/example.ts',
        "import { SlantDatabase } from '../storage/database';\nexport const x = SlantDatabase;\n",
      ),
    ).toEqual([]);
  });
});
