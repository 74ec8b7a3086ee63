/**
 * Stretches of a text and changes to it, as anchoring, the editor and the read-only views count
 * them: UTF-16 code units into a document's canonical text, end exclusive.
 */

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
