/**
 * A student's work on a lesson, as one file the student hands back: who they are, which lesson
 * (its id), which copies of the articles they annotated (id, title and content hash, not the
 * text) and their annotations, whose targets count in the student's copy of each text. The
 * teacher's Slant re-anchors them onto its own copy (`match-submission.ts`).
 */
import type { Annotation, IsoDate } from '../../domain/types';

export const STUDENT_WORK_FORMAT = 'slant-student-work';
export const STUDENT_WORK_VERSION = 1;

/** Thousands of annotations fit in 2 MB; a class's files are read one after another. */
export const MAX_STUDENT_WORK_BYTES = 8 * 1024 * 1024;

/** The student's copy of an article, as far as the teacher needs to find their own copy. */
export interface StudentWorkDocument {
  id: string;
  title: string;
  /** Hex SHA-256 of the student's text: equal to the teacher's when the text did not change. */
  contentHash: string;
}

export interface StudentWork {
  format: typeof STUDENT_WORK_FORMAT;
  version: number;
  lessonId: string;
  lessonTitle: string;
  /** The name the student entered. */
  student: string;
  exportedAt: IsoDate;
  documents: StudentWorkDocument[];
  annotations: Annotation[];
}
