/**
 * Places a student's annotations on the teacher's copy of the texts. Where the two texts are the
 * same (equal content hashes), an anchored annotation must quote the text exactly at its offsets,
 * as `toStudentWork` wrote it: anything else means the file was changed or damaged, and it is
 * refused. An annotation the student's own Slant had orphaned is anchored anew (`anchor`): found
 * at the same offsets it is placed, elsewhere it is moved, and not found it is kept as an orphan.
 * (`matchSubmission` refuses work on a text that drifted before it gets here.)
 */
import { anchor, describe, type AnchorResult } from '../../domain/anchoring';
import type { Annotation, TextTarget } from '../../domain/types';
import { shortQuote } from '../backup';
import type { DocumentPair } from './pair-documents';

export interface SubmissionReport {
  /** Found where the student put them. */
  placed: number;
  /** Found elsewhere in the teacher's text, which differs from the student's. */
  moved: number;
  /** Not found in the teacher's text; kept, with status `orphaned`. */
  orphaned: number;
}

type Placement =
  | { ok: true; annotations: Annotation[]; report: SubmissionReport }
  | { ok: false; problem: string };

/** The target of `[start, end)`, or undefined if the range is not whole characters of `text`. */
function targetAt(text: string, start: number, end: number): TextTarget | undefined {
  try {
    return describe(text, start, end);
  } catch {
    return undefined;
  }
}

/** Why an annotation cannot be where an unchanged text says it is, or undefined if it can. */
function mismatch(annotation: Annotation, number: number, pair: DocumentPair): string | undefined {
  const { text, title } = pair.teacher;
  const { start, end, exact } = annotation.target;
  const which = `annotation ${number} (“${shortQuote(exact)}”)`;
  if (end > text.length)
    return `${which} ends at ${end}, beyond the end of “${title}” (${text.length} characters)`;
  if (text.slice(start, end) !== exact)
    return `${which} is not the text of “${title}” at ${start}–${end}, which reads “${shortQuote(text.slice(start, end))}”`;
  if (!targetAt(text, start, end)) return `${which} does not start and end on whole characters`;
  return undefined;
}

export function placeAnnotations(
  annotations: readonly Annotation[],
  pairs: ReadonlyMap<string, DocumentPair>,
): Placement {
  const report: SubmissionReport = { placed: 0, moved: 0, orphaned: 0 };
  const placed: Annotation[] = [];
  for (const [index, annotation] of annotations.entries()) {
    const pair = pairs.get(annotation.documentId);
    if (!pair) return { ok: false, problem: `annotation ${index + 1} is on an unknown article` };
    const { text, id: documentId } = pair.teacher;
    const unchanged = pair.sameText && annotation.status === 'anchored';
    if (unchanged) {
      const problem = mismatch(annotation, index + 1, pair);
      if (problem) return { ok: false, problem };
    }
    // On the same text the student's offsets stand; otherwise the quote is looked for.
    const found: AnchorResult = unchanged
      ? {
          status: 'anchored',
          start: annotation.target.start,
          end: annotation.target.end,
          method: 'position',
        }
      : anchor(text, annotation.target);
    const target = found.status === 'anchored' ? targetAt(text, found.start, found.end) : undefined;
    if (!target) {
      report.orphaned += 1;
      placed.push({ ...annotation, documentId, status: 'orphaned' });
      continue;
    }
    const same = target.start === annotation.target.start && target.end === annotation.target.end;
    report[same ? 'placed' : 'moved'] += 1;
    placed.push({ ...annotation, documentId, target, status: 'anchored' });
  }
  return { ok: true, annotations: placed, report };
}
