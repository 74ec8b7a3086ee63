/**
 * The options the built-in loaded-language model is trained with, with the training-time word
 * resources: the vectors, from which each training fits a prior for unseen words (its inner
 * folds choose whether to use it), and the word clusters. Used by the training script and by the
 * benchmarks that refit the built-in model on part of the corpus, so all train the same way.
 */
import { BUILT_IN_TRAINING, type TrainingOptions } from '../../src/analysis/loaded-language/train';
import { loadWordClusters } from './word-clusters';
import { loadWordVectors } from './word-vectors';

export function builtInTraining(): Partial<TrainingOptions> {
  return { ...BUILT_IN_TRAINING, wordVectors: loadWordVectors(), wordClusters: loadWordClusters() };
}
