/**
 * Sentiment strength of English words from the VADER lexicon (Hutto & Gilbert 2014), as shipped
 * by the `vader-sentiment` npm package (Apache-2.0; see data/SOURCES.md). Loaded language is
 * mostly strongly valenced wording, so the model uses a word's valence, bucketed, as a feature:
 * it carries what the annotated corpus taught about "horrific" over to "ghastly", which the
 * corpus may never show. Looked up by the word, else by its stem, so inflections share a value.
 */
import { lexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { stem } from '../text/stem';

let byWord: Map<string, number> | undefined;
let byStem: Map<string, number> | undefined;

function build(): void {
  byWord = new Map();
  byStem = new Map();
  for (const [entry, value] of Object.entries(lexicon)) {
    if (!/^[a-z][a-z'-]*$/.test(entry)) continue; // emoticons and the like
    byWord.set(entry, value);
    const key = stem(entry);
    const known = byStem.get(key);
    if (known === undefined || Math.abs(value) > Math.abs(known)) byStem.set(key, value);
  }
}

/** The VADER valence (about -4 to +4) of a lower-cased word, or 0 when it has none. */
export function valenceOf(lower: string, wordStem: string): number {
  if (!byWord) build();
  return byWord?.get(lower) ?? byStem?.get(wordStem) ?? 0;
}

/** The valence as a small feature key: sign and whole strength, e.g. `-3`, `+1`; `0` for none
 *  or a weak one (below 1 either way). */
export function valenceBucket(value: number): string {
  const strength = Math.min(3, Math.floor(Math.abs(value)));
  if (strength === 0) return '0';
  return `${value < 0 ? '-' : '+'}${strength}`;
}
