/**
 * The merge rule at the storage level, for any sequence of local edits, deletions, files written
 * and imports of older or newer copies: an annotation changed here after a file was written is
 * never changed by importing that file, and a deleted one never comes back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/domain/types';
import { annotationsRepository } from '../../../src/storage/annotations-repository';
import { freshDatabase } from '../../support/database';
import { annotate, docA, docB } from '../io/sample-data';

const QUOTES = [
  [docA, 'slaughtered'],
  [docA, 'fabrications'],
  [docB, 'shelling'],
  [docB, 'humanitarian catastrophe'],
] as const;

const at = (tick: number) => new Date(Date.UTC(2025, 0, 1) + tick * 60_000).toISOString();

type Step =
  | { kind: 'edit'; index: number }
  | { kind: 'delete'; index: number }
  | { kind: 'write' }
  | { kind: 'import'; file: number; newer: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), index: fc.nat(QUOTES.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(QUOTES.length - 1) }),
  fc.record({ kind: fc.constant('write' as const) }),
  fc.record({ kind: fc.constant('import' as const), file: fc.nat(5), newer: fc.boolean() }),
);

describe('merge rule (property)', () => {
  it('never changes a later local edit and never restores a deleted annotation', async () => {
    const originals = QUOTES.map(([doc, quote]) => ({
      ...annotate(doc, quote),
      updatedAt: at(0),
    }));
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const db = freshDatabase();
        try {
          const annotations = annotationsRepository(db);
          await annotations.putMany(originals);
          const files: { writtenAt: string; copies: Annotation[] }[] = [];
          let tick = 1;
          for (const s of steps) {
            tick += 1;
            const now = at(tick);
            const id = originals[s.kind === 'edit' || s.kind === 'delete' ? s.index : 0]!.id;
            if (s.kind === 'edit')
              await annotations.change(id, { note: `edit ${tick}`, updatedAt: now });
            else if (s.kind === 'delete') await annotations.remove([id], now);
            else if (s.kind === 'write')
              files.push({ writtenAt: now, copies: await db.annotations.toArray() });
            else {
              const file = files[s.file % Math.max(files.length, 1)];
              if (!file) continue;
              // A newer copy: another device changed every annotation of the file just now.
              const copies = s.newer
                ? file.copies.map((a) => ({ ...a, note: `theirs ${tick}`, updatedAt: now }))
                : file.copies;
              const before = new Map((await db.annotations.toArray()).map((a) => [a.id, a]));
              const deleted = new Set(await db.tombstones.toCollection().primaryKeys());
              await annotations.mergeImported(
                { annotations: copies, newTags: [], claims: [], layerId: 'layer-mine' },
                now,
              );
              for (const copy of copies) {
                const after = await db.annotations.get(copy.id);
                const mine = before.get(copy.id);
                if (deleted.has(copy.id)) expect(after).toBeUndefined();
                // The file holds an older state of ours: ours, edited since or not, stays.
                else if (!s.newer) expect(after).toEqual(mine);
                // A copy changed after ours replaces it, where ours lives.
                else expect(after).toEqual({ ...copy, layerId: mine?.layerId });
              }
            }
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
