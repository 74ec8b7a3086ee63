/**
 * The knobs of quote matching, in one place so they can be reasoned about together.
 *
 * Cost: approx-string-match runs in O(maxErrors / 32 * text length), whatever the quote's length.
 * Capping the errors therefore caps the cost for long quotes, as Hypothesis does (it allows
 * quote/2 errors, at most 256). Slant allows fewer, quote/4 and at most 64, because a match a
 * quarter rewritten is already a guess, and 64 errors keep a whole-text search of a book-length
 * document (600k code units) to about two machine words per character.
 *
 * Trust: a wrong highlight is worse than an orphan, which the user sees and can re-attach. A long
 * quote found again within a quarter of errors is not a coincidence, but a short one ("Assad",
 * "the president said") recurs all over an article, so it must also bring its context along.
 */

/** Fraction of the quote's length that may differ (insertions, deletions, substitutions). */
const ERROR_RATIO = 0.25;

/** Upper bound on errors, reached by quotes of 256 code units and longer. */
export const MAX_ERRORS = 64;

/** Code units searched on either side of the old position before the whole text is searched. */
export const WINDOW_MARGIN = 2048;

/** A fuzzy match in the window scoring at least this is taken without searching further. */
export const WINDOW_ACCEPT_SCORE = 0.8;

/** Quotes shorter than this (the context's length) must score `MIN_SCORE_SHORT`. */
const SHORT_QUOTE = 32;

/**
 * Lowest scores accepted. With the weights below, an exact short quote in unrelated context (whose
 * similarity is about 0.3) scores about 0.70 and is refused; one keeping either side's context
 * scores 0.85 or more. A long quote with a quarter of errors scores 0.43 with no context left at
 * all (refused), about 0.56 with unrelated context (accepted).
 */
const MIN_SCORE_SHORT = 0.75;
const MIN_SCORE = 0.5;

/** Weights of the candidate score, Hypothesis's: the quote counts most, position breaks ties. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** Errors allowed for a quote: 0 below 4 code units, where a near match means nothing. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(MAX_ERRORS, Math.floor(quoteLength * ERROR_RATIO));
}

export function minScoreFor(quoteLength: number): number {
  return quoteLength < SHORT_QUOTE ? MIN_SCORE_SHORT : MIN_SCORE;
}
