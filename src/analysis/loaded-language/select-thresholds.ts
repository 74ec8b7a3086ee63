/**
 * Chooses the decoding thresholds without looking at the texts they will be judged on: the
 * training texts are split into folds, each fold is scored by weights fitted on the others, and
 * every seed/extend/growth setting of the grid is scored over all folds with the task's
 * span-identification metric, as the detector would suggest them by default (outside people's
 * quotes, never in boilerplate or on neutral terms). Two operating points come out: the best F1 (`balanced`), and the
 * best F1 among settings whose precision reaches `minPrecision` (`precise`; when none does, the
 * most precise setting that still finds something).
 * Given a context network to train (`contextNetFor`), each fold also gets one trained on its
 * other folds, and the share of the weights in the mix (`alphas`) is chosen with the thresholds.
 */
import { scoreSpanIdentification, type SpanScore } from '../metrics/span-identification';
import type { ContextMix, ContextNetData } from './context/context-net';
import type { DecodeThresholds } from './decode';
import { scoreTokens, suggestedSpans, withMix, type ScoredTokens } from './detect-loaded-language';
import { fitWeights, type FitOptions, type TrainingDocument } from './fit-weights';
import type { LoadedLanguageModel } from './model';
import { priorByWord, type WordPriors } from './word-prior';

export const SEED_GRID = [
  0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9,
];
export const EXTEND_GRID = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3];
/** Loaded language grows a span by at most one word on each side of a confident word: a span
 *  covers the charged word or phrase ("sheer brutality"), not its neighbours. It costs nothing
 *  held out: on inner folds, letting spans grow over up to 3 words scored more F1 0.353, and over
 *  function words too 0.345, against 0.352 (with the context network, 2026-12-06). */
export const GROWTH_GRID = [1];
/** Other techniques' spans run longer (a clause, a sentence): their learned models may grow
 *  further. */
export const LONG_GROWTH_GRID = [1, 3, 6, 12];
export const MIN_PRECISION = 0.5;
const NOTHING: SpanScore = { precision: 0, recall: 0, f1: 0, predictedSpans: 0, goldSpans: 0 };

interface Scored {
  doc: TrainingDocument;
  scored: ScoredTokens;
}

export interface OperatingPoints {
  balanced: DecodeThresholds;
  precise: DecodeThresholds;
  /** Each point's score over the inner folds it was chosen on. */
  scores: { balanced: SpanScore; precise: SpanScore };
  /** With `contextNetFor`: the weights' share in the mix with the network (1: no network). */
  alpha?: number;
}

/** Every seed/extend/growth setting of the grids, extend never above seed (growth is moot when
 *  extend equals seed, as every token at the seed threshold starts a span anyway). */
export function thresholdGrid(growths: readonly number[] = GROWTH_GRID): DecodeThresholds[] {
  const grid: DecodeThresholds[] = [];
  for (const seed of SEED_GRID) {
    grid.push({ seed, extend: seed, growth: 0 });
    for (const extend of EXTEND_GRID) {
      if (extend >= seed) continue;
      for (const growth of growths) grid.push({ seed, extend, growth });
    }
  }
  return grid;
}

export interface SelectOptions {
  minPrecision: number;
  /** The loaded-language detector's own rules (neutral terms, quotes, labels); off for a
   *  learned model of another tag, which also gets the longer growth grid. */
  loadedLanguageRules: boolean;
  /** Fits a prior for unseen words on a fold's training texts (word-prior.ts), when the model
   *  is to have one: refitted in every fold, so a fold's scored texts never shape it. */
  wordPriorsFor?: (docs: readonly TrainingDocument[]) => WordPriors;
  /** A context network mixed in as it is (the one of a model being adapted). */
  context?: ContextMix;
  /** Trains a context network on a fold's training texts: the weights' share in the mix is
   *  then chosen among `alphas` with the thresholds. */
  contextNetFor?: (docs: readonly TrainingDocument[]) => ContextNetData;
  alphas?: readonly number[];
}

/** The span-identification score of the suggestions at `point` on texts already scored. */
function scoreAt(scored: readonly Scored[], point: DecodeThresholds): SpanScore {
  return scoreSpanIdentification(
    scored.map(({ doc, scored: tokens }) => ({
      predicted: suggestedSpans(doc.text, tokens, point),
      gold: doc.positive,
    })),
  );
}

