/**
 * Fits the weights of the loaded-language model: logistic regression trained with AdaGrad, one
 * example per word token, labelled positive when the token overlaps an annotated span. Tokens of
 * long spans (over four words) weigh less: most of their words are ordinary, and counting them
 * fully taught the model to flag plain wording (chosen on inner splits of training data). Spans of
 * a related, weaker label (PTC's Name_Calling) may count as positives with a smaller weight.
 * Every word seen in training is a feature. Neighbour features (`p:`, `n:`, `pw:`, `wn:`), by
 * far the most numerous, are kept when seen twice and at least once on a positive token (the
 * word pairs of phrases annotators marked, which the model learns to recognise), or when common
 * (20 times): a word pair never marked and rarely seen adds size, not accuracy, and keeping only
 * the useful ones keeps the shipped model a modest weighted word list (chosen by 5-fold
 * cross-validation on the training split: F1 0.343 -> 0.357 held out).
 *
 * The same fit learns any tag from a reader's annotations (learn/train-tag-model.ts): spans they
 * rejected as suggestions weigh more as negatives, and a model to adapt (the built-in one for
 * loaded language) gives the starting weights, which the penalty then pulls towards.
 */
import type { TextSpan } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { extractFeatures, featureNames, type TokenFeatures } from './features';

/** Every token's feature names, kept with the text's features (which extractFeatures keeps for
 *  the texts seen last): cross-validation fits the same texts many times. */
const bagsOf = new WeakMap<TokenFeatures, string[][]>();

function featureBags(text: string): { features: TokenFeatures; bags: string[][] } {
  const features = extractFeatures(text);
  let bags = bagsOf.get(features);
  if (!bags) {
    bags = features.contexts.map((context) => featureNames(context));
    bagsOf.set(features, bags);
  }
  return { features, bags };
}

export interface TrainingDocument {
  text: string;
  positive: readonly TextSpan[];
  /** Spans that count as positive with weight `weakWeight`. */
  weak?: readonly TextSpan[];
  /** Spans a reader rejected as suggestions: their tokens (unless positive) are negatives that
   *  weigh `rejectedWeight`. */
  rejected?: readonly TextSpan[];
}

export interface FitOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen fewer times than this in training are left out. */
  minCount: number;
  /** The same for features about neighbouring words (`p:`, `n:`, `pw:`, `wn:`). */
  contextMinCount: number;
  /** Neighbour features seen on fewer positive tokens than this are left out, unless seen at
   *  least `contextMinCountWithoutPositive` times in all. */
  contextMinPositive: number;
  contextMinCountWithoutPositive: number;
  weakWeight: number;
  /** Positive tokens of gold spans longer than `longSpan` tokens count with `longSpanWeight`. */
  longSpan: number;
  longSpanWeight: number;
  /** Weights smaller than this in magnitude are left out of the model. */
  prune: number;
  seed: number;
  rejectedWeight: number;
  /** Weights to start from (a model to adapt); their features are kept whatever their count,
   *  and the L2 penalty pulls towards them with strength `priorStrength` instead of towards 0. */
  initial?: readonly (readonly [string, number])[];
  priorStrength: number;
  /** Word -> its prior's bucket feature (word-prior.ts), added to the word's features. */
  wordPriorFeatures?: ReadonlyMap<string, readonly string[]>;
}

const DEFAULT_FIT: FitOptions = {
  epochs: 6,
  learningRate: 0.1,
  l2: 1e-6,
  minCount: 1,
  contextMinCount: 2,
  contextMinPositive: 1,
  contextMinCountWithoutPositive: 20,
  weakWeight: 0,
  longSpan: 4,
  longSpanWeight: 0.3,
  prune: 0.08,
  seed: 1,
  rejectedWeight: 3,
  priorStrength: 0.001,
};

const CONTEXT_FEATURE = /^(?:p|n|pw|wn):/;

function overlaps(token: Token, spans: readonly TextSpan[]): boolean {
  return spans.some((span) => span.start < token.end && token.start < span.end);
}

/** For each token, the token count of the longest of `spans` it overlaps (0 for none). */
export function longestOverlapping(
  spans: readonly TextSpan[],
  tokens: readonly Token[],
): Int32Array {
  const longest = new Int32Array(tokens.length);
  for (const span of spans) {
    let first = 0;
    let hi = tokens.length;
    while (first < hi) {
      const mid = (first + hi) >> 1;
      if ((tokens[mid] as Token).end <= span.start) first = mid + 1;
      else hi = mid;
    }
    let last = first;
    while (last < tokens.length && (tokens[last] as Token).start < span.end) last += 1;
    for (let i = first; i < last; i += 1) longest[i] = Math.max(longest[i] as number, last - first);
  }
  return longest;
}

