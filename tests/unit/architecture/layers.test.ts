import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

/** The layer rules of ARCHITECTURE.md §4 must actually stop a wrong import, not just exist. */
const eslint = new ESLint({ cwd: process.cwd() });

// The first lint loads typescript-eslint, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

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
      "import { Dexie } from 'dexie';\nimport { SlantDatabase } from '../storage/slant-database';\nexport const x = [Dexie, SlantDatabase];\n",
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
        "import { describeStorageProblem } from '../storage/storage-problem';\nexport const x = describeStorageProblem;\n",
      ),
    ).toEqual([]);
  });
});

describe('the database rule', () => {
  it('keeps Dexie and the database out of state, app and tests', async () => {
    const state = await restrictedImports(
      'src/state/example.ts',
      "import { Dexie } from 'dexie';\nimport { useLiveQuery } from 'dexie-react-hooks';\nimport { db } from '../storage/page-database';\nimport { SlantDatabase } from '../storage/slant-database';\nexport const x = [Dexie, useLiveQuery, db, SlantDatabase];\n",
    );
    expect(state).toHaveLength(4);
    expect(state[0]).toMatch(/Only src\/storage touches Dexie/);
    expect(state[2]).toMatch(/The database is src\/storage’s alone/);
    expect(
      await restrictedImports(
        'src/app/example.ts',
        "import { db } from '../storage/page-database';\nexport const x = db;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'tests/component/example.test.tsx',
        "import { Dexie } from 'dexie';\nimport { db } from '../../src/storage/page-database';\nexport const x = [Dexie, db];\n",
      ),
    ).toHaveLength(2);
  });

  it('lets storage use them, and everything else use storage’s repositories', async () => {
    expect(
      await restrictedImports(
        'src/storage/example.ts',
        "import { Dexie } from 'dexie';\nimport { useLiveQuery } from 'dexie-react-hooks';\nimport { db } from './page-database';\nexport const x = [Dexie, useLiveQuery, db];\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'src/state/example.ts',
        "import { annotations, useLiveRead } from '../storage';\nexport const x = [annotations, useLiveRead];\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'tests/support/example.ts',
        "import { db } from '../../src/storage/page-database';\nexport const x = db;\n",
      ),
    ).toEqual([]);
  });
});

describe('the sync layers', () => {
  it('keep sync shared and pure, and the server over sync and domain only', async () => {
    const fromSync = await restrictedImports(
      'src/sync/example.ts',
      "import { db } from '../storage/database';\nimport { Dexie } from 'dexie';\nimport React from 'react';\nexport const x = [db, Dexie, React];\n",
    );
    expect(fromSync).toHaveLength(3);
    expect(fromSync[0]).toMatch(/src\/sync may import only from domain/);
    expect(
      await restrictedImports(
        'src/server/example.ts',
        "import { accessTo } from '../sync/permissions';\nimport type { Tag } from '../domain/types';\nimport { useDocuments } from '../state/live-queries';\nexport const x = [accessTo, useDocuments] as unknown as Tag;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'src/state/example.ts',
        "import { accessTo } from '../sync/permissions';\nexport const x = accessTo;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'src/ui/Example.tsx',
        "import { accessTo } from '../sync/permissions';\nexport const x = accessTo;\n",
      ),
    ).toHaveLength(1);
  });
});
