/**
 * Cross-validation by article for the loaded-language suggestions: in each fold, train on the
 * other folds' articles (weights and thresholds alike: the thresholds come from an inner split of
 * the training articles), run the full `analyze` with only that detector on the held-out
 * articles, and score its spans against their Loaded_Language gold spans. The model's stricter
 * operating point (chosen in training for precision >= 0.5) is scored on the same articles too,
 * and, as a secondary figure, the suggestions against Loaded_Language and Name_Calling,Labeling
 * gold together.
 */
import { analyze } from '../../src/analysis/analyze';
import {
  trainLoadedLanguageModel,
  type TrainingOptions,
} from '../../src/analysis/loaded-language/train';
import type { DecodeThresholds } from '../../src/analysis/loaded-language/decode';
import type { LoadedLanguageModel } from '../../src/analysis/loaded-language/model';
import type { OperatingPoint } from '../../src/analysis/loaded-language/operating-points';
import {
  scoreSpanIdentification,
  type ScoredDocument,
  type SpanScore,
} from '../../src/analysis/metrics/span-identification';
import { foldsByArticle } from './folds';
import { builtInTraining } from './built-in-training';
import type { PtcArticle } from './read-ptc';
import type { TextSpan } from '../../src/analysis/text/sentences';

export const TECHNIQUE = 'Loaded_Language';
/** A related technique: labels such as "terrorist president" or "jihadists". Its spans give a
 *  secondary score only (with Loaded_Language), never the main one. */
export const LABEL_TECHNIQUE = 'Name_Calling,Labeling';

export interface FoldResult extends SpanScore {
  fold: number;
  trainArticles: number;
  testArticles: number;
  thresholds: DecodeThresholds;
  /** The L2 penalty chosen on the inner folds. */
  l2: number | undefined;
  /** The stricter operating point and its held-out score. */
  precise: { thresholds: DecodeThresholds } & SpanScore;
  features: number;
  /** Words with a prior for unseen words (`e:` buckets, word-prior.ts; not the clusters), 0
   *  when the inner folds chose none. */
  priorWords: number;
  /** The context network's share in the mix, as chosen on the inner folds (0: none). */
  contextShare: number;
  trainSeconds: number;
  /** Secondary: the same predictions scored against Loaded_Language and Name_Calling,Labeling
   *  gold together. */
  withLabels: SpanScore;
}

export interface CrossValidateOptions {
  /** Training options for every fold, for experiments; the built-in model's (with the word
   *  vectors) when absent. */
  training?: Partial<TrainingOptions>;
}

/**
 * Loaded_Language spans are the positives. Name_Calling,Labeling spans are not used in training:
 * as weak positives (weight 0.3 to 1, on all their words or only on listed labels) or left out of
 * the negatives (weight 0), they cost held-out F1 (0.002 to 0.021) and the stricter point's F1; the
 * labels they mark are suggested by the rule of epithets.ts instead.
 */
export function trainingDocuments(articles: readonly PtcArticle[]) {
  return articles.map((a) => ({ text: a.text, positive: a.spans.get(TECHNIQUE) ?? [] }));
}

/** Gold spans of both techniques, a span marked with both counted once. */
function goldWithLabels(article: PtcArticle): TextSpan[] {
  const spans = new Map<string, TextSpan>();
  for (const technique of [TECHNIQUE, LABEL_TECHNIQUE]) {
    for (const span of article.spans.get(technique) ?? [])
      spans.set(`${span.start}:${span.end}`, span);
  }
  return [...spans.values()];
}

export function predictLoadedLanguage(
  articles: readonly PtcArticle[],
  model: LoadedLanguageModel,
  point: OperatingPoint,
  gold: (article: PtcArticle) => readonly TextSpan[] = (a) => a.spans.get(TECHNIQUE) ?? [],
): ScoredDocument[] {
  return articles.map((article) => ({
    predicted: analyze(article.text, {
      unattributedClaims: false,
      outlets: false,
      loadedLanguageModel: model,
      point,
    }),
    gold: gold(article),
  }));
}

export function crossValidate(
  articles: readonly PtcArticle[],
  k: number,
  onFold: (result: FoldResult, model: LoadedLanguageModel, test: PtcArticle[]) => void = () => {},
  options: CrossValidateOptions = {},
): FoldResult[] {
  const folds = foldsByArticle(articles, k);
  return folds.map((test, fold) => {
    const train = folds.filter((_, i) => i !== fold).flat();
    const started = performance.now();
    const model = trainLoadedLanguageModel(
      trainingDocuments(train),
      options.training ?? builtInTraining(),
    );
    const trainSeconds = (performance.now() - started) / 1000;
    const score = scoreSpanIdentification(predictLoadedLanguage(test, model, 'more'));
    const withLabels = scoreSpanIdentification(
      predictLoadedLanguage(test, model, 'more', goldWithLabels),
    );
    const precise = {
      thresholds: model.precise ?? model.thresholds,
      ...scoreSpanIdentification(predictLoadedLanguage(test, model, 'precise')),
    };
    const result: FoldResult = {
      fold: fold + 1,
      trainArticles: train.length,
      testArticles: test.length,
      thresholds: model.thresholds,
      l2: model.l2,
      precise,
      features: model.weights.length,
      priorWords: Object.entries(model.priors ?? {})
        .filter(([feature]) => feature.startsWith('e:'))
        .reduce((n, [, words]) => n + words.length, 0),
      contextShare: model.context ? 1 - model.context.alpha : 0,
      trainSeconds,
      withLabels,
      ...score,
    };
    onFold(result, model, test);
    return result;
  });
}
