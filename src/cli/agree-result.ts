/**
 * What `slant agree` found, before it is printed in one of its formats (`agree-output.ts`): the
 * lesson, the key, each scored student's figures, the class's agreement and the refused files.
 */
import type { ClassAgreement } from '../analysis';
import type { RefusedWork } from '../io/class';
import type { Tag } from '../domain/types';

/** One row of figures: a student's on one tag, or on all tags. */
export interface AgreeFigures {
  /** The key's spans after merging overlaps. */
  keySpans: number;
  /** The student's spans after merging overlaps. */
  markedSpans: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** The student's annotations with this tag (all of them, for the overall row). */
  annotations: number;
  /** Of those, the ones whose passage is not in the teacher's text: not scored. */
  orphaned: number;
}

export interface StudentResult {
  student: string;
  file: string;
  overall: AgreeFigures;
  byTag: Record<string, AgreeFigures>;
}

export interface AgreeRefusal {
  file: string;
  /** `cannot-read`: the file could not be read at all; the rest as the io layer says. */
  reason: RefusedWork['reason'] | 'cannot-read';
  error: string;
}

export interface AgreeResult {
  lesson: { id: string; title: string; articles: number };
  tags: Pick<Tag, 'id' | 'label'>[];
  key: { file: string; annotations: number; orphaned: number };
  students: StudentResult[];
  agreement: {
    /** Over the students alone. */
    students: ClassAgreement;
    /** With the key as one more rater. */
    withKey: ClassAgreement;
  };
  refused: AgreeRefusal[];
}
