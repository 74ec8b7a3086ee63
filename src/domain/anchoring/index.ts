/**
 * Anchoring: how an annotation finds its passage again (ARCHITECTURE.md §5). `describe` stores a
 * selection, `anchor` places it on the current text, `transformRange` moves it through edits.
 */
export { anchor } from './anchor';
export { describe } from './describe';
export { editBetween } from './text-edit';
export { transformRange } from './transform';
export type { AnchorMethod, AnchorResult } from './anchor-result';
export type { TextEdit, TextRange } from './text-range';
