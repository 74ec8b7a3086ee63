/**
 * Labels pinned on a person: a word of the hand-written list's `label` group
 * (data/charged-words.json) set directly before a title or a name, as in "the terrorist
 * president", "Terrorist Jolani" or "MI6 mouthpiece Luke Harding", or before "who", as in
 * "Jihadists who have taken power" or "the dictator, who". Used that way the word is
 * name-calling whatever the corpus says about the word elsewhere: PTC's annotators mark these as
 * Name_Calling,Labeling, rarely as Loaded_Language, and "terrorist" on its own is mostly
 * descriptive there ("a terrorist attack"), so the learned model alone never suggests them.
 *
 * Words that name a system or a group rather than a person ("regime", "Nazi Germany", "mob") are
 * left to the model.
 */
import type { Token } from '../text/tokenize';
import type { ChargedCategory } from './charged-lexicon';

/** Titles and offices a label may be pinned on. */
const TITLES = new Set(
  (
    'president presidents leader leaders chief chiefs commander commanders ruler rulers minister ' +
    'ministers premier king queen prince emir sheikh cleric imam mayor governor senator ' +
    'congressman congresswoman general boss'
  ).split(' '),
);

/** Label words that name a system or a crowd, or whose "X Name" use is mostly historical. */
const NOT_PERSONAL = new Set(
  'regime regimes junta juntas cabal cabals mob mobs horde hordes nazi nazis'.split(' '),
);

const NAME = /^\p{Lu}\p{Ll}/u;

export interface Epithet {
  /** The label word's token index. */
  label: number;
  /** The title's token index when the label is pinned on a title, e.g. "president". */
  title?: number;
}

/** Every label word set directly (one space apart) before a title or a capitalised name, or
 *  before "who" (a comma between allowed). */
export function findEpithets(
  text: string,
  tokens: readonly Token[],
  charged: readonly (ChargedCategory | undefined)[],
): Epithet[] {
  const found: Epithet[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (charged[i] !== 'label') continue;
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    // The last word of a listed phrase ("white supremacist") stands for it.
    if (charged[i + 1] === 'label' || NOT_PERSONAL.has(token.lower)) continue;
    const gap = text.slice(token.end, next.start);
    if (next.lower === 'who') {
      if (gap === ' ' || gap === ', ') found.push({ label: i });
    } else if (gap === ' ') {
      if (TITLES.has(next.lower)) found.push({ label: i, title: i + 1 });
      else if (NAME.test(text.slice(next.start, next.end))) found.push({ label: i });
    }
  }
  return found;
}
