/**
 * How a student's highlights agree with the teacher's key, per tag and overall, with partial
 * credit for overlap: the technique-classification score of SemEval-2020 Task 11 (Da San Martino
 * et al.). A span earns C(s, t, h) = |s ∩ t| / h from each key span t of the same tag, so
 *   precision = (1/|S|) Σ_s Σ_t C(s, t, |s|)  over the answer's spans S,
 *   recall    = (1/|T|) Σ_t Σ_s C(s, t, |t|)  over the key's spans T,
 * after overlapping spans of one tag in one document are merged in each set. "Overall" is the
 * micro average: the same sums pooled over all tags, so a tag with many spans weighs more.
 *
 * A figure that cannot be computed is `null`, never 0, so the UI can show "—":
 * - no answer spans: precision is null (nothing was claimed); recall is 0 if the key has spans;
 * - no key spans: recall is null; precision is 0 if the answer has spans (all of them are wrong);
 * - neither: all three are null.
 * F1 is null only when both are null. When one is null the other is 0, and F1 is 0: a harmonic
 * mean with a zero is zero, whatever the missing figure would be.
 * Spans whose tag is not in `tagIds` are ignored.
 */
import type { TextSpan } from '../text/sentences';
import type { LabelledSpan } from './labelled-span';
import { mergeByTagAndDocument } from './merge-by-tag';
import { keyedRecord } from '../../domain/keyed-record';

export interface KeyScore {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Key spans after merging. */
  keySpans: number;
  /** Answer spans after merging. */
  answerSpans: number;
}

export interface KeyScoreReport {
  overall: KeyScore;
  byTag: Record<string, KeyScore>;
}

interface CreditSums {
  precisionSum: number;
  recallSum: number;
  keySpans: number;
  answerSpans: number;
}

/** Partial-credit sums for two sorted, merged span lists of one tag in one document. */
function addCredit(answer: readonly TextSpan[], key: readonly TextSpan[], sums: CreditSums): void {
  let i = 0;
  let j = 0;
  while (i < answer.length && j < key.length) {
    const a = answer[i] as TextSpan;
    const k = key[j] as TextSpan;
    const shared = Math.min(a.end, k.end) - Math.max(a.start, k.start);
    if (shared > 0) {
      sums.precisionSum += shared / (a.end - a.start);
      sums.recallSum += shared / (k.end - k.start);
    }
    if (a.end < k.end) i += 1;
    else j += 1;
  }
  sums.answerSpans += answer.length;
  sums.keySpans += key.length;
}

function toScore(sums: CreditSums): KeyScore {
  const precision = sums.answerSpans === 0 ? null : sums.precisionSum / sums.answerSpans;
  const recall = sums.keySpans === 0 ? null : sums.recallSum / sums.keySpans;
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (precision === null || recall === null || precision + recall === 0) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, keySpans: sums.keySpans, answerSpans: sums.answerSpans };
}

function emptySums(): CreditSums {
  return { precisionSum: 0, recallSum: 0, keySpans: 0, answerSpans: 0 };
}

export function scoreAgainstKey(
  key: readonly LabelledSpan[],
  answer: readonly LabelledSpan[],
  tagIds: readonly string[],
): KeyScoreReport {
  const keyByTag = mergeByTagAndDocument(key, tagIds);
  const answerByTag = mergeByTagAndDocument(answer, tagIds);
  const total = emptySums();
  const byTag = keyedRecord<KeyScore>();
  for (const tagId of new Set(tagIds)) {
    const keyDocs = keyByTag.get(tagId) ?? new Map<string, TextSpan[]>();
    const answerDocs = answerByTag.get(tagId) ?? new Map<string, TextSpan[]>();
    const sums = emptySums();
    for (const documentId of new Set([...keyDocs.keys(), ...answerDocs.keys()])) {
      addCredit(answerDocs.get(documentId) ?? [], keyDocs.get(documentId) ?? [], sums);
    }
    byTag[tagId] = toScore(sums);
    total.precisionSum += sums.precisionSum;
    total.recallSum += sums.recallSum;
    total.keySpans += sums.keySpans;
    total.answerSpans += sums.answerSpans;
  }
  return { overall: toScore(total), byTag };
}
