/**
 * Finds the teacher's copy of each article a student's work lists: by id first (a pack keeps its
 * articles' ids), then by content hash (the same text under another id, e.g. an article the
 * student had imported before). `sameText` says the two texts are identical, so the student's
 * offsets hold as they are. An article the lesson does not have is returned as unknown.
 */
import type { Lesson, SlantDocument } from '../../domain/types';
import type { StudentWork, StudentWorkDocument } from './student-work-format';

export interface DocumentPair {
  teacher: SlantDocument;
  sameText: boolean;
}

interface DocumentPairing {
  /** By the student's document id. */
  pairs: Map<string, DocumentPair>;
  unknown: StudentWorkDocument[];
}

export function pairDocuments(
  work: StudentWork,
  lesson: Lesson,
  teacherDocuments: readonly SlantDocument[],
): DocumentPairing {
  const ofLesson = teacherDocuments.filter((d) => lesson.documentIds.includes(d.id));
  const byId = new Map(ofLesson.map((d) => [d.id, d]));
  const byHash = new Map(ofLesson.filter((d) => d.contentHash).map((d) => [d.contentHash, d]));
  const pairs = new Map<string, DocumentPair>();
  const unknown: StudentWorkDocument[] = [];
  for (const document of work.documents) {
    const teacher =
      byId.get(document.id) ??
      (document.contentHash ? byHash.get(document.contentHash) : undefined);
    if (!teacher) unknown.push(document);
    else
      pairs.set(document.id, {
        teacher,
        sameText: document.contentHash !== '' && document.contentHash === teacher.contentHash,
      });
  }
  return { pairs, unknown };
}
