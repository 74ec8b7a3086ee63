/**
 * Who a claim's passage is attributed to: `unattributed` when the reader tagged it an
 * unattributed claim (their judgment wins over the detector); else the sources the article's
 * attribution gives the figures inside the passage; else the sources named in the sentence or
 * sentences the passage sits in, including one a pronoun or description there points back to.
 * An empty list means no source could be found there, which is not the same as the reader
 * calling it unattributed.
 */
import type { Annotation } from '../../domain/types';
import type { ArticleAttribution } from '../attribution/article-attribution';

export const UNATTRIBUTED = 'unattributed';

/** The source names of `annotation`'s passage, or `["unattributed"]`. */
export function passageAttribution(
  attribution: ArticleAttribution,
  annotation: Annotation,
): string[] {
  if (annotation.tagIds.includes('unattributed-claim')) return [UNATTRIBUTED];
  const { start, end } = annotation.target;
  const inside = (s: { start: number; end: number }): boolean =>
    start === end ? s.start <= start && start < s.end : s.start < end && start < s.end;
  const fromFigures = attribution.figures
    .filter((f) => inside(f) && f.attributedTo !== null)
    .map((f) => f.attributedTo as string);
  if (fromFigures.length > 0) return fromFigures;
  const sentences = new Set(
    attribution.sentences.flatMap((s, index) => (inside(s) ? [index] : [])),
  );
  return attribution.mentions
    .filter((m) => m.named && sentences.has(m.sentence))
    .map((m) => m.name);
}
