import { lessonWorkLayerId } from '../domain/layers';
import type { Annotation, Collection, Lesson, SlantDocument, Tag } from '../domain/types';
import { aliasMap, localTagId } from '../domain/tag-aliases';
import { ensureKeyLayer, ensureLayer, mergeIntoLayer } from './lesson-layers';
import type { SlantDatabase } from './slant-database';

/**
 * Storing an opened lesson pack: its articles, its missing tags, a collection named after the
 * lesson and the lesson itself, in one transaction.
 *
 * Articles already here are not stored twice: one with the pack's id and the same text (content
 * hash) is used as it is, and so is one with the same text under another id. When the article
 * of that id here has different text (edited, or another article), the pack's copy is stored
 * beside it under a derived id (`<id>~<hash prefix>`) and the lesson lists that one. Opening
 * the same pack again finds everything in place and adds nothing; a pack of a lesson this
 * browser made is refused, so the teacher's copy and its key are never overwritten.
 *
 * A student's copy gets its `lesson-work` layer, where their work on the lesson goes, apart from
 * any practice on the same articles. A teacher opening their own pack elsewhere gets its key
 * into the lesson's key layer, merged by the one rule (opening it again adds nothing).
 *
 * A pack's tag whose id is the alias of a tag here (a preset's tag merged with one of the same
 * name) is that tag, and is not added again. A student's lesson keeps the pack's ids, which
 * their work is handed back in (`idAmong` finds the tag here); a teacher's lesson, which they
 * edit and score here, and its key take the ids of the tags here.
 */

/** The id under which the pack's copy of an article is kept beside a different local text. */
export const packCopyId = (document: SlantDocument) =>
  `${document.id}~${document.contentHash.slice(0, 12)}`;

export const lessonCollectionId = (lessonId: string) => `collection-lesson-${lessonId}`;

/** A pack as read: the lesson (its `documentIds` the pack's), its articles and its tags. */
export interface PackToStore {
  lesson: Lesson;
  documents: readonly SlantDocument[];
  tags: readonly Tag[];
  /** The answer key, only when the teacher opens their own pack. */
  key?: readonly Annotation[];
}

export type StoredPack =
  | { ok: true; lesson: Lesson; addedDocuments: number; addedTags: number; again: boolean }
  /** The pack is of a lesson this browser made: nothing was changed. */
  | { ok: false; ownLesson: Lesson };

export function lessonPacksRepository(db: SlantDatabase) {
  /** Finds or stores each of the pack's articles; returns the local ids in the pack's order. */
  async function placeDocuments(
    documents: readonly SlantDocument[],
    collectionId: string,
    now: string,
  ) {
    const ids: string[] = [];
    let added = 0;
    for (const document of documents) {
      const candidates = [document.id, packCopyId(document)];
      const local = (await db.documents.bulkGet(candidates)).find(
        (d) => d?.contentHash === document.contentHash,
      );
      const sameText =
        local ?? (await db.documents.where('contentHash').equals(document.contentHash).first());
      if (sameText) {
        await db.documents
          .where('id')
          .equals(sameText.id)
          .modify((d) => {
            delete d.deletedAt;
            if (!d.collectionIds.includes(collectionId))
              d.collectionIds = [...d.collectionIds, collectionId];
          });
        ids.push(sameText.id);
        continue;
      }
      const taken = await db.documents.get(document.id);
      const { deletedAt: _trash, ...rest } = document;
      const copy: SlantDocument = {
        ...rest,
        id: taken ? packCopyId(document) : document.id,
        importedAt: now,
        collectionIds: [collectionId],
      };
      await db.documents.add(copy);
      ids.push(copy.id);
      added += 1;
    }
    return { ids, added };
  }

  /** Adds the pack's tags this library lacks, after its own, without taking a key in use. */
  async function addMissingTags(tags: readonly Tag[], existing: readonly Tag[]): Promise<number> {
    const have = new Set(existing.flatMap((t) => [t.id, ...(t.aliases ?? [])]));
    const keys = new Set(existing.flatMap((t) => (t.shortcut ? [t.shortcut] : [])));
    let order = Math.max(-1, ...existing.map((t) => t.order));
    const missing = tags.filter((t) => !have.has(t.id));
    for (const tag of missing) {
      const { shortcut, ...rest } = tag;
      const free = shortcut && !keys.has(shortcut) ? { shortcut } : {};
      if (free.shortcut) keys.add(free.shortcut);
      order += 1;
      await db.tags.add({ ...rest, ...free, order });
    }
    return missing.length;
  }

  async function putCollection(lesson: Lesson, collectionId: string) {
    const before = await db.collections.get(collectionId);
    const collection: Collection = {
      id: collectionId,
      name: lesson.title,
      description: before?.description ?? `The articles of the lesson “${lesson.title}”.`,
      documentIds: [
        ...(before?.documentIds ?? []),
        ...lesson.documentIds.filter((id) => !before?.documentIds.includes(id)),
      ],
    };
    await db.collections.put(collection);
  }

  return {
    /** Stores the pack; `owner` signs the layer made for it (the annotator's name). */
    open: (pack: PackToStore, owner: string, now: Date) =>
      db.transaction(
        'rw',
        [
          db.lessons,
          db.documents,
          db.tags,
          db.collections,
          db.layers,
          db.annotations,
          db.tombstones,
        ],
        async (): Promise<StoredPack> => {
          const before = await db.lessons.get(pack.lesson.id);
          if (before?.role === 'teacher') return { ok: false, ownLesson: before };
          const collectionId = lessonCollectionId(pack.lesson.id);
          const { ids, added } = await placeDocuments(
            pack.documents,
            collectionId,
            now.toISOString(),
          );
          const existingTags = await db.tags.toArray();
          const addedTags = await addMissingTags(pack.tags, existingTags);
          const aliases = aliasMap(existingTags);
          const here = (tagIds: readonly string[]) => [
            ...new Set(tagIds.map((id) => localTagId(id, aliases))),
          ];
          // Two of the pack's articles with one text are one article here, listed once.
          const lesson: Lesson = {
            ...pack.lesson,
            documentIds: [...new Set(ids)],
            ...(pack.lesson.role === 'teacher' && { tagIds: here(pack.lesson.tagIds) }),
          };
          await putCollection(lesson, collectionId);
          await db.lessons.put(lesson);
          if (lesson.role === 'student')
            await ensureLayer(
              db,
              {
                id: lessonWorkLayerId(lesson.id),
                kind: 'lesson-work',
                owner,
                lessonId: lesson.id,
                label: `My work: ${lesson.title}`,
                readOnly: false,
              },
              now.toISOString(),
            );
          else {
            const layer = await ensureKeyLayer(db, lesson, owner, now.toISOString());
            // The key is on the pack's articles: each goes to where that article is kept here.
            const localId = new Map(pack.documents.map((d, i) => [d.id, ids[i] ?? d.id]));
            const key = (pack.key ?? []).map((a) => ({
              ...a,
              documentId: localId.get(a.documentId) ?? a.documentId,
              tagIds: here(a.tagIds),
            }));
            await mergeIntoLayer(db, layer.id, key);
          }
          return {
            ok: true,
            lesson,
            addedDocuments: added,
            addedTags,
            again: before !== undefined,
          };
        },
      ),
  };
}
