/**
 * Step 1 of anchoring, the cheapest: is the passage still where it was? Most annotations of an
 * unedited document anchor here, so this must not allocate or search: a few bounded comparisons.
 *
 * The quote alone is not proof: after an edit shifts the text, a short quote ("c", "the") often
 * finds its own letters again at the old offset by coincidence. So the stored context must fit
 * too; when it does not, `match-exact.ts` weighs every occurrence, this one included.
 */
import type { TextTarget } from '../types';
import { hasExactContext } from './context-score';

export function matchPosition(text: string, target: TextTarget): boolean {
  const { start, end, exact } = target;
  return (
    exact.length > 0 &&
    Number.isInteger(start) &&
    start >= 0 &&
    end === start + exact.length &&
    text.startsWith(exact, start) &&
    hasExactContext(text, start, end, target)
  );
}