/** Scores every training text with weights fitted on the other folds. */
function scoreHeldOut(
  docs: readonly TrainingDocument[],
  folds: number,
  fit: Partial<FitOptions>,
  rules: boolean,
  { wordPriorsFor, context: kept, contextNetFor }: Partial<SelectOptions>,
): Scored[] {
  const scored: Scored[] = [];
  for (let k = 0; k < folds; k += 1) {
    const train = docs.filter((_, i) => i % folds !== k);
    const priors = wordPriorsFor?.(train);
    const weights = fitWeights(
      train,
      priors ? { ...fit, wordPriorFeatures: priorByWord(priors) } : fit,
    );
    const thresholds = { seed: 1, extend: 1 };
    // A network to choose the share of is scored at share 1; `withMix` mixes it later.
    const context = contextNetFor ? { alpha: 1, net: contextNetFor(train) } : kept;
    const model = {
      version: 1 as const,
      thresholds,
      weights,
      ...(priors ? { priors } : {}),
      ...(context ? { context } : {}),
    };
    docs.forEach((doc, i) => {
      if (i % folds === k) scored.push({ doc, scored: scoreTokens(doc.text, model, rules) });
    });
  }
  return scored;
}

/** The held-out score of fixed thresholds: every text scored by weights fitted (with `fit`) on
 *  the other folds, as `selectThresholds` scores its grid. */
export function heldOutScores(
  docs: readonly TrainingDocument[],
  folds: number,
  fit: Partial<FitOptions>,
  thresholds: readonly DecodeThresholds[],
  { loadedLanguageRules = true, ...options }: Partial<SelectOptions> = {},
): SpanScore[] {
  const scored = scoreHeldOut(docs, folds, fit, loadedLanguageRules, options);
  return thresholds.map((point) => scoreAt(scored, point));
}

/** The score of `model` as it is (no refit) on `docs`, at each of `thresholds`. */
export function modelScores(
  docs: readonly TrainingDocument[],
  model: LoadedLanguageModel,
  thresholds: readonly DecodeThresholds[],
): SpanScore[] {
  const scored = docs.map((doc) => ({ doc, scored: scoreTokens(doc.text, model) }));
  return thresholds.map((point) => scoreAt(scored, point));
}

type Entry = [DecodeThresholds, SpanScore];

function best(pool: readonly Entry[], key: (s: SpanScore) => number): Entry | undefined {
  return pool.reduce<Entry | undefined>(
    (top, entry) => (top === undefined || key(entry[1]) > key(top[1]) ? entry : top),
    undefined,
  );
}

/** The two operating points among settings already scored. */
function pointsOf(results: readonly Entry[], minPrecision: number): [Entry, Entry] {
  const balanced = best(results, (s) => s.f1) ?? [{ seed: 0.5, extend: 0.5 }, NOTHING];
  const precise =
    best(
      results.filter(([, s]) => s.precision >= minPrecision),
      (s) => s.f1,
    ) ??
    best(
      results.filter(([, s]) => s.recall > 0),
      (s) => s.precision,
    ) ??
    balanced;
  return [balanced, precise];
}

export function selectThresholds(
  docs: readonly TrainingDocument[],
  folds: number,
  fit: Partial<FitOptions> = {},
  {
    minPrecision = MIN_PRECISION,
    loadedLanguageRules = true,
    ...options
  }: Partial<SelectOptions> = {},
): OperatingPoints {
  const scored = scoreHeldOut(docs, folds, fit, loadedLanguageRules, options);
  const grid = thresholdGrid(loadedLanguageRules ? GROWTH_GRID : LONG_GROWTH_GRID);
  // With a network to train, the share whose two points score best together (mean of their
  // F1); otherwise the texts as scored (a kept network is mixed in already).
  const shares = options.contextNetFor ? (options.alphas ?? [1]) : [undefined];
  let chosen: { alpha: number | undefined; points: [Entry, Entry]; score: number } | undefined;
  for (const alpha of shares) {
    const mixed =
      alpha === undefined
        ? scored
        : scored.map(({ doc, scored: tokens }) => ({ doc, scored: withMix(tokens, alpha) }));
    const points = pointsOf(
      grid.map((thresholds) => [thresholds, scoreAt(mixed, thresholds)]),
      minPrecision,
    );
    const score = (points[0][1].f1 + points[1][1].f1) / 2;
    if (!chosen || score > chosen.score) chosen = { alpha, points, score };
  }
  const { alpha, points } = chosen as NonNullable<typeof chosen>;
  const [balanced, precise] = points;
  return {
    balanced: balanced[0],
    precise: precise[0],
    scores: { balanced: balanced[1], precise: precise[1] },
    ...(alpha === undefined ? {} : { alpha }),
  };
}
