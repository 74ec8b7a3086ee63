/**
 * The loaded-language operating points the command line offers: `precise` (the default; the
 * shipped model's stricter thresholds, chosen in training for precision of at least 0.5) and
 * `more` (its best-F1 thresholds: more suggestions, more of them wrong).
 */
import type { LoadedLanguageModel } from '../analysis';
import { SHIPPED_MODEL } from '../analysis/loaded-language/detect-loaded-language';

export const POINTS = ['precise', 'more'] as const;
export type Point = (typeof POINTS)[number];

let precise: LoadedLanguageModel | undefined;

export function loadedLanguageModelAt(point: Point): LoadedLanguageModel {
  if (point === 'more') return SHIPPED_MODEL;
  precise ??= { ...SHIPPED_MODEL, thresholds: SHIPPED_MODEL.precise ?? SHIPPED_MODEL.thresholds };
  return precise;
}
