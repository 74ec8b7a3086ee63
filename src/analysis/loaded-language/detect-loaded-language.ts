/**
 * Suggests loaded language: words and phrases chosen to stir feelings, judge or exaggerate.
 * A logistic-regression model trained on the PTC corpus (see scripts/train-loaded-language.ts)
 * scores every word; confident words become suggestions, grown over likely neighbours.
 */
import shipped from '../data/loaded-language-lexicon.json';
import type { Suggestion } from '../suggestion';
import type { Token } from '../text/tokenize';
import type { ChargedCategory } from './charged-lexicon';
import { decodeSpans, type DecodeThresholds } from './decode';
import { findEpithets } from './epithets';
import { extractFeatures } from './features';
import { compileModel, scoreToken, toModel, type LoadedLanguageModel } from './model';

// Marked pure so that a bundle importing other analysis functions leaves the 1 MB model out.
export const SHIPPED_MODEL: LoadedLanguageModel = /* @__PURE__ */ toModel(shipped);

const REASONS: Record<ChargedCategory | 'learned', string> = {
  charged: 'emotionally charged word',
  violent: 'dramatic, violent word',
  intensifier: 'exaggerating intensifier',
  label: 'labelling word',
  learned: 'wording often marked as loaded language in annotated news',
};

const URL = /\b(?:https?:\/\/|www\.)\S+/g;

export interface ScoredTokens {
  tokens: Token[];
  probabilities: Float64Array;
  charged: (ChargedCategory | undefined)[];
  thresholds: DecodeThresholds;
}

/**
 * Every token's probability of being loaded language; words inside URLs count as none. A label
 * pinned on a person ("the terrorist president", see epithets.ts) counts as confident as the
 * model's seed threshold, and the title it is pinned on as likely as its extend threshold, so it
 * is suggested at whichever operating point the model uses.
 */
export function scoreTokens(
  text: string,
  model: LoadedLanguageModel = SHIPPED_MODEL,
): ScoredTokens {
  const ready = compileModel(model);
  const { tokens, contexts, charged } = extractFeatures(text);
  const probabilities = Float64Array.from(contexts, (c) => scoreToken(ready, c));
  const { seed, extend } = ready.thresholds;
  for (const { label, title } of findEpithets(text, tokens, charged)) {
    probabilities[label] = Math.max(probabilities[label] ?? 0, seed);
    if (title !== undefined) probabilities[title] = Math.max(probabilities[title] ?? 0, extend);
  }
  let t = 0;
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    const end = m.index + m[0].length;
    while (t < tokens.length && (tokens[t] as Token).start < m.index) t += 1;
    for (; t < tokens.length && (tokens[t] as Token).start < end; t += 1) probabilities[t] = 0;
  }
  return { tokens, probabilities, charged, thresholds: ready.thresholds };
}

export function detectLoadedLanguage(
  text: string,
  model: LoadedLanguageModel = SHIPPED_MODEL,
): Suggestion[] {
  const { tokens, probabilities, charged, thresholds } = scoreTokens(text, model);
  const spans = decodeSpans(text, tokens, probabilities, thresholds);
  const suggestions: Suggestion[] = [];
  let t = 0;
  for (const span of spans) {
    while ((tokens[t] as Token).start < span.start) t += 1;
    // The span's first listed word, else its most probable word, names the reason.
    let best = t;
    let category: ChargedCategory | undefined;
    for (let i = t; i < tokens.length && (tokens[i] as Token).end <= span.end; i += 1) {
      const c = charged[i];
      if (c !== undefined && category === undefined) {
        category = c;
        best = i;
      } else if (category === undefined && (probabilities[i] ?? 0) > (probabilities[best] ?? 0)) {
        best = i;
      }
    }
    const token = tokens[best] as Token;
    const exact = text.slice(span.start, span.end);
    const quoted = exact.length <= 40 ? exact : text.slice(token.start, token.end);
    suggestions.push({
      tag: 'loaded-language',
      start: span.start,
      end: span.end,
      exact,
      reason: `${REASONS[category ?? 'learned']}: '${quoted}'`,
    });
  }
  return suggestions;
}
