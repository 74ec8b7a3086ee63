/**
 * Describes every word token of a text for the loaded-language model. Training
 * (scripts/train-loaded-language.ts, bench/suggest) and detection share this one function, so a
 * model always sees features computed the way it was trained on.
 *
 * Features describe the word (form, stem, suffix, listed as charged), its neighbours, and its
 * setting (inside quotes, a short or exclaiming sentence, the title line, how charged the whole
 * text is); none of them holds running text beyond a pair of words.
 */
import { stem } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import { CATEGORIES, matchCharged, type ChargedCategory } from './charged-lexicon';
import { valenceBucket, valenceOf } from './valence';

/**
 * What the model knows about one token. Word and neighbour features are kept as words (not as
 * feature strings) so the detector can look them up without building strings; `featureNames`
 * spells out the same features as strings for training.
 */
export interface TokenContext {
  lower: string;
  stem: string;
  /** The neighbours in the same sentence, or `<s>` / `</s>` at its edges. */
  prev: string;
  next: string;
  prevStem: string;
  nextStem: string;
  /** Features that do not depend on the words themselves, e.g. `q` (inside quotes). */
  flags: string[];
}

export interface TokenFeatures {
  tokens: Token[];
  /** `contexts[i]` belongs to `tokens[i]`. */
  contexts: TokenContext[];
  /** The charged-lexicon category of each token, if any, for the detector's reasons. */
  charged: (ChargedCategory | undefined)[];
  /** Each token's stem (text/stem.ts). */
  stems: string[];
}

/** A word's suffix feature key, for words long enough to have a telling one. */
export function suffixOf(lower: string): string | undefined {
  return lower.length >= 5 ? lower.slice(-3) : undefined;
}

/** Every feature of a token as a string: the vocabulary of the model's weights. */
export function featureNames(c: TokenContext): string[] {
  const names = [`w:${c.lower}`, `s:${c.stem}`, `p:${c.prev}`, `n:${c.next}`];
  names.push(`pw:${c.prevStem}_${c.stem}`, `wn:${c.stem}_${c.nextStem}`);
  const suffix = suffixOf(c.lower);
  if (suffix !== undefined) names.push(`x:${suffix}`);
  return names.concat(c.flags);
}

// Flag strings are built once, so scoring looks up the same string objects every time.
const DENSITY_LEVELS = 7;
const DENSITY_FLAGS = Array.from({ length: DENSITY_LEVELS }, (_, d) => `d:${d}`);
const SENTENCE_FLAGS = Array.from({ length: 4 }, (_, n) => `sc:${n}`);
const table = (make: (c: ChargedCategory) => string): Record<ChargedCategory, string> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, make(c)])) as Record<ChargedCategory, string>;
const CATEGORY_FLAGS = table((c) => `c:${c}`);
const BEFORE_FLAGS = table((c) => `c-:${c}`);
const AFTER_FLAGS = table((c) => `c+:${c}`);
const VALENCE_KEYS = ['-3', '-2', '-1', '0', '+1', '+2', '+3'];
const keyed = (prefix: string): Map<string, string> =>
  new Map(VALENCE_KEYS.map((key) => [key, `${prefix}${key}`]));
const VALENCE_FLAGS = keyed('v:');
const VALENCE_BEFORE_FLAGS = keyed('v-:');
const VALENCE_AFTER_FLAGS = keyed('v+:');
/** How often the word's stem occurs in the text: once, twice, 3-4 times, 5 or more. */
const REPEAT_FLAGS = ['tf:1', 'tf:2', 'tf:3', 'tf:3', 'tf:5'];
const CATEGORY_DENSITY_FLAGS = Object.fromEntries(
  CATEGORIES.map((c) => [c, Array.from({ length: DENSITY_LEVELS }, (_, d) => `cd:${c}${d}`)]),
) as Record<ChargedCategory, string[]>;

interface Sentence {
  tokens: number;
  charged: number;
  exclaims: boolean;
  title: boolean;
}

const OPEN_QUOTES = '“«';
const CLOSE_QUOTES = '”»';

