/**
 * Which paragraphs a long text renders at once, and how much of the rest each later step adds
 * (`use-revealed-blocks.ts`). Rendering every paragraph of a book-length text with its highlights
 * took most of a second before anything showed; the first screen needs a few paragraphs. Counted
 * in characters, since paragraphs run from one line to a page: the first step covers more than a
 * tall window shows, so what is in view on opening is always complete.
 */

/** Characters rendered before the first paint: about three tall screens of text. */
export const FIRST_SCREEN_CHARS = 12_000;
/** Characters each later step adds: a few tens of milliseconds of rendering, between inputs. */
export const STEP_CHARS = 30_000;

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
