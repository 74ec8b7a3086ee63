/**
 * The hand-written list of charged words (data/charged-words.json), matched on stems so one
 * entry covers its inflections. The model uses a match as a feature, which lets it generalise to
 * charged words the annotated corpus never showed it; the detector uses the category to word its
 * reason.
 */
import charged from '../data/charged-words.json';
import { stem } from '../text/stem';
import type { Token } from '../text/tokenize';

export type ChargedCategory = 'intensifier' | 'charged' | 'violent' | 'label';

export const CATEGORIES: readonly ChargedCategory[] = [
  'charged',
  'violent',
  'intensifier',
  'label',
];

interface Phrase {
  stems: string[];
  category: ChargedCategory;
}

interface Lexicon {
  words: Map<string, ChargedCategory>;
  phrases: Map<string, Phrase[]>;
}

let lexicon: Lexicon | undefined;

function stemsOf(entry: string): string[] {
  return entry
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(stem);
}

function buildLexicon(): Lexicon {
  const words = new Map<string, ChargedCategory>();
  const phrases = new Map<string, Phrase[]>();
  for (const category of CATEGORIES) {
    for (const entry of charged[category]) {
      const stems = stemsOf(entry);
      const first = stems[0];
      if (first === undefined) continue;
      if (stems.length === 1) {
        if (!words.has(first)) words.set(first, category);
      } else {
        const list = phrases.get(first) ?? [];
        list.push({ stems, category });
        phrases.set(first, list);
      }
    }
  }
  return { words, phrases };
}

/** The category of every token that belongs to a listed word or phrase; `undefined` elsewhere. */
export function matchCharged(
  tokens: readonly Token[],
  stems: readonly string[],
): (ChargedCategory | undefined)[] {
  lexicon ??= buildLexicon();
  const { words, phrases } = lexicon;
  const out: (ChargedCategory | undefined)[] = new Array<ChargedCategory | undefined>(
    tokens.length,
  );
  for (let i = 0; i < tokens.length; i += 1) {
    const key = stems[i] ?? '';
    const candidates = phrases.get(key);
    if (candidates) {
      for (const phrase of candidates) {
        const n = phrase.stems.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k += 1) ok = stems[i + k] === phrase.stems[k];
        if (ok) for (let k = 0; k < n; k += 1) out[i + k] ??= phrase.category;
      }
    }
    out[i] ??= words.get(key) ?? words.get(tokens[i]?.lower ?? '');
  }
  return out;
}
