/**
 * Chooses the decoding thresholds without looking at the texts they will be judged on: the
 * training texts are split into folds, each fold is scored by weights fitted on the others, and
 * the seed/extend pair with the best span-identification F1 over all folds wins.
 */
import { scoreSpanIdentification, type ScoredDocument } from '../metrics/span-identification';
import type { DecodeThresholds } from './decode';
import { decodeSpans } from './decode';
import { extractFeatures } from './features';
import { fitWeights, type FitOptions, type TrainingDocument } from './fit-weights';
import { compileModel, scoreToken } from './model';
import type { Token } from '../text/tokenize';

export const SEED_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
export const EXTEND_GRID = [0.05, 0.1, 0.15, 0.2, 0.3];

interface Scored {
  doc: TrainingDocument;
  tokens: Token[];
  probabilities: Float64Array;
}

/** Every seed/extend pair of the grids, extend never above seed. */
export function thresholdGrid(): DecodeThresholds[] {
  const grid: DecodeThresholds[] = [];
  for (const seed of SEED_GRID) {
    for (const extend of [...EXTEND_GRID, seed]) {
      if (extend <= seed) grid.push({ seed, extend });
    }
  }
  return grid;
}

export function selectThresholds(
  docs: readonly TrainingDocument[],
  folds: number,
  fit: Partial<FitOptions> = {},
): DecodeThresholds {
  const scored: Scored[] = [];
  for (let k = 0; k < folds; k += 1) {
    const train = docs.filter((_, i) => i % folds !== k);
    const weights = fitWeights(train, fit);
    const model = compileModel({ version: 1, thresholds: { seed: 1, extend: 1 }, weights });
    docs.forEach((doc, i) => {
      if (i % folds !== k) return;
      const { tokens, contexts } = extractFeatures(doc.text);
      const probabilities = Float64Array.from(contexts, (c) => scoreToken(model, c));
      scored.push({ doc, tokens, probabilities });
    });
  }
  let best: DecodeThresholds = { seed: 0.5, extend: 0.5 };
  let bestF1 = -1;
  for (const thresholds of thresholdGrid()) {
    const results: ScoredDocument[] = scored.map(({ doc, tokens, probabilities }) => ({
      predicted: decodeSpans(doc.text, tokens, probabilities, thresholds),
      gold: doc.positive,
    }));
    const { f1 } = scoreSpanIdentification(results);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = thresholds;
    }
  }
  return best;
}
