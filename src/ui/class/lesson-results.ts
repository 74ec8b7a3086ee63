/**
 * Everything the teacher's results show, computed once per change of the lesson or its work:
 * each student's partial-credit scores against the key (per tag and overall), the class's
 * agreement among the students (the key is not one of the raters: it is the measure, not a
 * member of the class), and each student's and the key's spans for the text views.
 */
import {
  classAgreement,
  scoreAgainstKey,
  spansOf,
  type ClassAgreement,
  type KeyScoreReport,
  type LabelledSpan,
} from '../../analysis';
import { keyOf } from '../../domain/lesson-key';
import type { Annotation, Lesson, SlantDocument, Tag } from '../../domain/types';
import type { SubmissionWork } from '../../state/class';

interface StudentScores {
  submission: SubmissionWork;
  spans: LabelledSpan[];
  score: KeyScoreReport;
}

export interface LessonResults {
  /** The lesson's tags, in its order; one the library lost is shown by its id. */
  tags: Tag[];
  keyAnnotations: readonly Annotation[];
  keySpans: LabelledSpan[];
  students: StudentScores[];
  /** Null until some work was imported. */
  agreement: ClassAgreement | null;
}

function lessonTags(lesson: Lesson, tags: readonly Tag[]): Tag[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  return lesson.tagIds.map(
    (id, order) =>
      byId.get(id) ?? {
        id,
        label: id,
        description: '',
        colour: '#777777',
        underline: 'dotted',
        taxonomyId: 'removed',
        order,
      },
  );
}

export function lessonResults(
  lesson: Lesson,
  documents: readonly SlantDocument[],
  submissions: readonly SubmissionWork[],
  tags: readonly Tag[],
  keyLayer: readonly Annotation[],
): LessonResults {
  const tagIds = lesson.tagIds;
  const key = keyOf(lesson, keyLayer);
  const keySpans = spansOf(key);
  const students = submissions.map((submission) => {
    const spans = spansOf(submission.annotations);
    return { submission, spans, score: scoreAgainstKey(keySpans, spans, tagIds) };
  });
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const agreement =
    students.length === 0
      ? null
      : classAgreement(
          texts,
          students.map((s) => ({ name: s.submission.student, spans: s.spans })),
          tagIds,
        );
  return {
    tags: lessonTags(lesson, tags),
    keyAnnotations: key,
    keySpans,
    students,
    agreement,
  };
}
