/**
 * The anchoring module's own vocabulary (ARCHITECTURE.md §5). A `TextTarget` (in `../types.ts`) is
 * what an annotation stores; the types here are what anchoring answers with and what text edits
 * look like. All offsets are UTF-16 code units into a document's canonical text, end exclusive.
 */

/** How an anchor was found, cheapest first: useful for metrics and for telling the user. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export type AnchorResult =
  { status: 'anchored'; start: number; end: number; method: AnchorMethod } | { status: 'orphaned' };

/** A half-open span `[start, end)` of a text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * One change to a text: `removed` code units starting at `at` were replaced by `inserted` new
 * ones. A pure insertion has `removed: 0`, a pure deletion `inserted: 0`. In a sequence of edits,
 * each edit's `at` counts in the text as it is after the edits before it.
 */
export interface TextEdit {
  at: number;
  removed: number;
  inserted: number;
}
