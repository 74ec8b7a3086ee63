/**
 * The public face of src/analysis for the layers above (state, editor, ui, cli): import from
 * here rather than from the detectors' files.
 */
export { analyze, type AnalyzeOptions } from './analyze';
export type { Suggestion, SuggestionTag } from './suggestion';
export type { RegistryOutlet } from './outlets/outlet-entry';
export type { LoadedLanguageModel } from './loaded-language/model';
export { detectLoadedLanguage } from './loaded-language/detect';
export { detectUnattributedClaims } from './unattributed/detect';
export { detectOutletMentions } from './outlets/detect';
export {
  scoreSpanIdentification,
  mergeSpans,
  type SpanScore,
  type ScoredDocument,
} from './metrics/span-identification';
