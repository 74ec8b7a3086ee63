/**
 * A backup Slant wrote always restores, whatever the user did first: random sequences of what a
 * user does (import, annotate, edit a note, delete, make a lesson and a claim, put articles in a
 * collection, move to the trash and back, delete for good, delete a tag, undo, redo), run
 * through the app's own commands on the page's database, then a backup written (a page at a
 * time, as the app downloads it), read back and restored into a fresh database, which must hold
 * exactly what the first one held.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/domain/content-hash';
import { DEFAULT_LAYER_ID } from '../../../src/domain/layers';
import type { SlantDocument } from '../../../src/domain/types';
import { BACKUP_TABLES, readBackup, toBackup } from '../../../src/io/backup';
import {
  deleteAnnotation,
  newAnnotation,
  saveNewAnnotation,
  updateAnnotation,
} from '../../../src/state/annotation-commands';
import { createClaim, deleteClaim } from '../../../src/state/claim-commands';
import { createLesson, deleteLesson } from '../../../src/state/class';
import {
  createCollection,
  deleteCollection,
  setDocumentCollections,
} from '../../../src/state/collection-commands';
import { readEverything, writeBackup } from '../../../src/state/exchange-commands';
import { saveImportedDocuments } from '../../../src/state/import-commands';
import { deleteForever, moveToTrash, restoreFromTrash } from '../../../src/state/library-commands';
import { deleteTag } from '../../../src/state/taxonomy-commands';
import { useUndoHistory } from '../../../src/state/undo-history';
import { openPageStorage } from '../../../src/storage';
import { backupsRepository } from '../../../src/storage/backups-repository';
import { freshDatabase, pageDatabase as db } from '../../support/database';

const TEXTS = [
  'Government forces slaughtered dozens of civilians in the northern city on Tuesday.\nThe ministry denied it.',
  'Residents fled the district as shelling intensified, monitors said.\nAid groups warned of a catastrophe.',
  'Officials called the protesters “thugs” 😡 and blamed foreign agents for the unrest.',
];

type Op =
  | { op: 'import'; text: number; variant: number }
  | { op: 'annotate'; doc: number; word: number; words: number; tag: number }
  | { op: 'note'; annotation: number; note: string }
  | { op: 'delete-annotation'; annotation: number }
  | { op: 'lesson'; docs: number[]; tag: number }
  | { op: 'delete-lesson'; lesson: number }
  | { op: 'claim'; annotations: number[] }
  | { op: 'delete-claim'; claim: number }
  | { op: 'collect'; doc: number }
  | { op: 'delete-collection'; collection: number }
  | { op: 'trash' | 'untrash' | 'delete-for-good'; doc: number }
  | { op: 'delete-tag'; tag: number }
  | { op: 'undo' | 'redo' };

const pick = fc.nat(20);
const operation: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('import' as const),
      text: fc.nat(TEXTS.length - 1),
      variant: fc.nat(3),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('annotate' as const),
      doc: pick,
      word: pick,
      words: fc.integer({ min: 1, max: 3 }),
      tag: pick,
    }),
  },
  fc.record({
    op: fc.constant('note' as const),
    annotation: pick,
    note: fc.string({ maxLength: 8 }),
  }),
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('delete-annotation' as const), annotation: pick }),
  },
  fc.record({
    op: fc.constant('lesson' as const),
    docs: fc.array(pick, { minLength: 1, maxLength: 3 }),
    tag: pick,
  }),
  fc.record({ op: fc.constant('delete-lesson' as const), lesson: pick }),
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('claim' as const),
      annotations: fc.array(pick, { minLength: 1, maxLength: 3 }),
    }),
  },
  fc.record({ op: fc.constant('delete-claim' as const), claim: pick }),
  fc.record({ op: fc.constant('collect' as const), doc: pick }),
  fc.record({ op: fc.constant('delete-collection' as const), collection: pick }),
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('trash' as const, 'untrash' as const, 'delete-for-good' as const),
      doc: pick,
    }),
  },
  fc.record({ op: fc.constant('delete-tag' as const), tag: pick }),
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('undo' as const, 'redo' as const) }) },
);

const nth = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

async function importText(text: string): Promise<void> {
  const hash = await contentHash(text);
  // The import preview leaves out an article already in the library.
  if ((await db.documents.where('contentHash').equals(hash).count()) > 0) return;
  const doc: SlantDocument = {
    id: crypto.randomUUID(),
    title: text.slice(0, 20),
    text,
    importedAt: new Date().toISOString(),
    contentHash: hash,
    collectionIds: [],
  };
  await saveImportedDocuments([doc]);
}

async function annotateWords(op: Extract<Op, { op: 'annotate' }>) {
  const doc = nth(await db.documents.toArray(), op.doc);
  const tag = nth(await db.tags.toArray(), op.tag);
  if (!doc) return;
  const words = [...doc.text.matchAll(/\S+/g)];
  const first = nth(words, op.word);
  if (!first) return;
  const last = words[Math.min(words.indexOf(first) + op.words - 1, words.length - 1)]!;
  const start = first.index;
  const end = last.index + last[0].length;
  await saveNewAnnotation(
    newAnnotation({
      documentId: doc.id,
      layerId: DEFAULT_LAYER_ID,
      text: doc.text,
      start,
      end,
      tagIds: tag ? [tag.id] : [],
    }),
  );
}

async function run(op: Op): Promise<void> {
  const annotations = () => db.annotations.toArray();
  const documents = () => db.documents.toArray();
  switch (op.op) {
    case 'import':
      return importText(`${TEXTS[op.text]!}${' More.'.repeat(op.variant)}`);
    case 'annotate':
      return annotateWords(op);
    case 'note': {
      const annotation = nth(await annotations(), op.annotation);
      if (annotation) await updateAnnotation(annotation, { note: op.note });
      return;
    }
    case 'delete-annotation': {
      const annotation = nth(await annotations(), op.annotation);
      if (annotation) await deleteAnnotation(annotation);
      return;
    }
    case 'lesson': {
      const live = (await documents()).filter((d) => !d.deletedAt);
      const tag = nth(await db.tags.toArray(), op.tag);
      const chosen = op.docs.flatMap((i) => nth(live, i)?.id ?? []);
      if (chosen.length > 0 && tag)
        await createLesson({
          title: 'Lesson',
          instructions: '',
          documentIds: chosen,
          tagIds: [tag.id],
        });
      return;
    }
    case 'delete-lesson': {
      const lesson = nth(await db.lessons.toArray(), op.lesson);
      if (lesson) await deleteLesson(lesson.id);
      return;
    }
    case 'claim': {
      const all = await annotations();
      const ids = [...new Set(op.annotations.flatMap((i) => nth(all, i)?.id ?? []))];
      if (ids.length > 0) await createClaim('Death toll', ids);
      return;
    }
    case 'delete-claim': {
      const claim = nth(await db.claims.toArray(), op.claim);
      if (claim) await deleteClaim(claim);
      return;
    }
    case 'collect': {
      const doc = nth(await documents(), op.doc);
      if (!doc) return;
      const collection =
        (await db.collections.toArray())[0] ?? (await createCollection('One event'));
      await setDocumentCollections(doc.id, [collection.id]);
      return;
    }
    case 'delete-collection': {
      const collection = nth(await db.collections.toArray(), op.collection);
      if (collection) await deleteCollection(collection.id);
      return;
    }
    case 'trash':
    case 'untrash':
    case 'delete-for-good': {
      const doc = nth(await documents(), op.doc);
      if (!doc) return;
      const act = {
        trash: moveToTrash,
        untrash: restoreFromTrash,
        'delete-for-good': deleteForever,
      };
      await act[op.op](doc.id);
      return;
    }
    case 'delete-tag': {
      const tag = nth(await db.tags.toArray(), op.tag);
      if (tag) await deleteTag(tag.id);
      return;
    }
    case 'undo':
    case 'redo':
      await useUndoHistory.getState()[op.op]();
  }
}

const events = { onBlocked: () => undefined, onUpgradedElsewhere: () => undefined };

async function newLibrary() {
  db.close();
  await db.delete();
  await openPageStorage([], events);
  useUndoHistory.getState().clear();
}

describe('a backup of any library the app made (property)', () => {
  beforeEach(newLibrary);

  it('restores into a fresh database exactly as it was, with nothing to repair', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 10, maxLength: 40 }), async (ops) => {
        await newLibrary();
        for (const op of ops) {
          // A refused step (an edit of an annotation deleted meanwhile) is told to the user
          // and changes nothing; the library must still back up and restore.
          await run(op).catch(() => undefined);
        }
        const before = await readEverything();
        // The file the app downloads is written a page at a time; it is byte for byte the one
        // `toBackup` writes of everything read at once.
        const at = new Date();
        const written = await (await writeBackup(at)).text();
        expect(written).toBe(toBackup(before, at));
        const parsed = await readBackup(written, { fileName: 'backup.json' });
        if (!parsed.ok) expect.fail(parsed.error);
        expect(parsed.warnings.filter((w) => w.repaired)).toEqual([]);

        const fresh = freshDatabase();
        const restored = backupsRepository(fresh);
        await restored.restore({
          mode: 'replace',
          tables: BACKUP_TABLES,
          contents: parsed.contents,
        });
        expect(await restored.readAll(BACKUP_TABLES)).toEqual(await readEverything());
        await fresh.delete();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
