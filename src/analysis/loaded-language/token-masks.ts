/**
 * Where loaded language is not suggested, token by token: words inside web addresses, in the
 * page's boilerplate (text/boilerplate.ts) and neutral terms (neutral-terms.ts) are `blocked`;
 * words of a person's direct quote (text/direct-quotes.ts) are `quoted`, suggested apart and only
 * when the reader asks for them.
 */
import { boilerplateLines } from '../text/boilerplate';
import { directQuotes } from '../text/direct-quotes';
import type { TextSpan } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { matchNeutral } from './neutral-terms';

export interface TokenMasks {
  blocked: Uint8Array;
  quoted: Uint8Array;
}

const URL = /\b(?:https?:\/\/|www\.)\S+/g;

function urls(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text))
    found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

/** Sets `mask[i]` for every token that overlaps one of `spans` (sorted by start). */
function markTokens(tokens: readonly Token[], spans: readonly TextSpan[], mask: Uint8Array): void {
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && (tokens[t] as Token).end <= span.start) t += 1;
    for (let i = t; i < tokens.length && (tokens[i] as Token).start < span.end; i += 1) mask[i] = 1;
  }
}

/** With `loadedLanguage` false (a learned model of another tag), only addresses and
 *  boilerplate are blocked: neutral terms and quotes are loaded language's own rules. */
export function tokenMasks(
  text: string,
  tokens: readonly Token[],
  stems: readonly string[],
  loadedLanguage = true,
): TokenMasks {
  const blocked = new Uint8Array(tokens.length);
  markTokens(tokens, urls(text), blocked);
  markTokens(tokens, boilerplateLines(text), blocked);
  const quoted = new Uint8Array(tokens.length);
  if (!loadedLanguage) return { blocked, quoted };
  matchNeutral(tokens, stems).forEach((neutral, i) => {
    if (neutral) blocked[i] = 1;
  });
  markTokens(tokens, directQuotes(text), quoted);
  return { blocked, quoted };
}
