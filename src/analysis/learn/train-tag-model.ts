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
import { trainLoadedLanguageModel } from '../loaded-language/train';
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
  const fixed =
    markedTexts < MIN_TEXTS_TO_SELECT ? { thresholds: base?.thresholds ?? NEW_TAG_THRESHOLDS } : {};
  const trained = trainLoadedLanguageModel(docs, {
    ...fit,
    ...fixed,
    // A base model's prior for unseen words (word-prior.ts) stays with it as it adapts.
    ...(base?.priors ? { wordPriors: base.priors } : {}),
    loadedLanguageRules: loadedLanguage,
  });
  const calibrated =
    fixed.thresholds && !base
      ? { ...trained, thresholds: calibratedThresholds(docs, trained) }
      : trained;
  const model =
    fixed.thresholds && base?.precise ? { ...trained, precise: base.precise } : calibrated;
  return {
    tag,
    annotations,
    rejections,
    texts: examples.length,
    ...(base ? { adapted: true as const } : {}),
    model,
  };
}

/** Learns from more annotations, starting from what `previous` learned: cheaper than learning
 *  everything again, and what the app does as the reader annotates. */
export function updateTagModel(
  previous: TagModel,
  examples: readonly TagExample[],
  fit?: Partial<FitOptions>,
): TagModel {
  const next = trainTagModel(previous.tag, examples, { base: previous.model, fit });
  return {
    ...next,
    annotations: previous.annotations + next.annotations,
    rejections: previous.rejections + next.rejections,
    texts: previous.texts + next.texts,
    ...(previous.adapted || previous.tag === LOADED_LANGUAGE ? { adapted: true as const } : {}),
  };
}