/** A small deterministic PRNG (mulberry32), so training (and the benchmarks' draws) are
 *  reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Examples {
  names: string[];
  /** Row r's feature ids are `ids[offsets[r] .. offsets[r + 1])`. */
  offsets: Int32Array;
  ids: Int32Array;
  labels: Float32Array;
  sampleWeights: Float32Array;
}

/** The token's features plus its prior's bucket, when its word has one. */
function withPrior(
  bag: string[],
  lower: string,
  priors: ReadonlyMap<string, readonly string[]> | undefined,
): string[] {
  const prior = priors?.get(lower);
  return prior === undefined ? bag : [...bag, ...prior];
}

function buildExamples(docs: readonly TrainingDocument[], options: FitOptions): Examples {
  const bags: string[][] = [];
  const labels: number[] = [];
  const sampleWeights: number[] = [];
  const counts = new Map<string, number>();
  const positives = new Map<string, number>();
  for (const doc of docs) {
    const { features, bags: textBags } = featureBags(doc.text);
    const { tokens } = features;
    const spanLengths = longestOverlapping(doc.positive, tokens);
    tokens.forEach((token, i) => {
      const bag = withPrior(textBags[i] ?? [], token.lower, options.wordPriorFeatures);
      for (const f of bag) counts.set(f, (counts.get(f) ?? 0) + 1);
      const spanTokens = spanLengths[i] as number;
      const positive = spanTokens > 0;
      if (positive) for (const f of bag) positives.set(f, (positives.get(f) ?? 0) + 1);
      const weak = !positive && doc.weak !== undefined && overlaps(token, doc.weak);
      const rejected = !positive && doc.rejected !== undefined && overlaps(token, doc.rejected);
      bags.push(bag);
      labels.push(positive || weak ? 1 : 0);
      sampleWeights.push(
        weak
          ? options.weakWeight
          : rejected
            ? options.rejectedWeight
            : spanTokens > options.longSpan
              ? options.longSpanWeight
              : 1,
      );
    });
  }
  const index = new Map<string, number>();
  const names: string[] = [];
  for (const [name] of options.initial ?? []) {
    index.set(name, names.length);
    names.push(name);
  }
  for (const [name, count] of counts) {
    if (index.has(name)) continue;
    const context = CONTEXT_FEATURE.test(name);
    const kept = context
      ? count >= options.contextMinCount &&
        ((positives.get(name) ?? 0) >= options.contextMinPositive ||
          count >= options.contextMinCountWithoutPositive)
      : count >= options.minCount;
    if (kept) {
      index.set(name, names.length);
      names.push(name);
    }
  }
  const offsets = new Int32Array(bags.length + 1);
  const ids: number[] = [];
  bags.forEach((bag, row) => {
    for (const f of bag) {
      const id = index.get(f);
      if (id !== undefined) ids.push(id);
    }
    offsets[row + 1] = ids.length;
  });
  return {
    names,
    offsets,
    ids: Int32Array.from(ids),
    labels: Float32Array.from(labels),
    sampleWeights: Float32Array.from(sampleWeights),
  };
}

function shuffle(order: Int32Array, next: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
}

export function fitWeights(
  docs: readonly TrainingDocument[],
  overrides: Partial<FitOptions> = {},
): [string, number][] {
  const options = { ...DEFAULT_FIT, ...overrides };
  const { names, offsets, ids, labels, sampleWeights } = buildExamples(docs, options);
  const weights = new Float64Array(names.length);
  (options.initial ?? []).forEach(([, weight], id) => {
    weights[id] = weight;
  });
  const prior = Float64Array.from(weights);
  const l2 = options.initial ? options.priorStrength : options.l2;
  const squares = new Float64Array(names.length).fill(1e-8);
  const order = Int32Array.from(labels, (_, i) => i);
  const next = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, next);
    for (const r of order) {
      const weight = sampleWeights[r] as number;
      if (weight === 0) continue;
      const from = offsets[r] as number;
      const to = offsets[r + 1] as number;
      let z = 0;
      for (let f = from; f < to; f += 1) z += weights[ids[f] as number] as number;
      const gradient = (1 / (1 + Math.exp(-z)) - (labels[r] as number)) * weight;
      for (let f = from; f < to; f += 1) {
        const id = ids[f] as number;
        const g = gradient + l2 * ((weights[id] as number) - (prior[id] as number));
        squares[id] = (squares[id] as number) + g * g;
        const step = (options.learningRate * g) / Math.sqrt(squares[id] as number);
        weights[id] = (weights[id] as number) - step;
      }
    }
  }
  return names
    .map((name, id): [string, number] => [name, Math.round((weights[id] as number) * 1000) / 1000])
    .filter(([, weight]) => Math.abs(weight) >= options.prune)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
