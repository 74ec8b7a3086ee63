/**
 * A class's worth of students' files at once: each is read (`parseStudentWork`) and matched to
 * the lesson (`matchSubmission`) on its own, so a bad file is reported by name and the others
 * are imported all the same. Files are taken in order and each accepted one counts for the next,
 * so two files of the same student in one batch are caught like any other duplicate; with
 * `replace`, the later file wins and only it is returned. A file whose work is the same as (or
 * 95% of its spans the same as) another file's in the batch, or work handed in earlier (given
 * with its annotations in `existing`), is imported and flagged.
 */
import type { MergeCounts } from '../../domain/layers';
import type { Annotation, Lesson, SlantDocument, Submission } from '../../domain/types';
import { matchSubmission, type MatchOptions, type SubmissionRefusal } from './match-submission';
import { parseStudentWork } from './parse-student-work';
import type { SubmissionReport } from './place-annotations';
import { findSimilarWork, type OtherWork, type SimilarWork } from './similar-work';

export interface StudentFile {
  name: string;
  text: string;
}

export interface ImportedWork {
  fileName: string;
  submission: Submission;
  /** The student's annotations, placed on the teacher's texts. */
  annotations: Annotation[];
  report: SubmissionReport;
  /** The stored submission this one replaces (same id). */
  replaces?: Submission;
  /** When it replaced earlier work: what merging it into that work's layer did. */
  merge?: MergeCounts;
  /** Other work, of the batch or stored, that is the same or nearly (see `similar-work.ts`). */
  similarTo?: SimilarWork;
}

export interface RefusedWork {
  fileName: string;
  /** `unreadable`: not a valid student's work file at all. */
  reason: SubmissionRefusal | 'unreadable';
  error: string;
}

export interface StudentFilesImport {
  imported: ImportedWork[];
  refused: RefusedWork[];
}

/** Work already handed in; with its annotations, new work is also compared with it. */
export type StoredSubmission = Submission & { annotations?: readonly Annotation[] };

const storedWork = ({ annotations, ...submission }: StoredSubmission) => ({
  submission: submission as Submission,
  other: annotations && {
    submissionId: submission.id,
    student: submission.student,
    annotations,
  },
});

export function importStudentFiles(
  files: readonly StudentFile[],
  lesson: Lesson,
  teacherDocuments: readonly SlantDocument[],
  existing: readonly StoredSubmission[],
  options: Omit<MatchOptions, 'fileName'> = {},
): StudentFilesImport {
  const imported: ImportedWork[] = [];
  const refused: RefusedWork[] = [];
  const stored = existing.map(storedWork);
  for (const { name: fileName, text } of files) {
    const parsed = parseStudentWork(text, fileName);
    if (!parsed.ok) {
      refused.push({ fileName, reason: 'unreadable', error: parsed.error });
      continue;
    }
    const notReplaced = stored.filter(
      (s) => !imported.some((i) => i.submission.id === s.submission.id),
    );
    const current = [...notReplaced.map((s) => s.submission), ...imported.map((i) => i.submission)];
    const match = matchSubmission(parsed.work, lesson, teacherDocuments, current, {
      ...options,
      fileName,
    });
    if (!match.ok) {
      refused.push({ fileName, reason: match.reason, error: match.error });
      continue;
    }
    const { submission, annotations, report } = match;
    // A file of this batch that this one replaces drops out; what it replaced, this one does.
    const earlier = imported.findIndex((i) => i.submission.id === submission.id);
    const replaces = earlier >= 0 ? imported.splice(earlier, 1)[0]?.replaces : match.replaces;
    const others: OtherWork[] = [
      ...notReplaced.flatMap((s) => (s.other ? [s.other] : [])),
      ...imported.map((i) => ({
        submissionId: i.submission.id,
        student: i.submission.student,
        fileName: i.fileName,
        annotations: i.annotations,
      })),
    ];
    const similarTo = findSimilarWork(annotations, others, submission.id);
    imported.push({
      fileName,
      submission,
      annotations,
      report,
      ...(replaces ? { replaces } : {}),
      ...(similarTo && { similarTo }),
    });
  }
  return { imported, refused };
}
