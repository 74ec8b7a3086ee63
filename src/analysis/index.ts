/**
 * The public face of src/analysis for the layers above (state, editor, ui, cli): import from
 * here rather than from the detectors' files.
 */
export { analyze, type AnalyzeOptions } from './analyze';
export type { Suggestion, SuggestionTag } from './suggestion';
export type { RegistryOutlet } from './outlets/outlet-entry';
export type { LoadedLanguageModel } from './loaded-language/model';
export { OPERATING_POINTS, type OperatingPoint } from './loaded-language/operating-points';
export {
  adaptationNote,
  LEARNED_FORMAT,
  LearnedModelError,
  toLearnedModels,
  modelFor,
  type LearnedModels,
  type TagModel,
} from './learn/learned-models';
export {
  LOADED_LANGUAGE,
  trainTagModel,
  updateTagModel,
  type TagExample,
  type LearnOptions,
} from './learn/train-tag-model';
export { suggestLearned, learnedReason } from './learn/suggest-learned';
export {
  MIN_ANNOTATIONS,
  RULE_TAGS,
  learnsFrom,
  learningLayerIds,
  tagsToLearn,
  trainingExamples,
  type ReaderWork,
  type TagWork,
} from './learn/training-set';
export { detectLoadedLanguage } from './loaded-language/detect-loaded-language';
export { detectUnattributedClaims } from './unattributed/detect';
export { detectOutletMentions } from './outlets/detect-outlet-mentions';
export {
  scoreSpanIdentification,
  mergeSpans,
  type SpanScore,
  type ScoredDocument,
} from './metrics/span-identification';
export {
  documentFigures,
  type DocumentFigures,
  type DocumentFiguresInput,
} from './compare/document-figures';
export {
  compareFigures,
  FIGURE_MEASURES,
  type FigureMeasure,
  type MeasureScale,
} from './compare/compare-figures';
export {
  claimMatrix,
  WORDING_SEPARATOR,
  type ClaimCell,
  type ClaimRow,
} from './compare/claim-matrix';
export { extractFigures } from './compare/extract-figures';
export { sourceNamesIn } from './compare/source-names';
export { distinctSources } from './compare/distinct-sources';
export { UNATTRIBUTED } from './compare/passage-attribution';
export {
  articleAttribution,
  type ArticleAttribution,
  type SourceMention,
} from './attribution/article-attribution';
export type { ReportedFigure } from './attribution/reported-figures';
export { suggestedClaims, type SuggestedClaim } from './compare/suggested-claims';
export { spansOf, type LabelledSpan } from './agreement/labelled-span';
export { scoreAgainstKey, type KeyScore, type KeyScoreReport } from './agreement/score-against-key';
export type { AgreementFigure, NoFigureReason } from './agreement/agreement-figure';
export { NO_FIGURE, WHY_NO_FIGURE } from './agreement/agreement-figure';
export { krippendorffAlphaNominal, NominalAlphaTally } from './agreement/krippendorff-alpha';
export { fleissKappa, FleissTally } from './agreement/fleiss-kappa';
export { cohenKappa } from './agreement/cohen-kappa';
export {
  classAgreement,
  type Rater,
  type AgreementFigures,
  type ClassAgreement,
} from './agreement/class-agreement';
export { coverageSegments, type CoverageSegment } from './agreement/coverage-segments';
