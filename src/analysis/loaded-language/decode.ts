/**
 * Turns per-token probabilities into spans, with hysteresis: a token at or above `seed` starts a
 * span, which then grows over up to `growth` (default 3) neighbouring tokens on each side that
 * reach `extend`. Loaded phrases are often longer than their most charged word ("a pathetic
 * attempt"), so growing from confident seeds finds more of each phrase without suggesting more
 * phrases. Spans never cross a line break, a spaced dash or other punctuation, and never begin
 * or end on a function word, so a reader sees "horrific massacre", not "of massacres against".
 */
import type { TextSpan } from '../text/sentences';
import type { Token } from '../text/tokenize';

export interface DecodeThresholds {
  seed: number;
  extend: number;
  /** How many neighbours a span may grow over on each side; 3 when absent. */
  growth?: number;
}

const DEFAULT_GROWTH = 3;

/** Tokens may join across plain spaces, or a hyphen or apostrophe with no space around it. */
const JOINABLE_GAP = /^(?:[ \t\u00a0]+|[-'’])$/;

const FUNCTION_WORDS = new Set(
  (
    'a an the of in on at to for from by with and or nor but as is are was were be been being ' +
    'am has have had do does did that this these those which who whom whose it its their his ' +
    'her our your my we they he she i you them him us than then so into onto over under about ' +
    'after before during while against among between through up down out off via per if when ' +
    'where there here not no s will would shall should can could may might must'
  ).split(' '),
);

function joinable(text: string, left: Token, right: Token): boolean {
  return JOINABLE_GAP.test(text.slice(left.end, right.start));
}

function grow(
  text: string,
  tokens: readonly Token[],
  p: (i: number) => number,
  selected: Uint8Array,
  from: number,
  step: 1 | -1,
  extend: number,
  growth: number,
  overFunctionWords: boolean,
): void {
  for (let k = 1; k <= growth; k += 1) {
    const j = from + k * step;
    const near = j - step;
    if (j < 0 || j >= tokens.length || selected[j] || p(j) < extend) return;
    if (!overFunctionWords && FUNCTION_WORDS.has((tokens[j] as Token).lower)) return;
    const [left, right] = step === 1 ? [near, j] : [j, near];
    if (!joinable(text, tokens[left] as Token, tokens[right] as Token)) return;
    selected[j] = 1;
  }
}

/** `overFunctionWords` false keeps spans off function words altogether, so two charged words a
 *  few words apart ("the trauma of fleeing") stay two suggestions; spans of other techniques, a
 *  clause long, need to grow over them. */
export function decodeSpans(
  text: string,
  tokens: readonly Token[],
  probabilities: ArrayLike<number>,
  { seed, extend, growth = DEFAULT_GROWTH }: DecodeThresholds,
  overFunctionWords = true,
): TextSpan[] {
  const n = tokens.length;
  const selected = new Uint8Array(n);
  const p = (i: number): number => probabilities[i] ?? 0;
  for (let i = 0; i < n; i += 1) {
    if (p(i) < seed || selected[i]) continue;
    if (!overFunctionWords && FUNCTION_WORDS.has((tokens[i] as Token).lower)) continue;
    selected[i] = 1;
    grow(text, tokens, p, selected, i, -1, extend, growth, overFunctionWords);
    grow(text, tokens, p, selected, i, 1, extend, growth, overFunctionWords);
  }
  const spans: TextSpan[] = [];
  let i = 0;
  while (i < n) {
    if (!selected[i]) {
      i += 1;
      continue;
    }
    let first = i;
    let last = i;
    while (
      last + 1 < n &&
      selected[last + 1] &&
      joinable(text, tokens[last] as Token, tokens[last + 1] as Token)
    ) {
      last += 1;
    }
    i = last + 1;
    while (first <= last && FUNCTION_WORDS.has((tokens[first] as Token).lower)) first += 1;
    while (last >= first && FUNCTION_WORDS.has((tokens[last] as Token).lower)) last -= 1;
    if (first <= last)
      spans.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
  }
  return spans;
}
