/**
 * Whether a word is a common word rather than a name, for the first word of a sentence, whose
 * capital says nothing: compromise's lexicon, or one of the attribution rules' own nouns.
 */
import nlp from 'compromise';
import {
  INSTITUTIONS,
  ORGANISATION_REFERENCES,
  PERSON_NOUNS,
  PERSON_REFERENCES,
  TITLES,
  VAGUE_GROUPS,
  VAGUE_QUANTIFIERS,
} from './source-vocabulary';

let lexicon: Record<string, unknown> | undefined;

const OURS = [
  INSTITUTIONS,
  ORGANISATION_REFERENCES,
  PERSON_NOUNS,
  PERSON_REFERENCES,
  TITLES,
  VAGUE_GROUPS,
  VAGUE_QUANTIFIERS,
];

export function isKnownWord(lower: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const singular = lower.replace(/s$/, '');
  return lower in lexicon || OURS.some((set) => set.has(lower) || set.has(singular));
}
