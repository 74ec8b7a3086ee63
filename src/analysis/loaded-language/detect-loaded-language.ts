/**
 * Suggests loaded language: words and phrases chosen to stir feelings, judge or exaggerate.
 * A logistic-regression model trained on the PTC corpus (see scripts/train-loaded-language.ts)
 * scores every word, mixed with a small network that reads each word's context
 * (context/context-net.ts); confident words become suggestions, grown over likely neighbours. Two
 * operating points ship with the model: `precise` (the default: at least half of what it
 * suggests was marked in held-out training articles) and `more` (the best F1, more suggestions).
 * Words in the page's boilerplate and neutral terms are never suggested; words of a person's
 * direct quote only when asked for, marked as "in a quote" (token-masks.ts).
 */
import shipped from '../data/loaded-language-lexicon.json';
import shippedContext from '../data/loaded-language-context.json';
import type { Suggestion } from '../suggestion';
import type { TextSpan } from '../text/sentences';
import type { Token } from '../text/tokenize';
import type { ChargedCategory } from './charged-lexicon';
import { decodeSpans, type DecodeThresholds } from './decode';
import { findEpithets, type Epithet } from './epithets';
import { extractFeatures } from './features';
import { contextLogits, mixLogits, toContextNet, type ContextNetData } from './context/context-net';
import { compileModel, scoreToken, tokenLogit, toModel, type LoadedLanguageModel } from './model';
import { tokenMasks, type TokenMasks } from './token-masks';
import type { OperatingPoint } from './operating-points';

// Marked pure so that a bundle importing other analysis functions leaves the model's megabytes
// out.
export const SHIPPED_MODEL: LoadedLanguageModel = /* @__PURE__ */ toModel(shipped);
/** The built-in context network, which models with a `context` share and no `net` of their own
 *  use (null when training chose none, and the built-in model has no `context`). */
const SHIPPED_CONTEXT_NET: ContextNetData | null =
  /* @__PURE__ */ toContextNetOrNull(shippedContext);

function toContextNetOrNull(data: unknown): ContextNetData | null {
  return data === null ? null : toContextNet(data);
}

function contextNetOf(model: LoadedLanguageModel): ContextNetData {
  const net = model.context?.net ?? SHIPPED_CONTEXT_NET;
  if (!net)
    throw new Error('the model mixes in the built-in context network, which this build lacks');
  return net;
}

export interface LoadedLanguageOptions {
  /** The shipped model when absent. */
  model?: LoadedLanguageModel;
  /** `precise` when absent. */
  point?: OperatingPoint;
  /** Also suggest loaded words inside people's direct quotes, marked `inQuote`. Off by default. */
  inQuotes?: boolean;
}

const REASONS: Record<ChargedCategory | 'learned' | 'setting', string> = {
  charged: 'emotionally charged word',
  violent: 'dramatic, violent word',
  intensifier: 'exaggerating intensifier',
  label: 'labelling word',
  learned: 'wording often marked as loaded language in annotated news',
  setting: 'word that reads as loaded in this setting, judging by annotated news',
};

/** A word suggested for its setting more than for itself: the context network gives it higher
 *  log-odds than the weights do (a word annotated news seldom marked as such, say). */
function bySetting({ logits }: ScoredTokens, i: number): boolean {
  return logits !== undefined && (logits.context[i] as number) > (logits.linear[i] as number);
}

export interface ScoredTokens {
  tokens: Token[];
  /** Each token's probability of being loaded language, by the model alone. */
  probabilities: Float64Array;
  charged: (ChargedCategory | undefined)[];
  /** Labels pinned on people ("the terrorist president"), suggested at any operating point. */
  epithets: Epithet[];
  masks: TokenMasks;
  /** Whether loaded language's own rules apply (see `scoreTokens`). */
  loadedLanguageRules: boolean;
  /** For a model with a context network: each token's log-odds by the weights and by the
   *  network, which `probabilities` mixes (`withMix` mixes them in another share). */
  logits?: { linear: Float64Array; context: Float64Array };
}

export function thresholdsAt(model: LoadedLanguageModel, point: OperatingPoint): DecodeThresholds {
  return point === 'more' ? model.thresholds : (model.precise ?? model.thresholds);
}

/** Every token's probability by `model`. `loadedLanguageRules` false (for a learned model of
 *  another tag) leaves out what only loaded language has: labels pinned on people, neutral
 *  terms and people's quotes. */
