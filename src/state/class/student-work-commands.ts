/**
 * Students' work in and out. A student exports the annotations of their lesson-work layer (never
 * their practice on the same articles), with the lesson's tags, as one file; the teacher imports
 * a class's files, each checked and matched on its own (`importStudentFiles`), each student's
 * work a read-only layer of theirs, all stored in one transaction. Work that replaces earlier
 * work is merged by the one rule, and the report says what the merge did.
 */
import {
  importStudentFiles,
  toStudentWork,
  type StudentFile,
  type StudentFilesImport,
} from '../../io/class';
import type { Lesson } from '../../domain/types';
import { lessons, submissions, tags } from '../../storage';
import { aliasMap, idAmong } from '../../domain/tag-aliases';
import { fileStem } from '../../domain/file-stem';
import type { DownloadableFile } from './lesson-pack-commands';

export async function exportStudentWork(
  lessonId: string,
  studentName: string,
  now = new Date(),
): Promise<DownloadableFile> {
  const { lesson, documents, annotations } = await lessons.withWork(lessonId, stillHere);
  const known = await tags.list();
  // Written with the lesson's ids: a tag here merged with the pack's (an alias) goes by the pack's.
  const own = annotations.flatMap((a) => {
    const tagIds = a.tagIds.flatMap((t) => idAmong(t, known, lesson.tagIds) ?? []);
    return tagIds.length > 0 ? [{ ...a, tagIds }] : [];
  });
  if (own.length === 0)
    throw new Error(
      'You have not marked anything in this lesson’s articles yet. Open an article, select a passage and tag it, then download your work.',
    );
  // Throws, with a message for the student, when the name is empty.
  const text = toStudentWork(lesson, studentName, documents, own, now);
  return {
    filename: `${fileStem(lesson.title, 'lesson')}.${fileStem(studentName, 'student')}.work.json`,
    text,
  };
}

export interface ImportOptions {
  /** Replace the work of a student who already handed some in, instead of refusing it. */
  replace?: boolean;
}

export async function importStudentWork(
  lessonId: string,
  files: readonly StudentFile[],
  { replace = false }: ImportOptions = {},
): Promise<StudentFilesImport> {
  const known = await tags.list();
  const { result, merges } = await submissions.importInto(
    lessonId,
    (lesson) => {
      const found = stillHere(lesson);
      if (found.role !== 'teacher')
        throw new Error('Students’ work is imported into the teacher’s copy of the lesson.');
      return found;
    },
    (lesson, documents, existing) => {
      const result = importStudentFiles(files, lesson, documents, existing, {
        replace,
        tagAliases: aliasMap(known),
      });
      return { store: result.imported, result };
    },
  );
  return {
    ...result,
    imported: result.imported.map((i) => {
      const merge = i.replaces && merges.get(i.submission.id);
      return merge ? { ...i, merge } : i;
    }),
  };
}

function stillHere(lesson: Lesson | undefined): Lesson {
  if (!lesson) throw new Error('This lesson is no longer in this browser.');
  return lesson;
}
