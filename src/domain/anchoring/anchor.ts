/**
 * `anchor` is `describe`'s inverse: it places a stored target on a document's current text, trying
 * the cheapest strategy first (ARCHITECTURE.md §5, after Hypothesis):
 *
 * 1. the stored position, if the text and context there are unchanged (`match-position.ts`);
 * 2. an exact search for the quote, the best-fitting context winning (`match-exact.ts`);
 * 3. a fuzzy search, near the old position first (`match-quote.ts`);
 * 4. otherwise the annotation is orphaned: the caller keeps it and lets the user re-attach it.
 *
 * Steps 2 and 3 must also score well enough (`minScoreFor`), or the result is an orphan rather
 * than a highlight on the wrong words. When the quote occurs verbatim, a fuzzy search would only
 * find those same occurrences again, so it is skipped. Never throws on bad stored data and never
 * anchors an empty range.
 */
import type { TextTarget } from '../types';
import { matchExact } from './match-exact';
import { minScoreFor } from './match-options';
import { matchPosition } from './match-position';
import { matchQuote } from './match-quote';
import type { ScoredMatch } from './score-candidate';
import type { AnchorMethod, AnchorResult } from './anchor-result';

const ORPHANED: AnchorResult = Object.freeze({ status: 'orphaned' });

function judge(match: ScoredMatch, target: TextTarget, method: AnchorMethod): AnchorResult {
  const { start, end, score } = match;
  if (end <= start || score < minScoreFor(target.exact.length)) return ORPHANED;
  return { status: 'anchored', start, end, method };
}

export function anchor(text: string, target: TextTarget): AnchorResult {
  if (target.exact.length === 0) return ORPHANED;
  if (matchPosition(text, target)) {
    return { status: 'anchored', start: target.start, end: target.end, method: 'position' };
  }
  const exact = matchExact(text, target);
  if (exact) return judge(exact, target, 'exact');
  const fuzzy = matchQuote(text, target);
  return fuzzy ? judge(fuzzy, target, 'fuzzy') : ORPHANED;
}
