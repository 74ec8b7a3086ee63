import { afterEach, describe, expect, it } from 'vitest';
import { backupsRepository } from '../../../src/storage/backups-repository';
import type { SlantDatabase } from '../../../src/storage/slant-database';
import { freshDatabase } from '../../support/database';
import { docA, docB, outlet } from '../io/sample-data';

let db: SlantDatabase;
afterEach(async () => db?.delete());

describe('backups repository', () => {
  it('merges a restore plan, saying what it added, updated and left as it was', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    await db.documents.bulkPut([docA, docB]);
    const report = await backups.restore({
      mode: 'merge',
      tables: ['outlets', 'documents'],
      contents: {
        outlets: [outlet],
        // The same record with its fields in another order is unchanged.
        documents: [{ ...docB }, { ...docA, title: 'Corrected' }].map((d) =>
          Object.fromEntries(Object.entries(d).reverse()),
        ) as { id: string }[],
      },
    });
    expect(report).toEqual({
      outlets: { added: 1, updated: 0, unchanged: 0 },
      documents: { added: 0, updated: 1, unchanged: 1 },
    });
    expect((await db.documents.get(docA.id))?.title).toBe('Corrected');
    expect(await backups.readAll(['outlets'])).toEqual({ outlets: [outlet] });
  });

  it('replaces a table’s records, and changes nothing when the plan cannot be written', async () => {
    db = freshDatabase();
    const backups = backupsRepository(db);
    await db.documents.bulkPut([docA]);
    await backups.restore({
      mode: 'replace',
      tables: ['documents'],
      contents: { documents: [docB] },
    });
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual([docB.id]);

    // Two records with one id: the second add fails, and the whole restore with it.
    const twice = { mode: 'replace' as const, tables: ['outlets', 'documents'] };
    await expect(
      backups.restore({ ...twice, contents: { outlets: [outlet], documents: [docA, docA] } }),
    ).rejects.toThrow();
    expect(await db.outlets.count()).toBe(0);
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual([docB.id]);
  });
});
