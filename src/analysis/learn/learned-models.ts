/**
 * Models learned from a reader's own annotations, one per tag, as one JSON file (what
 * `slant learn` writes and `slant analyze --model` reads, and what the app's worker will keep).
 * Each holds the same kind of token model as the built-in loaded-language detector, with how
 * many annotations, rejections and texts it learned from, so the app can say "learned from N of
 * your annotations".
 */
import { toModel, type LoadedLanguageModel } from '../loaded-language/model';

export const LEARNED_FORMAT = 'slant-learned-models';

export interface TagModel {
  /** The tag id it suggests, e.g. `loaded-language`, `name-calling`, `Doubt`. */
  tag: string;
  /** Marked spans it learned from. */
  annotations: number;
  /** Rejected suggestions it learned from. */
  rejections: number;
  /** Texts it learned from, marked or not. */
  texts: number;
  /** Set when it started from the built-in loaded-language model and adapted it. */
  adapted?: true;
  /** Set when adapting kept the built-in model unchanged: held out in turn, the reader's own
   *  texts were suggested no better by any adapted one. `model` then holds only its operating
   *  points, and the built-in model suggests (`modelOf`). */
  kept?: true;
  model: LoadedLanguageModel;
}

export interface LearnedModels {
  format: typeof LEARNED_FORMAT;
  version: 1;
  models: TagModel[];
}

export class LearnedModelError extends Error {
  override readonly name = 'LearnedModelError';
}

const count = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks a parsed file; throws LearnedModelError saying what is wrong when it is not one. */
export function toLearnedModels(data: unknown): LearnedModels {
  const file = data as Partial<LearnedModels> | null;
  if (file === null || typeof file !== 'object' || file.format !== LEARNED_FORMAT) {
    throw new LearnedModelError(`not a Slant model file (no "format": "${LEARNED_FORMAT}")`);
  }
  if (file.version !== 1) throw new LearnedModelError(`unknown model version ${file.version}`);
  if (!Array.isArray(file.models) || file.models.length === 0) {
    throw new LearnedModelError('the file holds no models');
  }
  const models = file.models.map((entry: Partial<TagModel>, i) => {
    const ok =
      typeof entry?.tag === 'string' &&
      entry.tag.length > 0 &&
      count(entry.annotations) &&
      count(entry.rejections) &&
      count(entry.texts);
    if (!ok) throw new LearnedModelError(`model ${i + 1} lacks its tag or counts`);
    try {
      return { ...(entry as TagModel), model: toModel(entry.model) };
    } catch (error) {
      throw new LearnedModelError(`model ${i + 1} (${entry.tag}): ${(error as Error).message}`);
    }
  });
  return { format: LEARNED_FORMAT, version: 1, models };
}

/** How a model relates to the built-in one, as the panel and `slant learn` say it after
 *  "learned from N annotations". */
export function adaptationNote(model: Pick<TagModel, 'adapted' | 'kept'>): string {
  if (model.kept) {
    return ': the built-in model already suggests them as well as any adapted one, so it stays as it is';
  }
  return model.adapted ? ', adapting the built-in model' : '';
}

/** The model of `tag`, if the file holds one. */
export const modelFor = (learned: LearnedModels | undefined, tag: string) =>
  learned?.models.find((m) => m.tag === tag);
