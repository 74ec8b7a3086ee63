/**
 * What anchoring answers (ARCHITECTURE.md §5): where an annotation's passage is on the current
 * text, and how it was found, or that it is orphaned. Offsets are UTF-16 code units into a
 * document's canonical text, end exclusive; a `TextTarget` (in `../types.ts`) is what it stores.
 */

/** How an anchor was found, cheapest first: useful for metrics and for telling the user. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export type AnchorResult =
  { status: 'anchored'; start: number; end: number; method: AnchorMethod } | { status: 'orphaned' };
