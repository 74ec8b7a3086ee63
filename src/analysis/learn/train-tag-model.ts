/**
 * Learns one tag from a reader's annotations: the spans they marked with it are positives, the
 * suggestions of it they rejected are strong negatives, and every other word of the texts they
 * worked on (texts where the tag was never marked included) is a negative. Loaded language starts
 * from the built-in model and adapts it; any other tag (a teacher's "Name calling", a SemEval
 * technique, a newsroom's own tag) starts from nothing. Pure and synchronous: the CLI runs it in
 * Node, the app in its worker.
 */
import { SHIPPED_MODEL, scoreTokens } from '../loaded-language/detect-loaded-language';
import type { DecodeThresholds } from '../loaded-language/decode';
import type { FitOptions, TrainingDocument } from '../loaded-language/fit-weights';
import type { LoadedLanguageModel } from '../loaded-language/model';
import { heldOutScores, modelScores } from '../loaded-language/select-thresholds';
import { trainLoadedLanguageModel } from '../loaded-language/train';
import type { SpanScore } from '../metrics/span-identification';
import type { TextSpan } from '../text/sentences';
import { LearnedModelError, type TagModel } from './learned-models';

export const LOADED_LANGUAGE = 'loaded-language';

/** One text the reader worked on, with what they marked and rejected of the tag. */
export interface TagExample {
  text: string;
  marked: readonly TextSpan[];
  rejected?: readonly TextSpan[];
}

export interface LearnOptions {
  /** The model to adapt: the built-in one for loaded language unless given; `null` learns from
   *  the annotations alone. */
  base?: LoadedLanguageModel | null;
  fit?: Partial<FitOptions>;
}

/** A new tag's thresholds are chosen by cross-validation inside the reader's texts, given at least
 *  this many with the tag marked; with fewer (too few to split), `NEW_TAG_THRESHOLDS` are used,
 *  lowered to where the model puts the reader's own marks (`calibratedThresholds`).
 *  An adapted model keeps the operating points of the model it adapts, chosen on far more. */
const MIN_TEXTS_TO_SELECT = 6;
const NEW_TAG_THRESHOLDS = { seed: 0.5, extend: 0.3, growth: 3 };

/**
 * Learned from a handful of marks among thousands of unmarked words, a new tag's model gives
 * even the marked words modest probabilities (0.15-0.6 for nine marks on two seed articles, every
 * unmarked word below 0.02), so a fixed 0.5 suggested nothing on a new text. With few texts, the
 * seed is half the median probability of the marked words themselves, between 0.05 and 0.5.
 */
function calibratedThresholds(
  docs: readonly TrainingDocument[],
  model: LoadedLanguageModel,
): DecodeThresholds {
  const marked: number[] = [];
  for (const doc of docs) {
    if (doc.positive.length === 0) continue;
    const { tokens, probabilities } = scoreTokens(doc.text, model, false);
    tokens.forEach((t, i) => {
      if (doc.positive.some((span) => span.start < t.end && t.start < span.end)) {
        marked.push(probabilities[i] ?? 0);
      }
    });
  }
  if (marked.length === 0) return NEW_TAG_THRESHOLDS;
  marked.sort((a, b) => a - b);
  const median = marked[Math.floor(marked.length / 2)] ?? 0;
  const seed = Math.min(NEW_TAG_THRESHOLDS.seed, Math.max(0.05, median / 2));
  return { seed, extend: seed * 0.6, growth: NEW_TAG_THRESHOLDS.growth };
}

/** Adapting moves a trained model: fewer passes, and a pull back towards where it started. */
const ADAPT_FIT: Partial<FitOptions> = { epochs: 3, priorStrength: 0.001 };

/**
 * How hard adapting the built-in loaded-language model pulls its weights back to where they
 * were. Pulled too little, 30 articles of a reader's marks moved the built-in model far enough
 * to suggest worse on other articles, by their own standard (bench:learn). So the pull is chosen
 * on the reader's own texts: each strength adapts the model on all but a fold of them and is
 * scored on that fold at the model's two operating points; the best mean F1 wins. With too few
 * marked texts to split, 0.01 is used. The strongest pull (1) barely moves the model. When the
 * built-in model, which has not seen the reader's texts, scores on them at least as well as
 * every adapted one, it is kept unchanged (`'keep'`). On inner folds of PTC, offering these two
 * made adapting with 30 new articles gain more at the default point (F1 +0.012 -> +0.017) and
 * lose less at the More point (-0.006 -> -0.004).
 */
const ADAPT_STRENGTHS = [0.001, 0.01, 0.1, 1];
const DEFAULT_ADAPT_STRENGTH = 0.01;
const ADAPT_FOLDS = 3;

const meanF1 = (scores: readonly SpanScore[]) =>
  scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;

