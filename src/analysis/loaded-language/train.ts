/**
 * Trains the loaded-language model from annotated texts: fits the weights on all of them, and
 * chooses the decoding thresholds by cross-validation inside the same texts (unless given): the
 * best-F1 point is the one used, the precision-constrained point is stored beside it.
 * Given several L2 penalties (`l2Grid`), the same inner cross-validation chooses the penalty too:
 * the one whose two operating points score best together (mean of their F1) on the inner folds.
 * Given word vectors (at training time only), a prior for unseen words is fitted on the training
 * texts (word-prior.ts), and the same inner folds choose whether the model uses it
 * (`wordPriorChoices`), refitting it inside each inner fold. Word clusters, learned from the
 * vectors without labels, are word features of every candidate. Asked to (`contextNet`), a
 * context network is trained from the vectors too (context/train-context-net.ts), and the same
 * inner folds, each with a network of its own, choose its share in the mix with the weights.
 * Pure, so the training script and the cross-validated benchmark run the very same code.
 */
import type { ContextMix } from './context/context-net';
import {
  CONTEXT_NET_DEFAULTS,
  trainContextNet,
  type ContextNetOptions,
} from './context/train-context-net';
import type { DecodeThresholds } from './decode';
import { fitWeights, type FitOptions, type TrainingDocument } from './fit-weights';
import type { LoadedLanguageModel } from './model';
import { selectThresholds, type OperatingPoints, type SelectOptions } from './select-thresholds';
import { fitWordPriors, priorByWord, type WordPriors, type WordVectors } from './word-prior';

export type { TrainingDocument } from './fit-weights';

export interface TrainingOptions extends FitOptions {
  /** Fixed thresholds; when absent they are chosen by `thresholdFolds`-fold cross-validation. */
  thresholds?: DecodeThresholds;
  thresholdFolds: number;
  /** Whether the detector's own rules for loaded language apply (select-thresholds.ts). */
  loadedLanguageRules: boolean;
  /** L2 penalties to choose from on the inner folds; `l2` alone when absent. */
  l2Grid?: readonly number[];
  /** Word vectors to fit a prior for unseen words with (training only; never shipped). */
  wordVectors?: WordVectors;
  /** With `wordVectors`: whether to use the prior, the candidates the inner folds choose from. */
  wordPriorChoices?: readonly boolean[];
  /** A prior already fitted (the one of a model being adapted), used as it is. */
  wordPriors?: WordPriors;
  /** Groups of similar words, learned from word vectors without labels (training only), which
   *  every candidate ships as word features `k:<n>`. */
  wordClusters?: WordPriors;
  /** With `wordVectors`: train a context network with these options (over its defaults), its
   *  share in the mix chosen among `CONTEXT_ALPHAS` on the inner folds. */
  contextNet?: Partial<ContextNetOptions>;
  /** A context network's share kept as it is (the one of a model being adapted). */
  context?: ContextMix;
}

/** The weights' shares in the mix with a context network that the inner folds choose from (the
 *  grid of the experiment described in context/train-context-net.ts). */
export const CONTEXT_ALPHAS: readonly number[] = [1, 0.8, 0.65, 0.5];

/**
 * The built-in model's penalties. A stronger penalty keeps rare words from weighing as much as
 * common ones, which makes the strictest suggestions surer: on PTC's inner folds it raises the
 * precise point's recall at the same precision for a small cost in the more point's F1.
 */
export const BUILT_IN_L2_GRID: readonly number[] = [1e-6, 0.01, 0.03];

/** The options the built-in model is trained with: by the training script, and by the
 *  benchmarks that refit it on part of the corpus. */
export const BUILT_IN_TRAINING: Partial<TrainingOptions> = {
  l2Grid: BUILT_IN_L2_GRID,
  contextNet: {},
};

interface Candidate {
  fit: Partial<FitOptions>;
  /** Fits the prior on some training texts, when this candidate uses one. */
  priorsFor?: (docs: readonly TrainingDocument[]) => WordPriors;
}

/** What is fitted on the same texts is the same: the candidates share one prior (or network) per
 *  inner fold. */
function remembered<T>(
  fit: (docs: readonly TrainingDocument[]) => T,
): (docs: readonly TrainingDocument[]) => T {
  const ids = new WeakMap<TrainingDocument, number>();
  const known = new Map<string, T>();
  let next = 0;
  return (docs) => {
    const key = docs
      .map((doc) => {
        let id = ids.get(doc);
        if (id === undefined) {
          id = next;
          next += 1;
          ids.set(doc, id);
        }
        return id;
      })
      .join(',');
    let priors = known.get(key);
    if (!priors) {
      priors = fit(docs);
      known.set(key, priors);
    }
    return priors;
  };
}

