/**
 * Turns one student's work into a `Submission` of the teacher's lesson, or refuses it with a
 * message for the teacher that names the file. In order: work for another lesson, work with no
 * annotations, annotations on articles the lesson does not have, tags that are not the lesson's
 * (they would be scored against nothing in the key), work made on a different version of an
 * article's text (its content hash is not the lesson's: the student's passages were chosen in
 * another text, so scoring them against the key would mislead), a file changed by hand (its
 * quotes are not in an unchanged text), and last a student who already handed work in: refused
 * unless `replace` is set, in which case the new submission takes the old one's id, so storing
 * it replaces the old record. Duplicates come last so that Replace is only offered for a file
 * that would otherwise be imported.
 *
 * The submission's annotations are placed on the teacher's texts (`place-annotations.ts`), with
 * a count of those placed, moved and orphaned. Nothing here writes anything.
 */
import { submissionLayerId } from '../../domain/layers';
import type { Annotation, Lesson, SlantDocument, Submission } from '../../domain/types';
import { theFile } from '../shared';
import { localTagId } from '../../domain/tag-aliases';
import { STUDENT_WORK_FILE } from './parse-student-work';
import { pairDocuments } from './pair-documents';
import { placeAnnotations, type SubmissionReport } from './place-annotations';
import { cleanStudentName, sameStudent } from './student-name';
import type { StudentWork } from './student-work-format';

export type SubmissionRefusal =
  | 'other-lesson'
  | 'no-annotations'
  | 'unknown-document'
  | 'foreign-tags'
  | 'different-text'
  | 'tampered'
  | 'duplicate-student';

export type SubmissionMatch =
  | {
      ok: true;
      submission: Submission;
      /** The student's annotations, placed on the teacher's texts, for the submission's layer. */
      annotations: Annotation[];
      report: SubmissionReport;
      replaces?: Submission;
    }
  | { ok: false; reason: SubmissionRefusal; error: string; duplicateOf?: Submission };

export interface MatchOptions {
  /** The file's name, for messages. */
  fileName?: string;
  /** Replace the submission of a student who already handed work in, instead of refusing. */
  replace?: boolean;
  importedAt?: Date;
  /** A new submission's id; a random UUID by default. */
  newId?: () => string;
  /** The teacher's tags' aliases (`aliasMap`): a student's tag named by one is its tag. */
  tagAliases?: ReadonlyMap<string, string>;
}

/** `2025-03-08 10:05 UTC`, or the date alone when there is no time. */
function stamp(iso: string): string {
  const time = iso.slice(11, 16);
  return time ? `${iso.slice(0, 10)} ${time} UTC` : iso.slice(0, 10);
}

function duplicateMessage(file: string, work: StudentWork, lesson: Lesson, previous: Submission) {
  if (previous.exportedAt === work.exportedAt)
    return `${file} was already imported: it is the work of “${previous.student}” exported ${stamp(work.exportedAt)}. Choose Replace to import it again.`;
  return `${file} is the work of “${cleanStudentName(work.student)}”, who already handed in work for “${lesson.title}” (exported ${stamp(previous.exportedAt)}; this file was exported ${stamp(work.exportedAt)}). Choose Replace to keep this file’s work instead.`;
}

export function matchSubmission(
  work: StudentWork,
  lesson: Lesson,
  teacherDocuments: readonly SlantDocument[],
  existing: readonly Submission[],
  options: MatchOptions = {},
): SubmissionMatch {
  const file = theFile(options.fileName);
  const student = cleanStudentName(work.student);
  if (work.lessonId !== lesson.id) {
    const error =
      work.lessonTitle === lesson.title
        ? `${file} is work for another lesson also called “${lesson.title}”, made from a different lesson pack.`
        : `${file} is work for the lesson “${work.lessonTitle}”, not for “${lesson.title}”.`;
    return { ok: false, reason: 'other-lesson', error };
  }
  if (work.annotations.length === 0)
    return {
      ok: false,
      reason: 'no-annotations',
      error: `${file} has no annotations: “${student}” exported the lesson before marking anything. Ask them to annotate the articles and export their work again.`,
    };

  const { pairs, unknown } = pairDocuments(work, lesson, teacherDocuments);
  const annotated = new Set(work.annotations.map((a) => a.documentId));
  const missing = unknown.filter((d) => annotated.has(d.id));
  if (missing.length > 0)
    return {
      ok: false,
      reason: 'unknown-document',
      error: `${file} has annotations on ${missing.map((d) => `“${d.title}”`).join(', ')}, which ${missing.length > 1 ? 'are not articles' : 'is not an article'} of “${lesson.title}” in this library. Was the file made from another lesson pack, or was the article removed from the lesson?`,
    };

  const aliases = options.tagAliases ?? new Map<string, string>();
  const annotations = work.annotations.map((a) => ({
    ...a,
    tagIds: [...new Set(a.tagIds.map((t) => localTagId(t, aliases)))],
  }));
  const lessonTags = new Set(lesson.tagIds);
  const foreign = annotations.flatMap((a, index) =>
    a.tagIds.filter((t) => !lessonTags.has(t)).map((t) => `${t} (annotation ${index + 1})`),
  );
  if (foreign.length > 0)
    return {
      ok: false,
      reason: 'foreign-tags',
      error: `${file} uses tags that are not the lesson’s: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? `, and ${foreign.length - 5} more` : ''}. The lesson “${lesson.title}” uses ${lesson.tagIds.join(', ')}. Ask “${student}” to tag only with the lesson’s tags and export their work again.`,
    };

  const otherText = work.documents.filter(
    (d) => annotated.has(d.id) && pairs.get(d.id)?.sameText === false,
  );
  if (otherText.length > 0)
    return {
      ok: false,
      reason: 'different-text',
      error: `${file} was made on a different version of the text of ${otherText.map((d) => `“${d.title}”`).join(', ')} (the student’s copy was edited, or is another copy of the article), so its passages cannot be compared with your key. Ask “${student}” to open the lesson pack again, annotate its unchanged ${otherText.length > 1 ? 'articles' : 'article'} and export their work again.`,
    };

  const placement = placeAnnotations(annotations, pairs);
  if (!placement.ok)
    return {
      ok: false,
      reason: 'tampered',
      error: `${file} was changed after it was exported, or is damaged: ${placement.problem}. ${STUDENT_WORK_FILE.advice}`,
    };

  const previous = existing.find(
    (s) => s.lessonId === lesson.id && sameStudent(s.student, work.student),
  );
  if (previous && !options.replace)
    return {
      ok: false,
      reason: 'duplicate-student',
      error: duplicateMessage(file, work, lesson, previous),
      duplicateOf: previous,
    };

  const id = previous?.id ?? (options.newId ?? (() => crypto.randomUUID()))();
  const submission: Submission = {
    id,
    lessonId: lesson.id,
    student,
    layerId: previous?.layerId ?? submissionLayerId(id),
    orphanCount: placement.report.orphaned,
    exportedAt: work.exportedAt,
    importedAt: (options.importedAt ?? new Date()).toISOString(),
  };
  return {
    ok: true,
    submission,
    annotations: placement.annotations,
    report: placement.report,
    ...(previous ? { replaces: previous } : {}),
  };
}
