/**
 * The hand-written list of charged words (data/charged-words.json), matched on stems so one
 * entry covers its inflections. The model uses a match as a feature, which lets it generalise to
 * charged words the annotated corpus never showed it; the detector uses the category to word its
 * reason.
 */
import charged from '../data/charged-words.json';
import { compilePhrases, matchPhrases, type PhraseList } from '../text/phrase-list';
import type { Token } from '../text/tokenize';

export type ChargedCategory = 'intensifier' | 'charged' | 'violent' | 'label';

export const CATEGORIES: readonly ChargedCategory[] = [
  'charged',
  'violent',
  'intensifier',
  'label',
];

let lexicon: PhraseList<ChargedCategory> | undefined;

/** The category of every token that belongs to a listed word or phrase; `undefined` elsewhere. */
export function matchCharged(
  tokens: readonly Token[],
  stems: readonly string[],
): (ChargedCategory | undefined)[] {
  lexicon ??= compilePhrases(
    CATEGORIES.flatMap((category) => charged[category].map((entry) => [entry, category] as const)),
  );
  return matchPhrases(lexicon, tokens, stems);
}
