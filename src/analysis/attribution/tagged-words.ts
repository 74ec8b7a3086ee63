/**
 * The words of a text with their part of speech and entity tags, for finding who an article
 * cites. Tagging is compromise's (a maintained English tagger built from rules and a lexicon:
 * MIT, offline, no model to download); this module adds what the attribution rules need on top:
 * UTF-16 offsets into the text, words joined across hyphens ("London-based", "al-Sharaa"), the
 * sentence each word sits in (the same splitter as the unattributed detector) and whether it
 * sits inside quotation marks, since a word in someone's quoted words never names a source.
 */
import nlp from 'compromise';
import { splitSentences, type TextSpan } from '../text/sentences';
import { quotedRanges } from './quoted-ranges';

export interface Word {
  /** As written: `text.slice(start, end)`. */
  text: string;
  /** Lower case, `’` as `'`. */
  lower: string;
  start: number;
  end: number;
  /** What separates this word from the next: spaces and punctuation. */
  after: string;
  tags: ReadonlySet<string>;
  /** Inside quotation marks. */
  quoted: boolean;
  /** Index into `TaggedText.sentences`. */
  sentence: number;
}

export interface TaggedText {
  text: string;
  sentences: TextSpan[];
  words: Word[];
  /** Per sentence, the index of its first word and one past its last. */
  sentenceWords: [number, number][];
}

/** What compromise keeps per term; its types describe the public API only. */
interface Term {
  text: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

function compromiseTerms(text: string): Term[] {
  const doc = nlp(text);
  doc.compute('offset');
  return (doc as unknown as { docs: Term[][] }).docs.flat();
}

/** Tags `text`: one pass of compromise over the whole text. */
export function tagWords(text: string): TaggedText {
  const sentences = splitSentences(text);
  const quotes = quotedRanges(text);
  const words: Word[] = [];
  let quote = 0;
  let sentence = 0;
  for (const term of compromiseTerms(text)) {
    const start = term.offset.start;
    const end = start + term.offset.length;
    if (term.offset.length === 0 || text.slice(start, end) !== term.text) continue;
    const previous = words[words.length - 1];
    // "London-based": compromise splits at the hyphen; a reader does not.
    if (previous && previous.end < start && /^[-‑]$/.test(text.slice(previous.end, start))) {
      previous.text = text.slice(previous.start, end);
      previous.lower = previous.text.toLowerCase().replace(/’/g, "'");
      previous.end = end;
      previous.tags = new Set([...previous.tags, ...term.tags]);
      continue;
    }
    while (quotes[quote] && quotes[quote]!.end <= start) quote += 1;
    while (sentences[sentence] && sentences[sentence]!.end <= start) sentence += 1;
    const range = quotes[quote];
    words.push({
      text: term.text,
      lower: term.text.toLowerCase().replace(/’/g, "'"),
      start,
      end,
      after: '',
      tags: term.tags,
      quoted: !!range && range.start <= start && end <= range.end,
      sentence: Math.min(sentence, Math.max(0, sentences.length - 1)),
    });
  }
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    word.after = text.slice(word.end, words[i + 1]?.start ?? text.length);
  }
  const sentenceWords: [number, number][] = sentences.map(() => [0, 0]);
  for (let s = 0, i = 0; s < sentences.length; s += 1) {
    const first = i;
    while (i < words.length && words[i]!.sentence === s) i += 1;
    sentenceWords[s] = [first, i];
  }
  return { text, sentences, words, sentenceWords };
}
