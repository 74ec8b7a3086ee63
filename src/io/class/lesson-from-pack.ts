/**
 * What opening a lesson pack stores: the lesson, its articles and its tags. A student's copy
 * (`role: 'student'`) never keeps the answer key, even from a pack that has one; a teacher
 * opening their own pack on another computer (`role: 'teacher'`) keeps it.
 */
import type { Annotation, Lesson, SlantDocument, Tag } from '../../domain/types';
import type { LessonPack } from './lesson-pack-format';

export interface OpenedLesson {
  lesson: Lesson;
  documents: SlantDocument[];
  tags: Tag[];
  /** The answer key, for the key layer: only when the teacher opens their own pack. */
  key?: Annotation[];
}

export function lessonFromPack(pack: LessonPack, role: Lesson['role']): OpenedLesson {
  const lesson: Lesson = {
    id: pack.id,
    title: pack.title,
    instructions: pack.instructions,
    documentIds: pack.documents.map((d) => d.id),
    tagIds: pack.tags.map((t) => t.id),
    role,
    ...(pack.suggestionsOff && { suggestionsOff: true }),
    createdAt: pack.createdAt,
  };
  return {
    lesson,
    documents: pack.documents,
    tags: pack.tags,
    ...(role === 'teacher' && pack.key ? { key: pack.key } : {}),
  };
}
