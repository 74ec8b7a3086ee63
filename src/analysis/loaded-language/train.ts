/**
 * Trains the loaded-language model from annotated texts: fits the weights on all of them, and
 * chooses the decoding thresholds by cross-validation inside the same texts (unless given): the
 * best-F1 point is the one used, the precision-constrained point is stored beside it.
 * Pure, so the training script and the cross-validated benchmark run the very same code.
 */
import type { DecodeThresholds } from './decode';
import { fitWeights, type FitOptions, type TrainingDocument } from './fit-weights';
import type { LoadedLanguageModel } from './model';
import { selectThresholds } from './select-thresholds';

export type { TrainingDocument } from './fit-weights';

export interface TrainingOptions extends FitOptions {
  /** Fixed thresholds; when absent they are chosen by `thresholdFolds`-fold cross-validation. */
  thresholds?: DecodeThresholds;
  thresholdFolds: number;
  /** Whether the detector's own rules for loaded language apply (select-thresholds.ts). */
  loadedLanguageRules: boolean;
}

export function trainLoadedLanguageModel(
  docs: readonly TrainingDocument[],
  options: Partial<TrainingOptions> = {},
): LoadedLanguageModel {
  const weights = fitWeights(docs, options);
  if (options.thresholds) return { version: 1, thresholds: options.thresholds, weights };
  const { balanced, precise } = selectThresholds(docs, options.thresholdFolds ?? 3, options, {
    loadedLanguageRules: options.loadedLanguageRules ?? true,
  });
  return { version: 1, thresholds: balanced, precise, weights };
}
