/**
 * Turns highlights into per-word ratings for the class agreement figures. Students and teachers
 * rarely select the same characters (one takes the quote mark, one the trailing space), but they
 * do pick the same words, so each word token is a unit, and a rater marks it with a tag when any
 * of its characters lies inside one of their spans of that tag. Tokens are those of
 * `src/analysis/text/tokenize`: runs of letters or digits, joined across inner hyphens and
 * apostrophes, the same words every detector uses.
 */
import type { Token } from '../text/tokenize';
import type { TextSpan } from '../text/sentences';

/**
 * Adds 1 to `marked[i]` for every token i that one rater's spans touch. Both lists must be
 * sorted and free of overlaps (tokens are; merged spans are), so one pass over each suffices.
 */
export function addMarkedTokens(
  tokens: readonly Token[],
  spans: readonly TextSpan[],
  marked: Int32Array,
): void {
  let j = 0;
  tokens.forEach((token, i) => {
    while (j < spans.length && (spans[j] as TextSpan).end <= token.start) j += 1;
    const span = spans[j];
    if (span && span.start < token.end) marked[i] = (marked[i] ?? 0) + 1;
  });
}
