/**
 * Trains the loaded-language model from annotated texts: fits the weights on all of them, and
 * chooses the decoding thresholds by cross-validation inside the same texts (unless given): the
 * best-F1 point is the one used, the precision-constrained point is stored beside it.
 * Given several L2 penalties (`l2Grid`), the same inner cross-validation chooses the penalty too:
 * the one whose two operating points score best together (mean of their F1) on the inner folds.
 * Pure, so the training script and the cross-validated benchmark run the very same code.
 */
import type { DecodeThresholds } from './decode';
import { fitWeights, type FitOptions, type TrainingDocument } from './fit-weights';
import type { LoadedLanguageModel } from './model';
import { selectThresholds, type OperatingPoints } from './select-thresholds';

export type { TrainingDocument } from './fit-weights';

export interface TrainingOptions extends FitOptions {
  /** Fixed thresholds; when absent they are chosen by `thresholdFolds`-fold cross-validation. */
  thresholds?: DecodeThresholds;
  thresholdFolds: number;
  /** Whether the detector's own rules for loaded language apply (select-thresholds.ts). */
  loadedLanguageRules: boolean;
  /** L2 penalties to choose from on the inner folds; `l2` alone when absent. */
  l2Grid?: readonly number[];
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

function chooseByInnerFolds(
  docs: readonly TrainingDocument[],
  options: Partial<TrainingOptions>,
): { points: OperatingPoints; fit: Partial<FitOptions> } {
  const grid = options.l2Grid ?? [options.l2];
  let chosen: { points: OperatingPoints; fit: Partial<FitOptions>; score: number } | undefined;
  for (const l2 of grid) {
    const fit = l2 === undefined ? options : { ...options, l2 };
    const points = selectThresholds(docs, options.thresholdFolds ?? 3, fit, {
      loadedLanguageRules: options.loadedLanguageRules ?? true,
    });
    const score = (points.scores.balanced.f1 + points.scores.precise.f1) / 2;
    if (chosen === undefined || score > chosen.score) chosen = { points, fit, score };
  }
  return chosen as { points: OperatingPoints; fit: Partial<FitOptions> };
}

export function trainLoadedLanguageModel(
  docs: readonly TrainingDocument[],
  options: Partial<TrainingOptions> = {},
): LoadedLanguageModel {
  if (options.thresholds) {
    return { version: 1, thresholds: options.thresholds, weights: fitWeights(docs, options) };
  }
  const { points, fit } = chooseByInnerFolds(docs, options);
  const weights = fitWeights(docs, fit);
  const chosen = options.l2Grid === undefined ? {} : { l2: fit.l2 };
  return { version: 1, thresholds: points.balanced, precise: points.precise, ...chosen, weights };
}
