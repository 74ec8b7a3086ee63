/**
 * Each tag's letter: A, B, … Z, then AA, AB, … in the taxonomy's order. Colours and underline
 * styles run out (and vanish on a black-and-white printout); a letter never does, so the hover
 * card, the report's legend and its highlights' markers name each tag by it.
 */
import type { Tag } from './types';

/** 0 → A, 25 → Z, 26 → AA, 27 → AB, … */
export function letterAt(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** The letter of every tag, by its place in the taxonomy's order. */
export function tagLetters(tags: Iterable<Pick<Tag, 'id' | 'order'>>): Map<string, string> {
  const ordered = [...tags].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return new Map(ordered.map((tag, index) => [tag.id, letterAt(index)]));
}

const cache = new WeakMap<object, Map<string, string>>();

/** `tagLetters`, worked out once per list (or map) of tags, for the many swatches drawn from it. */
export function lettersOf(tags: readonly Tag[] | ReadonlyMap<string, Tag>): Map<string, string> {
  let letters = cache.get(tags);
  if (!letters) {
    const list = Array.isArray(tags) ? tags : [...(tags as ReadonlyMap<string, Tag>).values()];
    letters = tagLetters(list);
    cache.set(tags, letters);
  }
  return letters;
}
