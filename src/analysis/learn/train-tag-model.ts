/**
 * Learns one tag from a reader's annotations: the spans they marked with it are positives, the
 * suggestions of it they rejected are strong negatives, and every other word of the texts they
 * worked on (texts where the tag was never marked included) is a negative. Loaded language starts
 * from the built-in model and adapts it; any other tag (a teacher's "Name calling", a SemEval
 * technique, a newsroom's own tag) starts from nothing. Pure and synchronous: the CLI runs it in
 * Node, the app in its worker.
 */
import { SHIPPED_MODEL } from '../loaded-language/detect-loaded-language';
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
 *  this many with the tag marked; with fewer (too few to split), `NEW_TAG_THRESHOLDS` are used.
 *  An adapted model keeps the operating points of the model it adapts, chosen on far more. */
const MIN_TEXTS_TO_SELECT = 6;
const NEW_TAG_THRESHOLDS = { seed: 0.5, extend: 0.3, growth: 3 };

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
    loadedLanguageRules: loadedLanguage,
  });
  const model = fixed.thresholds && base?.precise ? { ...trained, precise: base.precise } : trained;
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
