/**
 * Lesson packs in and out of this browser. The teacher downloads a pack (the key only when
 * asked); a student opens one, which stores its articles, its missing tags, a collection named
 * after the lesson and the lesson itself (role `student`, never a key) in one transaction.
 *
 * A teacher may open their own pack on another computer as the teacher (`role: 'teacher'`),
 * which keeps the key when the pack has one.
 *
 * Articles the student already has are not stored twice: one with the pack's id and the same
 * text (content hash) is used as it is, and so is one with the same text under another id.
 * When the student's article of that id has different text (they edited it, or it is another
 * article), the pack's copy is stored beside it under a derived id (`<id>~<hash prefix>`) and
 * the lesson lists that one: the student annotates exactly the teacher's text, and the teacher's
 * Slant finds it by content hash. Opening the same pack again finds everything in place and
 * adds nothing; a pack of a lesson this browser made is refused, so the teacher's copy and
 * its key are never overwritten.
 */
import { lessonFromPack, parseLessonPack, toLessonPack, type LessonPack } from '../../io/class';
import type { Collection, Lesson, SlantDocument, Tag } from '../../domain/types';
import { theFile } from '../../io/shared';
import { db } from '../database';
import { fileStem } from './file-names';

export interface DownloadableFile {
  filename: string;
  text: string;
}

export async function exportLessonPack(
  lessonId: string,
  includeKey: boolean,
): Promise<DownloadableFile> {
  const { lesson, documents, tags } = await db.transaction(
    'r',
    [db.lessons, db.documents, db.tags],
    async () => {
      const lesson = await db.lessons.get(lessonId);
      if (!lesson) throw new Error('This lesson is no longer in this browser.');
      const documents = (await db.documents.bulkGet([...lesson.documentIds])).flatMap((d) =>
        d ? [d] : [],
      );
      return { lesson, documents, tags: await db.tags.orderBy('order').toArray() };
    },
  );
  const text = toLessonPack(lesson, documents, tags, { includeKey });
  const suffix = includeKey && lesson.key ? 'lesson-with-key' : 'lesson';
  return { filename: `${fileStem(lesson.title)}.${suffix}.json`, text };
}

export type OpenedLessonPack =
  | {
      ok: true;
      lesson: Lesson;
      /** Articles stored from the pack (the others were already in the library). */
      addedDocuments: number;
      addedTags: number;
      /** The lesson was already open in this browser: nothing new was needed. */
      again: boolean;
    }
  | { ok: false; error: string };

/** The id under which the pack's copy of an article is kept beside a different local text. */
export const packCopyId = (document: SlantDocument) =>
  `${document.id}~${document.contentHash.slice(0, 12)}`;

export const lessonCollectionId = (lessonId: string) => `collection-lesson-${lessonId}`;

/** Finds or stores each of the pack's articles; returns the local ids in the pack's order. */
async function placeDocuments(pack: LessonPack, collectionId: string, now: string) {
  const ids: string[] = [];
  let added = 0;
  for (const document of pack.documents) {
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
async function addMissingTags(tags: readonly Tag[]): Promise<number> {
  const existing = await db.tags.toArray();
  const have = new Set(existing.map((t) => t.id));
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

export interface OpenOptions {
  /** `teacher`: the teacher opens their own pack on another computer, and keeps its key. */
  role?: Lesson['role'];
}

export async function openLessonPack(
  text: string,
  fileName?: string,
  { role = 'student' }: OpenOptions = {},
): Promise<OpenedLessonPack> {
  const parsed = parseLessonPack(text, fileName);
  if (!parsed.ok) return { ok: false, error: `${parsed.error} Nothing was changed.` };
  const { pack } = parsed;
  const opened = lessonFromPack(pack, role);
  return db.transaction(
    'rw',
    [db.lessons, db.documents, db.tags, db.collections],
    async (): Promise<OpenedLessonPack> => {
      const before = await db.lessons.get(pack.id);
      if (before?.role === 'teacher')
        return {
          ok: false,
          error: `${theFile(fileName)} is a pack of “${before.title}”, which is already here as your own lesson, with your key and your students’ work. Nothing was changed.`,
        };
      const collectionId = lessonCollectionId(pack.id);
      const now = new Date().toISOString();
      const { ids, added } = await placeDocuments(pack, collectionId, now);
      const addedTags = await addMissingTags(opened.tags);
      const lesson: Lesson = { ...opened.lesson, documentIds: ids };
      await putCollection(lesson, collectionId);
      await db.lessons.put(lesson);
      return { ok: true, lesson, addedDocuments: added, addedTags, again: before !== undefined };
    },
  );
}
