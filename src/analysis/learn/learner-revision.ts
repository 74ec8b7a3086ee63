/**
 * What a tag's model is learned with besides the reader's own work: the learning code, and for
 * loaded language the built-in model it adapts. Both are part of the tag's signature
 * (training-set.ts), so after an update that changes either, the reader's tags are learned
 * again: a loaded-language model adapted from (or kept as) the old built-in one is not used on.
 * The built-in model's revision is a digest of its files (weights and context network), written
 * beside them by scripts/train-loaded-language.ts, so the page knows it without loading the
 * model's megabytes.
 */
import builtIn from '../data/loaded-language-revision.json';
import { LOADED_LANGUAGE } from './train-tag-model';

/** Raise when a change to analysis/learn changes what a tag learns from the same work. */
export const LEARNING_CODE_REVISION = 2;

export const BUILT_IN_MODEL_REVISION: string = builtIn.revision;

export function learnerRevision(tag: string): string {
  return tag === LOADED_LANGUAGE
    ? `${LEARNING_CODE_REVISION}+${BUILT_IN_MODEL_REVISION}`
    : `${LEARNING_CODE_REVISION}`;
}
