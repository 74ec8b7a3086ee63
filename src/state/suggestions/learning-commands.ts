/**
 * What the reader decides about learning: switch it off or on (for every tag, or one), reset it
 * (forget what was learned; only annotations made from then on count), and point it at a layer
 * they do not own. Each is written at once; the models follow (use-learning.ts).
 */
import { learning } from '../../storage';

export const setLearningOn = (on: boolean) => learning.changeSettings((s) => ({ ...s, off: !on }));

export const setTagLearningOn = (tag: string, on: boolean) =>
  learning.changeSettings((s) => ({
    ...s,
    offTags: on ? s.offTags.filter((t) => t !== tag) : [...new Set([...s.offTags, tag])],
  }));

/** Forgets what was learned for `tag`, or for every one of `tags` when `tag` is undefined. */
export const resetLearning = (tag: string | undefined, tags: readonly string[]) =>
  learning.reset(tag, tags);

export const setLayerOptedIn = (layerId: string, on: boolean) =>
  learning.changeSettings((s) => ({
    ...s,
    optedInLayers: on
      ? [...new Set([...s.optedInLayers, layerId])]
      : s.optedInLayers.filter((id) => id !== layerId),
  }));
