/**
 * Step 2 of anchoring: the quote is still in the text word for word, but not where it was (text
 * was inserted or removed before it, or its paragraph moved). Among all occurrences, the one whose
 * surroundings best fit the stored prefix and suffix wins; equal fits go to the occurrence nearest
 * the old position. The winner is scored like a fuzzy candidate, for `anchor` to judge.
 *
 * An edit early in a long document moves every later annotation a little, so first look near the
 * old position for an occurrence whose context fits perfectly. No occurrence can fit better, and
 * any occurrence outside the window is farther away, so this shortcut never changes the answer;
 * it only spares scanning the whole text for each of thousands of annotations.
 */
import type { TextTarget } from '../types';
import { hasExactContext, prefixScore, suffixScore } from './context-score';
import { positionHint } from './position-hint';
import { scoreCandidate, type ScoredMatch } from './score-candidate';

/** How far either side of the old start the shortcut looks for a perfect occurrence. */
const NEAR_WINDOW = 16_384;

/** Context scores closer than this are equal (they are ratios of small integers). */
const EPSILON = 1e-9;

/** Starts of `quote` in `text` from `from` up to `to`, without scanning past `to`. */
function occurrences(text: string, quote: string, from: number, to: number): number[] {
  const region = to >= text.length ? text : text.slice(0, to + quote.length);
  const found: number[] = [];
  for (let at = region.indexOf(quote, from); at !== -1; at = region.indexOf(quote, at + 1)) {
    found.push(at);
  }
  return found;
}

function nearest(starts: readonly number[], hint: number): number | undefined {
  let best: number | undefined;
  for (const at of starts) {
    if (best === undefined || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best;
}

/** The occurrence whose context fits best, by edit distance; the nearest of equal fits. */
function bestFit(text: string, starts: readonly number[], target: TextTarget, hint: number) {
  const length = target.exact.length;
  let best: { start: number; fit: number } | undefined;
  for (const at of starts) {
    const fit = prefixScore(text, at, target) + suffixScore(text, at + length, target);
    const better =
      best === undefined ||
      fit > best.fit + EPSILON ||
      (fit > best.fit - EPSILON && Math.abs(at - hint) < Math.abs(best.start - hint));
    if (better) best = { start: at, fit };
  }
  return best?.start;
}

export function matchExact(text: string, target: TextTarget): ScoredMatch | null {
  const { exact } = target;
  if (exact.length === 0) return null;
  const hint = positionHint(text, target);
  const fits = (at: number) => hasExactContext(text, at, at + exact.length, target);

  const near = occurrences(text, exact, Math.max(0, hint - NEAR_WINDOW), hint + NEAR_WINDOW);
  let start = nearest(near.filter(fits), hint);
  if (start === undefined) {
    // Perfect fits are cheap to recognise and beat any other, so only without one is every
    // occurrence's context measured by edit distance.
    const all = occurrences(text, exact, 0, text.length);
    start = nearest(all.filter(fits), hint) ?? bestFit(text, all, target, hint);
  }
  if (start === undefined) return null;
  return scoreCandidate(text, { start, end: start + exact.length, errors: 0 }, target, hint);
}
