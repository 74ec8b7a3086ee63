/**
 * What the context network (context-net.ts) reads of a token, shared by its training and its
 * scoring so the two can never disagree: the words at each position of a window around the token
 * (within its sentence) and the token's setting flags of features.ts (quotes, charged-word
 * categories, valence, density...). A position holds a word's vector, or one of two markers:
 * the word has no vector, or there is no word (the sentence ends).
 */
import type { TokenContext } from '../features';

const CATEGORIES = ['charged', 'violent', 'intensifier', 'label'];
const VALENCES = ['-3', '-2', '-1', '0', '+1', '+2', '+3'];
const levels = (prefix: string, n: number) => Array.from({ length: n }, (_, d) => `${prefix}${d}`);

/** The flags the network reads: every flag of features.ts that is not about the word itself. */
export const CONTEXT_FLAGS: readonly string[] = [
  ...['b', 'q', 'caps', 'cap', '!', 't', 'h', 'num', 'tf:1', 'tf:2', 'tf:3', 'tf:5'],
  ...levels('d:', 7),
  ...levels('sc:', 4),
  ...VALENCES.flatMap((v) => [`v:${v}`, `v-:${v}`, `v+:${v}`]),
  ...CATEGORIES.flatMap((c) => [`c:${c}`, `c-:${c}`, `c+:${c}`, ...levels(`cd:${c}`, 7)]),
];
export const FLAG_INDEX: ReadonlyMap<string, number> = new Map(CONTEXT_FLAGS.map((f, i) => [f, i]));

/** Per position: the vector's `size` values, then "no vector for this word", then "no word". */
export const NO_VECTOR = 0;
export const NO_WORD = 1;

/** The network's input length for word vectors of `size` and `window` words on each side. */
export function inputWidth(size: number, window: number): number {
  return (2 * window + 1) * (size + 2) + CONTEXT_FLAGS.length;
}

/**
 * The token at each position of each token's window, within its sentence: entry
 * `i * (2 * window + 1) + p` is the index of the token at position `p` (0 = `window` tokens
 * before token i), or -1 past the sentence's edge.
 */
export function windowTokens(contexts: readonly TokenContext[], window: number): Int32Array {
  const n = contexts.length;
  const positions = 2 * window + 1;
  const sentence = new Int32Array(n);
  for (let i = 1; i < n; i += 1)
    sentence[i] = (sentence[i - 1] as number) + (contexts[i]?.prev === '<s>' ? 1 : 0);
  const at = new Int32Array(n * positions);
  for (let i = 0; i < n; i += 1) {
    for (let k = -window; k <= window; k += 1) {
      const t = i + k;
      const inside = t >= 0 && t < n && sentence[t] === sentence[i];
      at[i * positions + k + window] = inside ? t : -1;
    }
  }
  return at;
}

/** The indices of the flags of a token that the network reads. */
export function flagIndices(c: TokenContext): number[] {
  const found: number[] = [];
  for (const flag of c.flags) {
    const f = FLAG_INDEX.get(flag);
    if (f !== undefined) found.push(f);
  }
  return found;
}
