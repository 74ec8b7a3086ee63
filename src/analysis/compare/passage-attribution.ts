/**
 * Who a claim's passage is attributed to, for the claim matrix: `unattributed` when the reader
 * tagged it an unattributed claim (their judgement wins over the detector), else the sources
 * named in the sentence or sentences the passage sits in. An empty list means no source could be
 * found there, which is not the same as the reader calling it unattributed.
 */
import type { Annotation } from '../../domain/types';
import type { TextSpan } from '../text/sentences';
import { sourceNamesIn } from './source-names';

export const UNATTRIBUTED = 'unattributed';

/** The source names (as written) of `annotation`'s passage, or `["unattributed"]`. */
export function passageAttribution(
  text: string,
  sentences: readonly TextSpan[],
  annotation: Annotation,
): string[] {
  if (annotation.tagIds.includes('unattributed-claim')) return [UNATTRIBUTED];
  const { start, end } = annotation.target;
  return sentences
    .filter((s) =>
      start === end ? s.start <= start && start < s.end : s.start < end && start < s.end,
    )
    .flatMap((s) => sourceNamesIn(text.slice(s.start, s.end)));
}
