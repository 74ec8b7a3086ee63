/**
 * W3C Web Annotations (JSON-LD), out and in. `toW3C` writes Slant's annotations with positions
 * in code points; `fromW3C` reads a Slant export or another tool's (Hypothesis, Recogito) onto
 * the documents already in Slant, validated and placed before the caller writes anything.
 */
export { fromW3C, type W3CImport, type W3CImportOptions } from './from-w3c';
export { isUuid } from './identifiers';
export type { ImportProblem } from './import-problem';
export { documentSource, sourceKey } from './source-url';
export {
  toW3C,
  toW3CPages,
  type W3CExportInput,
  type W3CExportOptions,
  type W3CPages,
} from './to-w3c';
export {
  ANNO_CONTEXT,
  SLANT_CONTEXT,
  SLANT_TERMS,
  SLANT_VOCAB,
  W3C_CONTEXT,
  type SlantTerm,
  type W3CContext,
} from './w3c-context';
export type {
  W3CAgent,
  W3CAnnotation,
  W3CAnnotationCollection,
  W3CAnnotationPage,
  W3CSpecificResource,
  W3CTextPositionSelector,
  W3CTextQuoteSelector,
  W3CTextSelector,
  W3CTextualBody,
} from './w3c-types';
export { placeUnplaced, type Placement } from './place-unplaced';