export function scoreTokens(
  text: string,
  model: LoadedLanguageModel = SHIPPED_MODEL,
  loadedLanguageRules = true,
): ScoredTokens {
  const ready = compileModel(model);
  const { tokens, contexts, charged, stems } = extractFeatures(text);
  const epithets = loadedLanguageRules ? findEpithets(text, tokens, charged) : [];
  const masks = tokenMasks(text, tokens, stems, loadedLanguageRules);
  const common = { tokens, charged, epithets, masks, loadedLanguageRules };
  if (!model.context) {
    const probabilities = Float64Array.from(contexts, (c) => scoreToken(ready, c));
    return { ...common, probabilities };
  }
  const logits = {
    linear: Float64Array.from(contexts, (c) => tokenLogit(ready, c)),
    context: contextLogits(contextNetOf(model), contexts),
  };
  return { ...common, probabilities: mixed(logits, model.context.alpha), logits };
}

/** Each token's probability, with the weights' log-odds at share `alpha` in the mix. */
function mixed(logits: NonNullable<ScoredTokens['logits']>, alpha: number): Float64Array {
  return Float64Array.from(logits.linear, (z, i) =>
    mixLogits(alpha, z, logits.context[i] as number),
  );
}

/** The same scored tokens with the context network's log-odds mixed in at share `alpha` for the
 *  weights (1: the weights alone). */
export function withMix(scored: ScoredTokens, alpha: number): ScoredTokens {
  return scored.logits ? { ...scored, probabilities: mixed(scored.logits, alpha) } : scored;
}

const masked = new WeakMap<ScoredTokens, Record<'text' | 'quotes', Float64Array>>();

/** The probabilities of one part of the text, every other token's 0. A label pinned on a person
 *  and the title it is pinned on count as certain, so the pair is suggested at any point. */
function partProbabilities(scored: ScoredTokens, part: 'text' | 'quotes'): Float64Array {
  let parts = masked.get(scored);
  if (!parts) {
    const { probabilities, epithets, masks } = scored;
    const make = (inQuotes: boolean): Float64Array => {
      const keep = (i: number) => !masks.blocked[i] && (masks.quoted[i] === 1) === inQuotes;
      const p = Float64Array.from(probabilities, (value, i) => (keep(i) ? value : 0));
      for (const { label, title } of epithets) {
        if (!keep(label)) continue;
        p[label] = 1;
        if (title !== undefined) p[title] = 1;
      }
      return p;
    };
    parts = { text: make(false), quotes: make(true) };
    masked.set(scored, parts);
  }
  return parts[part];
}

/** The spans suggested at `thresholds`, outside people's quotes (`part` 'text') or inside them
 *  ('quotes'). */
export function suggestedSpans(
  text: string,
  scored: ScoredTokens,
  thresholds: DecodeThresholds,
  part: 'text' | 'quotes' = 'text',
): TextSpan[] {
  const p = partProbabilities(scored, part);
  return decodeSpans(text, scored.tokens, p, thresholds, !scored.loadedLanguageRules);
}

function toSuggestion(
  text: string,
  span: TextSpan,
  scored: ScoredTokens,
  inQuote: boolean,
): Suggestion {
  const { tokens, probabilities, charged } = scored;
  let t = 0;
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
  const kind = category ?? (bySetting(scored, best) ? 'setting' : 'learned');
  const reason = `${REASONS[kind]}: '${quoted}'`;
  return {
    tag: 'loaded-language',
    start: span.start,
    end: span.end,
    exact,
    reason: inQuote ? `in a quote, ${reason}` : reason,
    ...(inQuote ? { inQuote: true } : {}),
  };
}

export function detectLoadedLanguage(
  text: string,
  options: LoadedLanguageOptions = {},
): Suggestion[] {
  const model = options.model ?? SHIPPED_MODEL;
  const thresholds = thresholdsAt(model, options.point ?? 'precise');
  const scored = scoreTokens(text, model);
  const suggestions = suggestedSpans(text, scored, thresholds).map((span) =>
    toSuggestion(text, span, scored, false),
  );
  if (options.inQuotes) {
    for (const span of suggestedSpans(text, scored, thresholds, 'quotes'))
      suggestions.push(toSuggestion(text, span, scored, true));
    suggestions.sort((a, b) => a.start - b.start);
  }
  return suggestions;
}
