/**
 * Does adapting help? For loaded language, the built-in model is the starting point a reader's
 * annotations adapt. In one outer fold, the built-in model is refitted on the fold's training
 * articles (the shipped one has seen every article, the held-out ones included), then adapted
 * with the annotations of 30 articles drawn from those training articles, as `trainTagModel`
 * adapts it in the app, and both are scored on the held-out fold at the default settings
 * (precise point, in-quote suggestions off) and at the more point.
 *
 * A reader's articles are new to the built-in model, while these 30 are among the articles it
 * was refitted on. So the same comparison is also made with a built-in model that never saw the
 * drawn articles: its weights refitted on the other training articles (thresholds as chosen for
 * the fold), which is how the shipped model meets a reader's own articles. When the fold's model
 * has a prior for unseen words (word-prior.ts), that prior is refitted on the same other articles,
 * and the word clusters are given as the built-in training gives them; when it has a context
 * network, the network is trained again on the same other articles, at the fold's share.
 */
import { trainTagModel } from '../../src/analysis';
import type { LoadedLanguageModel } from '../../src/analysis/loaded-language/model';
import { fitWeights } from '../../src/analysis/loaded-language/fit-weights';
import { trainContextNet } from '../../src/analysis/loaded-language/context/train-context-net';
import {
  fitWordPriors,
  priorByWord,
  type WordPriors,
  type WordVectors,
} from '../../src/analysis/loaded-language/word-prior';
import type { SpanScore } from '../../src/analysis/metrics/span-identification';
import { trainingDocuments, TECHNIQUE } from '../suggest/cross-validate';
import type { PtcArticle } from '../suggest/read-ptc';
import { draw } from './draw';
import { examplesOf, scoreLearned } from './learning-curve';

export interface AdaptationResult {
  fold: number;
  draw: number;
  /** Scores at the precise point (the default) and the more point. */
  base: { precise: SpanScore; more: SpanScore };
  adapted: { precise: SpanScore; more: SpanScore };
  unseenBase: { precise: SpanScore; more: SpanScore };
  unseenAdapted: { precise: SpanScore; more: SpanScore };
}

const asTagModel = (model: LoadedLanguageModel) => ({
  tag: 'loaded-language',
  annotations: 0,
  rejections: 0,
  texts: 0,
  model,
});

function both(model: LoadedLanguageModel, test: readonly PtcArticle[]) {
  const tagModel = asTagModel(model);
  return {
    precise: scoreLearned(tagModel, test, TECHNIQUE, 'precise'),
    more: scoreLearned(tagModel, test, TECHNIQUE, 'more'),
  };
}

export function compareAdaptation(
  fold: number,
  base: LoadedLanguageModel,
  train: readonly PtcArticle[],
  test: readonly PtcArticle[],
  draws: number,
  size: number,
  words: { vectors?: WordVectors; clusters?: WordPriors } = {},
): AdaptationResult[] {
  const baseScores = both(base, test);
  return Array.from({ length: draws }, (_, d) => {
    const drawn = draw(train, size, 1000 * fold + d + 1);
    const examples = examplesOf(drawn, TECHNIQUE);
    const adapted = trainTagModel('loaded-language', examples, { base }).model;
    const ids = new Set(drawn.map((a) => a.id));
    const rest = train.filter((a) => !ids.has(a.id));
    const restDocs = trainingDocuments(rest);
    const basePriors = Object.keys(base.priors ?? {});
    const usesPrior = basePriors.some((feature) => feature.startsWith('e:'));
    const usesClusters = basePriors.some((feature) => feature.startsWith('k:'));
    const prior = usesPrior && words.vectors ? fitWordPriors(restDocs, words.vectors) : {};
    const priors = { ...prior, ...(usesClusters ? words.clusters : {}) };
    const hasPriors = Object.keys(priors).length > 0;
    const weights = fitWeights(restDocs, {
      ...(base.l2 === undefined ? {} : { l2: base.l2 }),
      ...(hasPriors ? { wordPriorFeatures: priorByWord(priors) } : {}),
    });
    const { priors: _seen, context: seenContext, ...rules } = base;
    const context = seenContext &&
      words.vectors && { alpha: seenContext.alpha, net: trainContextNet(restDocs, words.vectors) };
    const unseen: LoadedLanguageModel = {
      ...rules,
      weights,
      ...(hasPriors ? { priors } : {}),
      ...(context ? { context } : {}),
    };
    const unseenAdapted = trainTagModel('loaded-language', examples, { base: unseen }).model;
    return {
      fold,
      draw: d + 1,
      base: baseScores,
      adapted: both(adapted, test),
      unseenBase: both(unseen, test),
      unseenAdapted: both(unseenAdapted, test),
    };
  });
}
