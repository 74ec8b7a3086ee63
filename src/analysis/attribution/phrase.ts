/**
 * Noun phrases around an attributing word, as runs of tagged words: the subject before "said"
 * ("Health Minister Ana Ruiz", "the Syrian Observatory for Human Rights (SOHR)"), or the phrase
 * after "according to" or "told". A phrase never crosses punctuation (a comma or a quotation
 * mark ends it) nor leaves or enters quoted words; prepositions may sit inside it ("Police in
 * Lagos", "a spokesperson for the WHO"), for classify-phrase.ts to split.
 */
import { isKnownWord } from './known-words';
import type { TaggedText, Word } from './tagged-words';

export interface Phrase {
  /** Index of its first and last word. */
  first: number;
  last: number;
}

const DETERMINERS = new Set(
  'the a an its his her their this these those one two three four five six seven eight nine ten'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set('of for in at from with on by near outside inside'.split(' '));
/** Words a phrase never holds. */
const NEVER = new Set(
  (
    'that which who whom whose what where when while if because as than and or but so to into ' +
    'about over under after before since during there here not no yes also very just only'
  ).split(' '),
);
const ARTICLES = new Set(['le', 'la', 'el', 'al', 'der', 'die', 'los', 'las', 'il']);
const PLAIN_NOUN = new Set(['Noun', 'Singular', 'Plural', 'ProperNoun']);
const ABBREVIATED = /^(?:\p{L}|dr|mr|mrs|ms|gen|col|lt|sen|rep|gov|st|prof|capt|sgt|maj|jr|sr)$/iu;

export const isDeterminer = (word: Word | undefined): boolean =>
  !!word && DETERMINERS.has(word.lower);
export const isPreposition = (word: Word | undefined): boolean =>
  !!word && PREPOSITIONS.has(word.lower);
export const isAcronym = (word: Word | undefined): boolean =>
  !!word && /^\p{Lu}[\p{Lu}\d&.]+$/u.test(word.text);

/** Capitalised as a name is: "Reuters", "al-Sharaa", "i24" after the first word of a sentence. */
export function isCapitalised(tagged: TaggedText, index: number): boolean {
  const word = tagged.words[index];
  if (!word || !/^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu}|\p{Ll}\d)/u.test(word.text)) return false;
  // "London-based", "US-backed": an adjective made from a name; "Monday", "March": times.
  if (/-\p{Ll}+$/u.test(word.text) && !/^\p{Ll}{1,3}-/u.test(word.text)) return false;
  if (word.tags.has('Date') || word.tags.has('Month') || word.tags.has('WeekDay')) return false;
  const sentenceStart = tagged.sentenceWords[word.sentence]?.[0] ?? 0;
  const opensQuote = /["“]\s*$/.test(tagged.text.slice(Math.max(0, word.start - 2), word.start));
  if (index !== sentenceStart && !opensQuote) return true;
  // "Le Monde", "El País", "Al Jazeera" opening a sentence.
  if (ARTICLES.has(word.lower) && isCapitalised(tagged, index + 1)) return true;
  // A sentence's first word is capitalised anyway: a name if the tagger knows it as one, or if
  // it is no word the tagger or the attribution rules know ("Reuters", "Xinhua").
  if (['ProperNoun', 'Person', 'Organization', 'Acronym', 'Place'].some((t) => word.tags.has(t))) {
    return true;
  }
  return [...word.tags].every((t) => PLAIN_NOUN.has(t)) && !isKnownWord(word.lower);
}

/** Whether words[index] and words[index + 1] belong to one phrase: only spaces between. */
export function joins(tagged: TaggedText, index: number): boolean {
  const word = tagged.words[index];
  const next = tagged.words[index + 1];
  if (!word || !next || word.sentence !== next.sentence || word.quoted !== next.quoted)
    return false;
  if (/^[ \t\u00a0]+$/.test(word.after)) return true;
  // "Syrian Observatory for Human Rights (SOHR)"
  if (/^\s*\($/.test(word.after) && isAcronym(next) && /^\)/.test(next.after)) return true;
  if (/^\)\s+$/.test(word.after) && isAcronym(word)) {
    return /\(\s*$/.test(tagged.words[index - 1]?.after ?? '');
  }
  // "Dr. Samir Haddad", "George W. Bush"
  return /^\.[ \t]+$/.test(word.after) && ABBREVIATED.test(word.text);
}

/** A word that may sit in a noun phrase. */
export function isPhraseWord(tagged: TaggedText, index: number): boolean {
  const word = tagged.words[index];
  if (!word || NEVER.has(word.lower) || PREPOSITIONS.has(word.lower)) return false;
  if (isCapitalised(tagged, index)) return true;
  const { tags } = word;
  if (tags.has('Pronoun') || tags.has('Date') || tags.has('Adverb')) return false;
  // "the monitoring group": a gerund may qualify a noun.
  if (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective') && !tags.has('Gerund')) {
    return false;
  }
  return true;
}

/** The phrase that ends with words[last], scanning back to `floor` at most. */
export function phraseEndingAt(tagged: TaggedText, last: number, floor: number): Phrase | null {
  const { words } = tagged;
  if (!isPhraseWord(tagged, last) || isDeterminer(words[last])) return null;
  let first = last;
  while (first - 1 >= floor && joins(tagged, first - 1)) {
    const previous = first - 1;
    const word = words[previous]!;
    if (isDeterminer(word)) {
      // "for the Coordination of": the article sits inside the name.
      if (isPreposition(words[previous - 1]) && joins(tagged, previous - 1)) {
        first = previous;
        continue;
      }
      first = previous;
      break;
    }
    if (isPreposition(word)) {
      const before = previous - 1;
      if (before < floor || !joins(tagged, before) || !isPhraseWord(tagged, before)) break;
      first = before;
      continue;
    }
    if (!isPhraseWord(tagged, previous) || word.tags.has('Value')) {
      if (word.tags.has('Value') && !word.tags.has('Date')) first = previous;
      break;
    }
    first = previous;
  }
  return { first, last };
}

/** The phrase that starts at words[first] (a determiner or a phrase word), up to `ceiling`. */
export function phraseStartingAt(
  tagged: TaggedText,
  first: number,
  ceiling: number,
): Phrase | null {
  const { words } = tagged;
  let last = first;
  if (isDeterminer(words[first]) || words[first]?.tags.has('Value')) {
    if (!joins(tagged, first)) return null;
    last += 1;
  }
  if (last >= ceiling || !isPhraseWord(tagged, last)) return null;
  while (last + 1 < ceiling && joins(tagged, last)) {
    const next = last + 1;
    if (isPhraseWord(tagged, next) && !isDeterminer(words[next])) {
      last = next;
      continue;
    }
    // "Office for the Coordination of Humanitarian Affairs", "Ministry of Health"
    let after = next;
    if (isPreposition(words[after]) && joins(tagged, after)) after += 1;
    if (after > next && isDeterminer(words[after]) && joins(tagged, after)) after += 1;
    if (after > next && after < ceiling && isCapitalised(tagged, after)) {
      last = after;
      continue;
    }
    break;
  }
  return { first, last };
}
