/**
 * The precision/recall trade-off of the loaded-language detector, held out: for each fold's
 * model, the held-out articles are scored once and decoded at every seed threshold (with the
 * fold's chosen extend threshold, capped at the seed, and growth). Shows what a different operating point
 * would give; the thresholds the detector ships with are chosen in training, not from this.
 */
import {
  scoreTokens,
  suggestedSpans,
} from '../../src/analysis/loaded-language/detect-loaded-language';
import type { LoadedLanguageModel } from '../../src/analysis/loaded-language/model';
import { SEED_GRID } from '../../src/analysis/loaded-language/select-thresholds';
import {
  scoreSpanIdentification,
  type SpanScore,
} from '../../src/analysis/metrics/span-identification';
import { TECHNIQUE } from './cross-validate';
import type { PtcArticle } from './read-ptc';

export interface CurvePoint {
  seed: number;
  /** One score per fold. */
  folds: SpanScore[];
}

export function addToCurve(
  curve: Map<number, CurvePoint>,
  test: readonly PtcArticle[],
  model: LoadedLanguageModel,
): void {
  const scored = test.map((article) => ({ article, tokens: scoreTokens(article.text, model) }));
  for (const seed of SEED_GRID) {
    const thresholds = {
      ...model.thresholds,
      seed,
      extend: Math.min(seed, model.thresholds.extend),
    };
    const score = scoreSpanIdentification(
      scored.map(({ article, tokens }) => ({
        predicted: suggestedSpans(article.text, tokens, thresholds),
        gold: article.spans.get(TECHNIQUE) ?? [],
      })),
    );
    const point = curve.get(seed) ?? { seed, folds: [] };
    point.folds.push(score);
    curve.set(seed, point);
  }
}