/** The candidates of `options`: every L2 penalty, with and without the prior as asked. */
function candidates(options: Partial<TrainingOptions>): Candidate[] {
  const grid = options.l2Grid ?? [options.l2];
  const { wordVectors, wordPriors } = options;
  const priorChoices: (Candidate['priorsFor'] | undefined)[] = wordPriors
    ? [() => wordPriors]
    : wordVectors
      ? (options.wordPriorChoices ?? [false, true]).map((use) =>
          use ? remembered((docs) => fitWordPriors(docs, wordVectors)) : undefined,
        )
      : [undefined];
  const { wordClusters } = options;
  const withClusters = wordClusters
    ? priorChoices.map((fit): Candidate['priorsFor'] => (docs) => ({
        ...(fit ? fit(docs) : {}),
        ...wordClusters,
      }))
    : priorChoices;
  return withClusters.flatMap((priorsFor) =>
    grid.map((l2) => ({
      fit: l2 === undefined ? options : { ...options, l2 },
      ...(priorsFor ? { priorsFor } : {}),
    })),
  );
}

/** Trains a context network on some texts, when `options` ask for one. */
function contextNetTraining(options: Partial<TrainingOptions>): Partial<SelectOptions> {
  const { wordVectors, contextNet } = options;
  if (!wordVectors || !contextNet) return options.context ? { context: options.context } : {};
  const settings = { ...CONTEXT_NET_DEFAULTS, ...contextNet };
  return {
    contextNetFor: remembered((docs) => trainContextNet(docs, wordVectors, settings)),
    alphas: CONTEXT_ALPHAS,
  };
}

function chooseByInnerFolds(
  docs: readonly TrainingDocument[],
  options: Partial<TrainingOptions>,
  context: Partial<SelectOptions>,
): { points: OperatingPoints } & Candidate {
  let chosen: ({ points: OperatingPoints; score: number } & Candidate) | undefined;
  for (const candidate of candidates(options)) {
    const points = selectThresholds(docs, options.thresholdFolds ?? 3, candidate.fit, {
      loadedLanguageRules: options.loadedLanguageRules ?? true,
      ...(candidate.priorsFor ? { wordPriorsFor: candidate.priorsFor } : {}),
      ...context,
    });
    const score = (points.scores.balanced.f1 + points.scores.precise.f1) / 2;
    if (chosen === undefined || score > chosen.score) chosen = { ...candidate, points, score };
  }
  return chosen as { points: OperatingPoints } & Candidate;
}

/** The word lists of the features that kept a weight: the others would only add size. */
function weighed(priors: WordPriors, weights: readonly [string, number][]): WordPriors {
  const kept = new Set(weights.map(([name]) => name));
  return Object.fromEntries(Object.entries(priors).filter(([feature]) => kept.has(feature)));
}

export function trainLoadedLanguageModel(
  docs: readonly TrainingDocument[],
  options: Partial<TrainingOptions> = {},
): LoadedLanguageModel {
  if (options.thresholds) {
    const { wordPriors: priors } = options;
    const fit = priors ? { ...options, wordPriorFeatures: priorByWord(priors) } : options;
    const weights = fitWeights(docs, fit);
    const { context } = options;
    return {
      version: 1,
      thresholds: options.thresholds,
      weights,
      ...(priors ? { priors } : {}),
      ...(context ? { context } : {}),
    };
  }
  const training = contextNetTraining(options);
  const { points, fit, priorsFor } = chooseByInnerFolds(docs, options, training);
  const fitted = priorsFor?.(docs);
  const weights = fitWeights(
    docs,
    fitted ? { ...fit, wordPriorFeatures: priorByWord(fitted) } : fit,
  );
  const priors = fitted && weighed(fitted, weights);
  const chosen = options.l2Grid === undefined ? {} : { l2: fit.l2 };
  const context = training.contextNetFor
    ? points.alpha !== undefined &&
      points.alpha < 1 && { alpha: points.alpha, net: training.contextNetFor(docs) }
    : training.context;
  return {
    version: 1,
    thresholds: points.balanced,
    precise: points.precise,
    ...chosen,
    weights,
    ...(priors ? { priors } : {}),
    ...(context ? { context } : {}),
  };
}
