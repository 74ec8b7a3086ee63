/**
 * Cross-validation by article for the loaded-language suggestions: in each fold, train on the
 * other folds' articles (weights and thresholds alike: the thresholds come from an inner split of
 * the training articles), run the full `analyze` with only that detector on the held-out
 * articles, and score its spans against their Loaded_Language gold spans. The model's stricter
 * operating point (chosen in training for precision >= 0.5) is scored on the same articles too.
 */
import { analyze } from '../../src/analysis/analyze';
import { trainLoadedLanguageModel } from '../../src/analysis/loaded-language/train';
import type { DecodeThresholds } from '../../src/analysis/loaded-language/decode';
import type { LoadedLanguageModel } from '../../src/analysis/loaded-language/model';
import {
  scoreSpanIdentification,
  type ScoredDocument,
  type SpanScore,
} from '../../src/analysis/metrics/span-identification';
import { foldsByArticle } from './folds';
import type { PtcArticle } from './read-ptc';

export const TECHNIQUE = 'Loaded_Language';

export interface FoldResult extends SpanScore {
  fold: number;
  trainArticles: number;
  testArticles: number;
  thresholds: DecodeThresholds;
  /** The stricter operating point and its held-out score. */
  precise: { thresholds: DecodeThresholds } & SpanScore;
  features: number;
  trainSeconds: number;
}

export function trainingDocuments(articles: readonly PtcArticle[]) {
  return articles.map((a) => ({ text: a.text, positive: a.spans.get(TECHNIQUE) ?? [] }));
}

export function predictLoadedLanguage(
  articles: readonly PtcArticle[],
  model: LoadedLanguageModel,
): ScoredDocument[] {
  return articles.map((article) => ({
    predicted: analyze(article.text, {
      unattributedClaims: false,
      outlets: false,
      loadedLanguageModel: model,
    }),
    gold: article.spans.get(TECHNIQUE) ?? [],
  }));
}

export function crossValidate(
  articles: readonly PtcArticle[],
  k: number,
  onFold: (result: FoldResult, model: LoadedLanguageModel, test: PtcArticle[]) => void = () => {},
): FoldResult[] {
  const folds = foldsByArticle(articles, k);
  return folds.map((test, fold) => {
    const train = folds.filter((_, i) => i !== fold).flat();
    const started = performance.now();
    const model = trainLoadedLanguageModel(trainingDocuments(train));
    const trainSeconds = (performance.now() - started) / 1000;
    const score = scoreSpanIdentification(predictLoadedLanguage(test, model));
    const strict = model.precise ?? model.thresholds;
    const precise = {
      thresholds: strict,
      ...scoreSpanIdentification(predictLoadedLanguage(test, { ...model, thresholds: strict })),
    };
    const result: FoldResult = {
      fold: fold + 1,
      trainArticles: train.length,
      testArticles: test.length,
      thresholds: model.thresholds,
      precise,
      features: model.weights.length,
      trainSeconds,
      ...score,
    };
    onFold(result, model, test);
    return result;
  });
}