function chooseAdaptStrength(
  docs: readonly TrainingDocument[],
  base: LoadedLanguageModel,
  fit: Partial<FitOptions>,
  markedTexts: number,
): number | 'keep' {
  if (markedTexts < MIN_TEXTS_TO_SELECT) return DEFAULT_ADAPT_STRENGTH;
  const points = [base.thresholds, base.precise ?? base.thresholds];
  const priors = base.priors;
  let best: { strength: number | 'keep'; score: number } = {
    strength: 'keep',
    score: meanF1(modelScores(docs, base, points)),
  };
  for (const strength of ADAPT_STRENGTHS) {
    const scores = heldOutScores(docs, ADAPT_FOLDS, { ...fit, priorStrength: strength }, points, {
      ...(priors ? { wordPriorsFor: () => priors } : {}),
      ...(base.context ? { context: base.context } : {}),
    });
    const score = meanF1(scores);
    if (score > best.score) best = { strength, score };
  }
  return best.strength;
}

export function trainTagModel(
  tag: string,
  examples: readonly TagExample[],
  options: LearnOptions = {},
): TagModel {
  const docs: TrainingDocument[] = examples.map((e) => ({
    text: e.text,
    positive: e.marked,
    ...(e.rejected && e.rejected.length > 0 ? { rejected: e.rejected } : {}),
  }));
  const annotations = examples.reduce((n, e) => n + e.marked.length, 0);
  const rejections = examples.reduce((n, e) => n + (e.rejected?.length ?? 0), 0);
  if (annotations === 0) {
    throw new LearnedModelError(`nothing to learn "${tag}" from: no text has it marked`);
  }
  const loadedLanguage = tag === LOADED_LANGUAGE;
  const base = options.base === undefined ? (loadedLanguage ? SHIPPED_MODEL : null) : options.base;
  const fit: Partial<FitOptions> = base
    ? { ...ADAPT_FIT, ...options.fit, initial: base.weights }
    : { ...options.fit };
  const markedTexts = examples.filter((e) => e.marked.length > 0).length;
  // The built-in model's operating points were chosen on hundreds of articles: adapting it keeps
  // them and moves only the weights.
  const keepsPoints = loadedLanguage && base !== null;
  const fixed =
    markedTexts < MIN_TEXTS_TO_SELECT || keepsPoints
      ? { thresholds: base?.thresholds ?? NEW_TAG_THRESHOLDS }
      : {};
  const pull = keepsPoints && base ? chooseAdaptStrength(docs, base, fit, markedTexts) : undefined;
  const counts = { tag, annotations, rejections, texts: examples.length };
  if (pull === 'keep' && base) {
    return base === SHIPPED_MODEL
      ? { ...counts, adapted: true, kept: true, model: builtInReference() }
      : { ...counts, adapted: true, model: base };
  }
  const strength = typeof pull === 'number' ? { priorStrength: pull } : {};
  const trained = trainLoadedLanguageModel(docs, {
    ...fit,
    ...strength,
    ...fixed,
    // A base model's prior for unseen words (word-prior.ts) and its context network's share
    // (context/context-net.ts) stay with it as it adapts.
    ...(base?.priors ? { wordPriors: base.priors } : {}),
    ...(base?.context ? { context: base.context } : {}),
    loadedLanguageRules: loadedLanguage,
  });
  const calibrated =
    fixed.thresholds && !base
      ? { ...trained, thresholds: calibratedThresholds(docs, trained) }
      : trained;
  const model =
    fixed.thresholds && base?.precise ? { ...trained, precise: base.precise } : calibrated;
  return { ...counts, ...(base ? { adapted: true as const } : {}), model };
}

/**
 * What a kept built-in model is stored as: its operating points without its weights. The
 * running build's own built-in model stands in for it (`modelOf`), so a reader's record (and
 * `slant learn`'s file) holds no second copy of a 3.5 MB model, and follows the built-in one
 * when an update improves it.
 */
function builtInReference(): LoadedLanguageModel {
  const { thresholds, precise, l2 } = SHIPPED_MODEL;
  return {
    version: 1,
    thresholds,
    ...(precise && { precise }),
    ...(l2 !== undefined && { l2 }),
    weights: [],
  };
}

/** The model that suggests for `learned`: the built-in one when adapting kept it. */
export const modelOf = (learned: TagModel): LoadedLanguageModel =>
  learned.kept ? SHIPPED_MODEL : learned.model;

/** Learns from more annotations, starting from what `previous` learned: cheaper than learning
 *  everything again, and what the app does as the reader annotates. */
export function updateTagModel(
  previous: TagModel,
  examples: readonly TagExample[],
  fit?: Partial<FitOptions>,
): TagModel {
  const next = trainTagModel(previous.tag, examples, { base: modelOf(previous), fit });
  return {
    ...next,
    annotations: previous.annotations + next.annotations,
    rejections: previous.rejections + next.rejections,
    texts: previous.texts + next.texts,
    ...(previous.adapted || previous.tag === LOADED_LANGUAGE ? { adapted: true as const } : {}),
  };
}
