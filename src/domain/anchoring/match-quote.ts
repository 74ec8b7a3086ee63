/**
 * Step 3 of anchoring: the quote itself was edited (a typo fixed, a word changed), so it is found
 * by approximate matching (approx-string-match, as in Hypothesis). Edits are usually local, so a
 * window around the old position is searched first; only when that finds nothing convincing is
 * the whole text searched, and the best candidate of both searches wins. `anchor` judges it.
 */
import search from 'approx-string-match';
import type { TextTarget } from '../types';
import { widenToCodePoints } from '../code-points';
import { WINDOW_ACCEPT_SCORE, WINDOW_MARGIN, maxErrorsFor } from './match-options';
import { positionHint } from './position-hint';
import { bestOf, scoreCandidate, type ScoredMatch } from './score-candidate';

function candidates(
  text: string,
  target: TextTarget,
  hint: number,
  from: number,
  to: number,
): ScoredMatch[] {
  const maxErrors = maxErrorsFor(target.exact.length);
  return search(text.slice(from, to), target.exact, maxErrors).map((match) => {
    const [start, end] = widenToCodePoints(text, match.start + from, match.end + from);
    return scoreCandidate(text, { start, end, errors: match.errors }, target, hint);
  });
}

export function matchQuote(text: string, target: TextTarget): ScoredMatch | null {
  if (maxErrorsFor(target.exact.length) < 1) return null;
  const hint = positionHint(text, target);
  const from = Math.max(0, hint - WINDOW_MARGIN);
  const to = Math.min(text.length, hint + target.exact.length + WINDOW_MARGIN);

  let best = bestOf(candidates(text, target, hint, from, to));
  const searchedAll = from === 0 && to === text.length;
  if (!searchedAll && (best === undefined || best.score < WINDOW_ACCEPT_SCORE)) {
    const whole = bestOf(candidates(text, target, hint, 0, text.length));
    if (whole && (best === undefined || whole.score > best.score)) best = whole;
  }
  return best ?? null;
}
