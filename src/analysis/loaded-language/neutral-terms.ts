/**
 * Neutral terms (data/neutral-terms.json): job titles, institutions and literal descriptions,
 * which the detector never suggests as loaded language however often an annotated corpus marked
 * them inside a longer phrase ("the regime's security forces"). A reader who sees "forces" or
 * "MEP" suggested stops trusting the rest.
 */
import neutral from '../data/neutral-terms.json';
import { compilePhrases, matchPhrases, type PhraseList } from '../text/phrase-list';
import type { Token } from '../text/tokenize';

let list: PhraseList<true> | undefined;

/** Whether each token belongs to a neutral term. */
export function matchNeutral(tokens: readonly Token[], stems: readonly string[]): boolean[] {
  list ??= compilePhrases(
    [...neutral.titles, ...neutral.institutions, ...neutral.literal].map(
      (entry) => [entry, true] as const,
    ),
  );
  return matchPhrases(list, tokens, stems).map((match) => match === true);
}
