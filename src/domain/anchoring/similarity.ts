/**
 * How alike two short strings are, as Hypothesis's `match-quote.ts` measures it: 1 minus the
 * edit distance of the best approximate occurrence of `expected` in `actual`, per character of
 * `expected`. Used to compare stored context (32 code units) with the text around a candidate.
 */
import search from 'approx-string-match';

/** A score in [0, 1]: 1 when `actual` contains `expected`, 0 when nothing is alike. */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  // With `expected.length` errors allowed, every position matches, so there is always a best.
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}
