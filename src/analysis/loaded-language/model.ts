/**
 * The loaded-language model: a logistic regression over the token features of features.ts,
 * plus the thresholds that turn its probabilities into spans (decode.ts). It is stored as a
 * list of `[feature, weight]` pairs ("w:smear" is the word "smear", "c:charged" a word of the
 * hand-written list, ...), so the shipped JSON reads as a weighted word list.
 */
import { isContextNet, type ContextMix } from './context/context-net';
import type { DecodeThresholds } from './decode';
import { suffixOf, type TokenContext } from './features';
import type { WordPriors } from './word-prior';

export interface LoadedLanguageModel {
  version: 1;
  /** A token whose probability reaches `seed` starts a suggestion, which then grows over
   *  neighbouring tokens that reach `extend`. */
  thresholds: DecodeThresholds;
  /** A stricter operating point, chosen in training for precision of at least 0.5 (see
   *  select-thresholds.ts): fewer, surer suggestions. Use it by copying it into `thresholds`. */
  precise?: DecodeThresholds;
  /** The L2 penalty the weights were fitted with, when training chose it (train.ts), so that a
   *  refit on other texts can fit the same way. */
  l2?: number;
  weights: [string, number][];
  /** Features of words learned from word vectors at training time, as lists of words by
   *  feature: the buckets of their prior for unseen words (`e:1`..`e:4`, word-prior.ts) and the
   *  groups of similar words (`k:<n>`). A word listed under `e:2` has the feature `e:2`, weighed
   *  in `weights` like any other. */
  priors?: WordPriors;
  /** The context network's share, when its log-odds are mixed with these weights' (the
   *  thresholds were chosen on the mix). Without `net`, the built-in network. */
  context?: ContextMix;
}

/**
 * The weights regrouped for fast scoring: word and neighbour features are looked up by the
 * token's own strings (whose hashes the engine caches) instead of by freshly built names.
 */
interface CompiledModel {
  thresholds: DecodeThresholds;
  word: Map<string, number>;
  stem: Map<string, number>;
  suffix: Map<string, number>;
  prev: Map<string, number>;
  next: Map<string, number>;
  pairBefore: Map<string, Map<string, number>>;
  pairAfter: Map<string, Map<string, number>>;
  flags: Map<string, number>;
  /** Word -> the summed weights of its word-list features (`priors`: prior bucket, cluster). */
  prior: Map<string, number>;
  /** Per-word sums of the word, stem and suffix weights, filled as words are met. */
  lexical: Map<string, number>;
}

const compiled = new WeakMap<LoadedLanguageModel, CompiledModel>();
const LEXICAL_CACHE_LIMIT = 200_000;

/** Checks the shape of a model read from JSON. */
export function toModel(data: unknown): LoadedLanguageModel {
  const model = data as Partial<LoadedLanguageModel> | null;
  const ok =
    model !== null &&
    typeof model === 'object' &&
    model.version === 1 &&
    typeof model.thresholds?.seed === 'number' &&
    typeof model.thresholds.extend === 'number' &&
    (model.precise === undefined || typeof model.precise.seed === 'number') &&
    (model.l2 === undefined || typeof model.l2 === 'number') &&
    (model.priors === undefined ||
      (typeof model.priors === 'object' &&
        Object.values(model.priors).every((words) => Array.isArray(words)))) &&
    (model.context === undefined ||
      (typeof model.context === 'object' &&
        typeof model.context.alpha === 'number' &&
        (model.context.net === undefined || isContextNet(model.context.net)))) &&
    Array.isArray(model.weights) &&
    model.weights.every(
      (pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'number',
    );
  if (!ok) throw new Error('not a loaded-language model (version 1)');
  return model as LoadedLanguageModel;
}

function setPair(map: Map<string, Map<string, number>>, key: string, weight: number): void {
  const cut = key.indexOf('_');
  const first = key.slice(0, cut);
  const inner = map.get(first) ?? new Map<string, number>();
  inner.set(key.slice(cut + 1), weight);
  map.set(first, inner);
}

export function compileModel(model: LoadedLanguageModel): CompiledModel {
  let ready = compiled.get(model);
  if (ready) return ready;
  ready = {
    thresholds: model.thresholds,
    word: new Map(),
    stem: new Map(),
    suffix: new Map(),
    prev: new Map(),
    next: new Map(),
    pairBefore: new Map(),
    pairAfter: new Map(),
    flags: new Map(),
    prior: new Map(),
    lexical: new Map(),
  };
  const byPrefix: Record<string, Map<string, number>> = {
    w: ready.word,
    s: ready.stem,
    x: ready.suffix,
    p: ready.prev,
    n: ready.next,
  };
  for (const [name, weight] of model.weights) {
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    const key = name.slice(colon + 1);
    const map = byPrefix[prefix];
    if (map) map.set(key, weight);
    else if (prefix === 'pw') setPair(ready.pairBefore, key, weight);
    else if (prefix === 'wn') setPair(ready.pairAfter, key, weight);
    else ready.flags.set(name, weight);
  }
  for (const [feature, words] of Object.entries(model.priors ?? {})) {
    const weight = ready.flags.get(feature);
    if (weight === undefined) continue;
    for (const word of words) ready.prior.set(word, (ready.prior.get(word) ?? 0) + weight);
  }
  compiled.set(model, ready);
  return ready;
}

function lexicalWeight(model: CompiledModel, c: TokenContext): number {
  let sum = model.lexical.get(c.lower);
  if (sum === undefined) {
    const suffix = suffixOf(c.lower);
    sum =
      (model.word.get(c.lower) ?? 0) +
      (model.stem.get(c.stem) ?? 0) +
      (suffix === undefined ? 0 : (model.suffix.get(suffix) ?? 0));
    sum += model.prior.get(c.lower) ?? 0;
    // The cache only saves work: start afresh rather than grow without bound.
    if (model.lexical.size >= LEXICAL_CACHE_LIMIT) model.lexical.clear();
    model.lexical.set(c.lower, sum);
  }
  return sum;
}

/** The log-odds that a token is part of loaded language: the same sum as over
 *  `featureNames(c)`, without building the names. */
export function tokenLogit(model: CompiledModel, c: TokenContext): number {
  let z = lexicalWeight(model, c);
  z += model.prev.get(c.prev) ?? 0;
  z += model.next.get(c.next) ?? 0;
  z += model.pairBefore.get(c.prevStem)?.get(c.stem) ?? 0;
  z += model.pairAfter.get(c.stem)?.get(c.nextStem) ?? 0;
  for (const flag of c.flags) z += model.flags.get(flag) ?? 0;
  return z;
}

/** The probability that a token is part of loaded language, by the weights alone. */
export function scoreToken(model: CompiledModel, c: TokenContext): number {
  return 1 / (1 + Math.exp(-tokenLogit(model, c)));
}
