/**
 * Which paragraphs a long text renders at once, and how much of the rest each later step adds
 * (`use-revealed-blocks.ts`). Rendering every paragraph of a book-length text with its highlights
 * took most of a second before anything showed; the first screen needs a few paragraphs. Counted
 * in characters, since paragraphs run from one line to a page: the first step covers more than a
 * tall window shows, so what is in view on opening is always complete.
 */

/** Characters rendered before the first paint: about three tall screens of text. */
export const FIRST_SCREEN_CHARS = 12_000;
/** Characters the first later step adds. */
export const STEP_CHARS = 30_000;
/**
 * How long a later step should take. Every step also re-checks every paragraph's decorations,
 * so many small steps cost more in all than a few larger ones; longer ones keep input waiting.
 */
export const STEP_MS = 100;
const MIN_STEP_CHARS = 10_000;
const MAX_STEP_CHARS = 240_000;

/** The characters for the next step, from how long the last one took for how many. */
export function nextStepChars(lastChars: number, lastMs: number): number {
  const scaled = lastMs > 0 ? (lastChars * STEP_MS) / lastMs : MAX_STEP_CHARS;
  // Grow at most twofold a step: one quick step may have been a light part of the text.
  const bounded = Math.min(scaled, lastChars * 2);
  return Math.round(Math.min(MAX_STEP_CHARS, Math.max(MIN_STEP_CHARS, bounded)));
}

/**
 * How many paragraphs, from the first, make up at least `chars` characters starting at `from`
 * (at least one more, when any is left). Returns an index: paragraphs before it are included.
 */
export function revealEnd(lengths: readonly number[], from: number, chars: number): number {
  let end = from;
  let taken = 0;
  while (end < lengths.length && (end === from || taken < chars)) {
    taken += lengths[end]! + 1;
    end += 1;
  }
  return end;
}
