/**
 * Suggestions of a learned tag model: its spans at the chosen operating point, each saying how
 * many of the reader's annotations it learned from. Loaded language keeps the built-in
 * detector's rules (neutral terms, quotes, labels pinned on people) with the adapted model.
 */
import {
  detectLoadedLanguage,
  scoreTokens,
  suggestedSpans,
  thresholdsAt,
} from '../loaded-language/detect-loaded-language';
import type { OperatingPoint } from '../loaded-language/operating-points';
import type { Suggestion } from '../suggestion';
import type { TagModel } from './learned-models';
import { LOADED_LANGUAGE, modelOf } from './train-tag-model';

export function learnedReason(model: TagModel): string {
  const n = model.annotations;
  return `learned from ${n} of your annotation${n === 1 ? '' : 's'}`;
}

export function suggestLearned(
  learned: TagModel,
  text: string,
  point: OperatingPoint = 'precise',
  inQuotes = false,
): Suggestion[] {
  const reason = learnedReason(learned);
  const model = modelOf(learned);
  if (learned.tag === LOADED_LANGUAGE) {
    const found = detectLoadedLanguage(text, { model, point, inQuotes });
    // A built-in model that adapting kept suggests what it always did, so it says nothing of
    // learning.
    if (learned.kept) return found;
    return found.map((s) => ({ ...s, reason: `${s.reason} (${reason})` }));
  }
  const scored = scoreTokens(text, model, false);
  return suggestedSpans(text, scored, thresholdsAt(model, point)).map(({ start, end }) => ({
    tag: learned.tag,
    start,
    end,
    exact: text.slice(start, end),
    reason,
  }));
}
