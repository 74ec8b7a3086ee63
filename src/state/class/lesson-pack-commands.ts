/**
 * Lesson packs in and out of this browser. The teacher downloads a pack (the key only when
 * asked); a student opens one, which stores its articles, its missing tags, a collection named
 * after the lesson, the lesson itself (role `student`, never a key) and the layer for the
 * student's work on it, in one transaction (`storage/lesson-packs-repository.ts` says how
 * articles already here are reused).
 *
 * A teacher may open their own pack on another computer as the teacher (`role: 'teacher'`),
 * which puts the pack's key into the lesson's key layer. A pack of a lesson this browser made is refused.
 */
import { lessonFromPack, readLessonPack, toLessonPack } from '../../io/class';
import type { Lesson } from '../../domain/types';
import { theFile } from '../../io/shared';
import { lessonPacks, lessons } from '../../storage';
import { fileStem } from '../../domain/file-stem';
import { usePreferences } from '../preferences';

export { lessonCollectionId, packCopyId } from '../../storage/lesson-packs-repository';

export interface DownloadableFile {
  filename: string;
  text: string;
}

export async function exportLessonPack(
  lessonId: string,
  includeKey: boolean,
): Promise<DownloadableFile> {
  const { lesson, documents, tags, key } = await lessons.withPackContents(lessonId, (found) => {
    if (!found) throw new Error('This lesson is no longer in this browser.');
    return found;
  });
  const withKey = includeKey && key.length > 0;
  const text = toLessonPack(lesson, documents, tags, withKey ? { key } : {});
  const suffix = withKey ? 'lesson-with-key' : 'lesson';
  return { filename: `${fileStem(lesson.title, 'lesson')}.${suffix}.json`, text };
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

export interface OpenOptions {
  /** `teacher`: the teacher opens their own pack on another computer, and keeps its key. */
  role?: Lesson['role'];
}

export async function openLessonPack(
  text: string,
  fileName?: string,
  { role = 'student' }: OpenOptions = {},
): Promise<OpenedLessonPack> {
  const parsed = await readLessonPack(text, fileName);
  if (!parsed.ok) return { ok: false, error: `${parsed.error} Nothing was changed.` };
  const stored = await lessonPacks.open(
    lessonFromPack(parsed.pack, role),
    usePreferences.getState().annotatorName,
    new Date(),
  );
  if (stored.ok) return stored;
  return {
    ok: false,
    error: `${theFile(fileName)} is a pack of “${stored.ownLesson.title}”, which is already here as your own lesson, with your key and your students’ work. Nothing was changed.`,
  };
}
