/**
 * Where a text quotes someone's words: between curly quotes (“…”) or a pair of straight double
 * quotes on one line. Inside, words are the speaker's: a place or a name there is not a source
 * the article cites, and the words do not attribute anything.
 */
import type { TextSpan } from '../text/sentences';

const QUOTED = /“[^”\n]*”|"[^"\n]*"/g;

/** The quoted stretches of `text`, quotation marks included, in order. */
export function quotedRanges(text: string): TextSpan[] {
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
