/**
 * Scores how well the text around a candidate match fits the stored prefix and suffix. This is
 * what tells two occurrences of the same quote apart, in exact search and in fuzzy search alike.
 *
 * An empty stored prefix means the quote began the text (describe keeps context up to the edge),
 * so a candidate that begins the text fits it fully and one that does not fits it by half; the
 * same holds for an empty suffix at the end. Hypothesis scores empty context as a full fit.
 */
import type { TextTarget } from '../types';
import { similarity } from './similarity';

const EDGE_MISMATCH = 0.5;

type Context = Pick<TextTarget, 'prefix' | 'suffix'>;

export function prefixScore(text: string, start: number, { prefix }: Context): number {
  if (prefix.length === 0) return start === 0 ? 1 : EDGE_MISMATCH;
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

export function suffixScore(text: string, end: number, { suffix }: Context): number {
  if (suffix.length === 0) return end === text.length ? 1 : EDGE_MISMATCH;
  return similarity(text.slice(end, end + suffix.length), suffix);
}

/** Cheap test for a perfect fit of both sides: plain string comparisons, no edit distance. */
export function hasExactContext(
  text: string,
  start: number,
  end: number,
  { prefix, suffix }: Context,
): boolean {
  const prefixFits = prefix.length === 0 ? start === 0 : text.endsWith(prefix, start);
  const suffixFits = suffix.length === 0 ? end === text.length : text.startsWith(suffix, end);
  return prefixFits && suffixFits;
}