function densityLevel(chargedCount: number, tokenCount: number): number {
  const rate = tokenCount === 0 ? 0 : chargedCount / tokenCount;
  return Math.min(DENSITY_LEVELS - 1, Math.floor(rate * 200));
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Training scores the same texts many times over (folds, thresholds, tags): the features of
 *  the texts seen last are kept. Bounded, so a long session or a CLI run over thousands of
 *  files does not grow without limit. */
const recent = new Map<string, TokenFeatures>();
const RECENT_LIMIT = 400;

export function extractFeatures(text: string): TokenFeatures {
  const known = recent.get(text);
  if (known) return known;
  const features = computeFeatures(text);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(text, features);
  return features;
}

function computeFeatures(text: string): TokenFeatures {
  const tokens = tokenize(text);
  const stems = tokens.map((token) => stem(token.lower));
  const charged = matchCharged(tokens, stems);
  const chargedCount = charged.reduce((n, c) => (c === undefined ? n : n + 1), 0);
  const density = densityLevel(chargedCount, tokens.length);
  const valence = tokens.map((token, i) => valenceBucket(valenceOf(token.lower, stems[i] ?? '')));
  const stemCounts = new Map<string, number>();
  for (const s of stems) stemCounts.set(s, (stemCounts.get(s) ?? 0) + 1);

  // One pass over the gaps between tokens finds sentences, the title line and quotes.
  const sentenceOf: number[] = new Array<number>(tokens.length);
  const quoted: boolean[] = new Array<boolean>(tokens.length);
  const sentences: Sentence[] = [];
  let line = 0;
  let inQuote = false;
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    let startsSentence = i === 0;
    for (let c = previousEnd; c < token.start; c += 1) {
      const ch = text[c] ?? '';
      if (ch === '\n') {
        line += 1;
        inQuote = false;
        startsSentence = true;
      } else if (ch === '.' || ch === '?') {
        startsSentence = true;
      } else if (ch === '!') {
        startsSentence = true;
        const current = sentences[sentences.length - 1];
        if (current) current.exclaims = true;
      } else if (ch === '"') {
        inQuote = !inQuote;
      } else if (OPEN_QUOTES.includes(ch)) {
        inQuote = true;
      } else if (CLOSE_QUOTES.includes(ch)) {
        inQuote = false;
      }
    }
    if (startsSentence)
      sentences.push({ tokens: 0, charged: 0, exclaims: false, title: line === 0 });
    const current = sentences[sentences.length - 1] as Sentence;
    current.tokens += 1;
    if (charged[i] !== undefined) current.charged += 1;
    sentenceOf[i] = sentences.length - 1;
    quoted[i] = inQuote;
    previousEnd = token.end;
  }
  const last = sentences[sentences.length - 1];
  if (last && text.indexOf('!', previousEnd) !== -1) last.exclaims = true;
  const hasBody = line > 0;

  const contexts: TokenContext[] = new Array<TokenContext>(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const w = token.lower;
    const sameBefore = i > 0 && sentenceOf[i - 1] === sentenceOf[i];
    const sameAfter = i + 1 < tokens.length && sentenceOf[i + 1] === sentenceOf[i];
    const sentence = sentences[sentenceOf[i] ?? 0];
    const flags: string[] = ['b', DENSITY_FLAGS[density] as string];
    const others = (sentence?.charged ?? 0) - (charged[i] === undefined ? 0 : 1);
    flags.push(SENTENCE_FLAGS[Math.min(3, others)] as string);
    const category = charged[i];
    if (category !== undefined) {
      flags.push(CATEGORY_FLAGS[category], CATEGORY_DENSITY_FLAGS[category][density] as string);
    }
    const before = sameBefore ? charged[i - 1] : undefined;
    const after = sameAfter ? charged[i + 1] : undefined;
    if (before !== undefined) flags.push(BEFORE_FLAGS[before]);
    flags.push(VALENCE_FLAGS.get(valence[i] ?? '0') as string);
    const repeats = Math.min(5, stemCounts.get(stems[i] ?? '') ?? 1);
    flags.push(REPEAT_FLAGS[repeats - 1] as string);
    const valenceBefore = sameBefore ? (valence[i - 1] ?? '0') : '0';
    const valenceAfter = sameAfter ? (valence[i + 1] ?? '0') : '0';
    if (valenceBefore !== '0') flags.push(VALENCE_BEFORE_FLAGS.get(valenceBefore) as string);
    if (valenceAfter !== '0') flags.push(VALENCE_AFTER_FLAGS.get(valenceAfter) as string);
    if (after !== undefined) flags.push(AFTER_FLAGS[after]);
    const raw = text.slice(token.start, token.end);
    if (isAllCaps(raw)) flags.push('caps');
    else if (sameBefore && raw !== w) flags.push('cap');
    if (/\d/.test(w)) flags.push('num');
    if (quoted[i]) flags.push('q');
    if (sentence?.exclaims) flags.push('!');
    if (sentence?.title && hasBody) flags.push('t');
    else if (sentence !== undefined && sentence.tokens <= 8) flags.push('h');
    contexts[i] = {
      lower: w,
      stem: stems[i] ?? w,
      prev: sameBefore ? (tokens[i - 1]?.lower ?? '') : '<s>',
      next: sameAfter ? (tokens[i + 1]?.lower ?? '') : '</s>',
      prevStem: sameBefore ? (stems[i - 1] ?? '') : '<s>',
      nextStem: sameAfter ? (stems[i + 1] ?? '') : '</s>',
      flags,
    };
  }
  return { tokens, contexts, charged, stems };
}
