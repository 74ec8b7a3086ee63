/**
 * Trains the loaded-language model from annotated texts: fits the weights on all of them, and
 * chooses the decoding thresholds by cross-validation inside the same texts (unless given): the
 * best-F1 point is the one used, the precision-constrained point is stored beside it.
 * Given several L2 penalties (`l2Grid`), the same inner cross-validation chooses the penalty too:
 * the one whose two operating points score best together (mean of their F1) on the inner folds.
 * Given word vectors (at training time only), a prior for unseen words is fitted on the training
 * texts (word-prior.ts), and the same inner folds choose whether the model uses it
 * (`wordPriorChoices`), refitting it inside each inner fold. Word clusters, learned from the
 * vectors without labels, are word features of every candidate.
 * Pure, so the training script and the cross-validated benchmark run the very same code.
 */
import type { DecodeThresholds } from './decode';
import { fitWeights, type FitOptions, type TrainingDocument } from './fit-weights';
import type { LoadedLanguageModel } from './model';
import { selectThresholds, type OperatingPoints } from './select-thresholds';
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
}

/**
 * The built-in model's penalties. A stronger penalty keeps rare words from weighing as much as
 * common ones, which makes the strictest suggestions surer: on PTC's inner folds it raises the
 * precise point's recall at the same precision for a small cost in the more point's F1.
 */
export const BUILT_IN_L2_GRID: readonly number[] = [1e-6, 0.01, 0.03];

/** The options the built-in model is trained with: by the training script, and by the
 *  benchmarks that refit it on part of the corpus. */
export const BUILT_IN_TRAINING: Partial<TrainingOptions> = { l2Grid: BUILT_IN_L2_GRID };

interface Candidate {
  fit: Partial<FitOptions>;
  /** Fits the prior on some training texts, when this candidate uses one. */
  priorsFor?: (docs: readonly TrainingDocument[]) => WordPriors;
}

/** The prior fitted on the same texts is the same: the L2 candidates share one per inner fold. */
function remembered(
  fit: (docs: readonly TrainingDocument[]) => WordPriors,
): (docs: readonly TrainingDocument[]) => WordPriors {
  const ids = new WeakMap<TrainingDocument, number>();
  const known = new Map<string, WordPriors>();
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

function chooseByInnerFolds(
  docs: readonly TrainingDocument[],
  options: Partial<TrainingOptions>,
): { points: OperatingPoints } & Candidate {
  let chosen: ({ points: OperatingPoints; score: number } & Candidate) | undefined;
  for (const candidate of candidates(options)) {
    const points = selectThresholds(docs, options.thresholdFolds ?? 3, candidate.fit, {
      loadedLanguageRules: options.loadedLanguageRules ?? true,
      ...(candidate.priorsFor ? { wordPriorsFor: candidate.priorsFor } : {}),
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
    return { version: 1, thresholds: options.thresholds, weights, ...(priors ? { priors } : {}) };
  }
  const { points, fit, priorsFor } = chooseByInnerFolds(docs, options);
  const fitted = priorsFor?.(docs);
  const weights = fitWeights(
    docs,
    fitted ? { ...fit, wordPriorFeatures: priorByWord(fitted) } : fit,
  );
  const priors = fitted && weighed(fitted, weights);
  const chosen = options.l2Grid === undefined ? {} : { l2: fit.l2 };
  return {
    version: 1,
    thresholds: points.balanced,
    precise: points.precise,
    ...chosen,
    weights,
    ...(priors ? { priors } : {}),
  };
}
