/**
 * A word list whose entries may be phrases ("security forces"), matched on stems so one entry
 * covers its inflections. The charged-word list and the neutral-term list of the loaded-language
 * detector share it, so both match words the same way.
 */
import { stem } from './stem';
import type { Token } from './tokenize';

interface Phrase<V> {
  stems: string[];
  value: V;
}

export interface PhraseList<V> {
  words: Map<string, V>;
  phrases: Map<string, Phrase<V>[]>;
}

function stemsOf(entry: string): string[] {
  return entry
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(stem);
}

/** Builds a list from `[entry, value]` pairs; the first value given for a word wins. */
export function compilePhrases<V>(entries: Iterable<readonly [string, V]>): PhraseList<V> {
  const words = new Map<string, V>();
  const phrases = new Map<string, Phrase<V>[]>();
  for (const [entry, value] of entries) {
    const stems = stemsOf(entry);
    const first = stems[0];
    if (first === undefined) continue;
    if (stems.length === 1) {
      if (!words.has(first)) words.set(first, value);
    } else {
      const list = phrases.get(first) ?? [];
      list.push({ stems, value });
      phrases.set(first, list);
    }
  }
  return { words, phrases };
}

/** The value of every token that belongs to a listed word or phrase; `undefined` elsewhere. A
 *  phrase's value wins over a single word's. */
export function matchPhrases<V>(
  list: PhraseList<V>,
  tokens: readonly Token[],
  stems: readonly string[],
): (V | undefined)[] {
  const out = new Array<V | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const candidates = list.phrases.get(stems[i] ?? '');
    if (candidates) {
      for (const phrase of candidates) {
        const n = phrase.stems.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k += 1) ok = stems[i + k] === phrase.stems[k];
        if (ok) for (let k = 0; k < n; k += 1) out[i + k] ??= phrase.value;
      }
    }
    out[i] ??= list.words.get(stems[i] ?? '') ?? list.words.get(tokens[i]?.lower ?? '');
  }
  return out;
}
