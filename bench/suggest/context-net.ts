/**
 * An experiment, not shipped: a small neural network that scores each token from the word
 * vectors of its context (the word and two neighbours on each side, in its sentence) and the
 * token's setting flags of features.ts (quotes, charged-word categories, valence, density...).
 * Where the linear model weighs words one by one, this network sees which words stand together.
 * `context-experiment.ts` measures what it adds to the linear model.
 *
 * One hidden layer of ReLU units, a sigmoid output, Adam on minibatches; negatives are sampled
 * (`negativeRate`) and the output shifted back by log(rate), so its probabilities stay
 * calibrated. Inputs are sparse (a vector per word position, flags), so a step costs
 * (non-zero inputs) x (hidden units). With `projection`, each word's vector first goes through a
 * linear map learned with the network (`WordProjection`), so a shipped model would need only the
 * projected vectors: a few bytes a word.
 */
import { seededRandom } from '../../src/analysis/loaded-language/fit-weights';
import { extractFeatures } from '../../src/analysis/loaded-language/features';
import type { TextSpan } from '../../src/analysis/text/sentences';

export interface ContextNetOptions {
  hidden: number;
  epochs: number;
  /** Neighbours on each side. */
  window: number;
  negativeRate: number;
  learningRate: number;
  weightDecay: number;
  seed: number;
  /** When above 0, each word's vector is first mapped to this many dimensions by a projection
   *  learned with the network (WordProjection): what a shipped model would store per word. */
  projection: number;
}

export const CONTEXT_NET_DEFAULTS: ContextNetOptions = {
  hidden: 32,
  epochs: 6,
  window: 2,
  negativeRate: 0.5,
  learningRate: 1e-3,
  weightDecay: 1e-5,
  seed: 7,
  projection: 0,
};

/** Word vectors by word, all of one length (unit length works best). */
export type VectorTable = ReadonlyMap<string, Float32Array>;

const CATEGORIES = ['charged', 'violent', 'intensifier', 'label'];
const VALENCES = ['-3', '-2', '-1', '0', '+1', '+2', '+3'];
const levels = (prefix: string, n: number) => Array.from({ length: n }, (_, d) => `${prefix}${d}`);
/** The setting flags of features.ts the network reads (every flag but the word's own). */
const FLAGS = [
  ...['b', 'q', 'caps', 'cap', '!', 't', 'h', 'num', 'tf:1', 'tf:2', 'tf:3', 'tf:5'],
  ...levels('d:', 7),
  ...levels('sc:', 4),
  ...VALENCES.flatMap((v) => [`v:${v}`, `v-:${v}`, `v+:${v}`]),
  ...CATEGORIES.flatMap((c) => [`c:${c}`, `c-:${c}`, `c+:${c}`, ...levels(`cd:${c}`, 7)]),
];
const FLAG_INDEX = new Map(FLAGS.map((flag, i) => [flag, i]));

/** A token's inputs: the indices and values of those that are not 0. */
export interface SparseInput {
  index: Int32Array;
  value: Float32Array;
}

/** A text's tokens as sparse network inputs, with their labels. */
export interface EncodedText {
  inputs: SparseInput[];
  labels: Uint8Array;
}

function inputSize(dimensions: number, window: number): number {
  // Per position: the vector, "no vector for this word", "no word here (sentence edge)".
  return (2 * window + 1) * (dimensions + 2) + FLAGS.length;
}

export function encodeText(
  text: string,
  gold: readonly TextSpan[],
  vectors: VectorTable,
  dimensions: number,
  window: number,
): EncodedText {
  const { tokens, contexts } = extractFeatures(text);
  const sentence = new Int32Array(tokens.length);
  for (let i = 1; i < tokens.length; i += 1)
    sentence[i] = (sentence[i - 1] as number) + (contexts[i]?.prev === '<s>' ? 1 : 0);
  const per = dimensions + 2;
  const inputs = tokens.map((_, i) => {
    const index: number[] = [];
    const value: number[] = [];
    for (let k = -window; k <= window; k += 1) {
      const j = i + k;
      const offset = (k + window) * per;
      const vector =
        j >= 0 && j < tokens.length && sentence[j] === sentence[i]
          ? (vectors.get((tokens[j] as { lower: string }).lower) ?? null)
          : undefined;
      if (vector === undefined) {
        index.push(offset + dimensions + 1);
        value.push(1);
      } else if (vector === null) {
        index.push(offset + dimensions);
        value.push(1);
      } else {
        vector.forEach((x, d) => {
          index.push(offset + d);
          value.push(x);
        });
      }
    }
    for (const flag of contexts[i]?.flags ?? []) {
      const f = FLAG_INDEX.get(flag);
      if (f === undefined) continue;
      index.push((2 * window + 1) * per + f);
      value.push(1);
    }
    return { index: Int32Array.from(index), value: Float32Array.from(value) };
  });
  const labels = Uint8Array.from(tokens, (t) =>
    gold.some((g) => g.start < t.end && t.start < g.end) ? 1 : 0,
  );
  return { inputs, labels };
}

export class ContextNet {
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  b2 = 0;
  private readonly h: Float32Array;

  constructor(
    readonly size: number,
    readonly hidden: number,
    random: () => number,
  ) {
    const gauss = () =>
      Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
    this.w1 = Float32Array.from({ length: hidden * size }, () => gauss() * Math.sqrt(2 / size));
    this.b1 = new Float32Array(hidden);
    this.w2 = Float32Array.from({ length: hidden }, () => gauss() * Math.sqrt(1 / hidden));
    this.h = new Float32Array(hidden);
  }

  /** The output logit; leaves the hidden activations in `h` for a training step. */
  logit(x: SparseInput): number {
    let z = this.b2;
    for (let j = 0; j < this.hidden; j += 1) {
      let a = this.b1[j] as number;
      const row = j * this.size;
      for (let t = 0; t < x.index.length; t += 1)
        a += (this.w1[row + (x.index[t] as number)] as number) * (x.value[t] as number);
      const active = a > 0 ? a : 0;
      this.h[j] = active;
      z += (this.w2[j] as number) * active;
    }
    return z;
  }

  /** Adds the loss gradient of one example (output error `dz`) to `grads` [w1, b1, w2], and
   *  the gradient of each of its inputs to `inputGrad`, when given. */
  addGradient(x: SparseInput, dz: number, grads: Float32Array[], inputGrad?: Float32Array): void {
    const [g1, gb1, g2] = grads as [Float32Array, Float32Array, Float32Array];
    for (let j = 0; j < this.hidden; j += 1) {
      const active = this.h[j] as number;
      g2[j] = (g2[j] as number) + dz * active;
      if (active <= 0) continue;
      const dh = dz * (this.w2[j] as number);
      gb1[j] = (gb1[j] as number) + dh;
      const row = j * this.size;
      for (let t = 0; t < x.index.length; t += 1) {
        const at = row + (x.index[t] as number);
        g1[at] = (g1[at] as number) + dh * (x.value[t] as number);
        if (inputGrad) inputGrad[t] = (inputGrad[t] as number) + dh * (this.w1[at] as number);
      }
    }
  }
}

/**
 * A linear map of each word's vector to `size` dimensions, learned with the network: the encoded
 * inputs (vectors, markers, flags) become the same inputs with projected vectors. Once trained,
 * `roundTo8Bits` rounds the projected vectors as a shipped model would store them.
 */
export class WordProjection {
  readonly weights: Float32Array;
  private scale = 0;

  constructor(
    readonly size: number,
    readonly dimensions: number,
    readonly window: number,
    random: () => number,
  ) {
    const spread = Math.sqrt(1 / dimensions);
    this.weights = Float32Array.from(
      { length: size * dimensions },
      () => (2 * random() - 1) * spread * Math.sqrt(3),
    );
  }

  get positions(): number {
    return 2 * this.window + 1;
  }

  /** Where raw input `r` sits: a vector component (position, dimension), or elsewhere. */
  private locate(r: number): { position: number; dimension: number } {
    const per = this.dimensions + 2;
    if (r >= this.positions * per) return { position: -1, dimension: r - this.positions * per };
    const position = Math.floor(r / per);
    return { position, dimension: r - position * per };
  }

  project(x: SparseInput): SparseInput {
    const { size, dimensions } = this;
    const per = size + 2;
    const projected = new Float32Array(this.positions * size);
    const hasVector = new Uint8Array(this.positions);
    const index: number[] = [];
    const value: number[] = [];
    x.index.forEach((r, t) => {
      const { position, dimension } = this.locate(r);
      const v = x.value[t] as number;
      if (position === -1) {
        index.push(this.positions * per + dimension);
        value.push(v);
      } else if (dimension >= dimensions) {
        index.push(position * per + size + (dimension - dimensions));
        value.push(v);
      } else {
        hasVector[position] = 1;
        for (let c = 0; c < size; c += 1) {
          const at = position * size + c;
          projected[at] =
            (projected[at] as number) + (this.weights[c * dimensions + dimension] as number) * v;
        }
      }
    });
    hasVector.forEach((has, position) => {
      if (!has) return;
      for (let c = 0; c < size; c += 1) {
        let e = projected[position * size + c] as number;
        if (this.scale > 0) e = (Math.round((e / this.scale) * 127) * this.scale) / 127;
        index.push(position * per + c);
        value.push(e);
      }
    });
    return { index: Int32Array.from(index), value: Float32Array.from(value) };
  }

  /** Adds the gradient of the weights, given the gradient of each projected input. */
  addGradient(x: SparseInput, projected: SparseInput, inputGrad: Float32Array, grad: Float32Array) {
    const per = this.size + 2;
    const outer = new Float32Array(this.positions * this.size);
    projected.index.forEach((i, t) => {
      const position = Math.floor(i / per);
      const c = i - position * per;
      if (position < this.positions && c < this.size)
        outer[position * this.size + c] = inputGrad[t] as number;
    });
    x.index.forEach((r, t) => {
      const { position, dimension } = this.locate(r);
      if (position === -1 || dimension >= this.dimensions) return;
      const v = x.value[t] as number;
      for (let c = 0; c < this.size; c += 1) {
        const at = c * this.dimensions + dimension;
        grad[at] = (grad[at] as number) + (outer[position * this.size + c] as number) * v;
      }
    });
  }

  /** Rounds projected vectors to 8 bits, on the scale of the largest among `vectors`. */
  roundTo8Bits(vectors: Iterable<Float32Array>): void {
    let largest = 0;
    for (const v of vectors) {
      for (let c = 0; c < this.size; c += 1) {
        let e = 0;
        v.forEach((x, d) => (e += (this.weights[c * this.dimensions + d] as number) * x));
        largest = Math.max(largest, Math.abs(e));
      }
    }
    this.scale = largest;
  }
}

/** A trained network, with the projection its inputs go through (if any). */
export interface TrainedContextNet {
  /** A token's log-odds of being loaded language. */
  logit(x: SparseInput): number;
  projection?: WordProjection;
}

/** Trains a network on encoded texts; its `logit` scores a token of another text. */
export function trainContextNet(
  texts: readonly EncodedText[],
  dimensions: number,
  options: ContextNetOptions = CONTEXT_NET_DEFAULTS,
): TrainedContextNet {
  const random = seededRandom(options.seed);
  const projection =
    options.projection > 0
      ? new WordProjection(options.projection, dimensions, options.window, random)
      : undefined;
  const width = inputSize(projection ? projection.size : dimensions, options.window);
  const net = new ContextNet(width, options.hidden, random);
  const params = [net.w1, net.b1, net.w2, ...(projection ? [projection.weights] : [])];
  const grads = params.map((p) => new Float32Array(p.length));
  const first = params.map((p) => new Float32Array(p.length));
  const second = params.map((p) => new Float32Array(p.length));
  let bias = { m: 0, v: 0 };
  const [beta1, beta2, batch] = [0.9, 0.999, 32];
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const chosen: [number, number][] = [];
    texts.forEach((text, t) => {
      text.labels.forEach((label, i) => {
        if (label || random() < options.negativeRate) chosen.push([t, i]);
      });
    });
    for (let i = chosen.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [chosen[i], chosen[j]] = [chosen[j] as [number, number], chosen[i] as [number, number]];
    }
    for (let from = 0; from < chosen.length; from += batch) {
      for (const g of grads) g.fill(0);
      let biasGrad = 0;
      const to = Math.min(chosen.length, from + batch);
      for (const [t, i] of chosen.slice(from, to)) {
        const text = texts[t] as EncodedText;
        const raw = text.inputs[i] as SparseInput;
        const x = projection ? projection.project(raw) : raw;
        const p = 1 / (1 + Math.exp(-net.logit(x)));
        const dz = p - (text.labels[i] as number);
        biasGrad += dz;
        if (!projection) {
          net.addGradient(x, dz, grads);
          continue;
        }
        const inputGrad = new Float32Array(x.index.length);
        net.addGradient(x, dz, grads, inputGrad);
        projection.addGradient(raw, x, inputGrad, grads[3] as Float32Array);
      }
      step += 1;
      const n = to - from;
      const c1 = 1 - beta1 ** step;
      const c2 = 1 - beta2 ** step;
      const rate = options.learningRate;
      params.forEach((param, k) => {
        const [g, m, v] = [grads[k], first[k], second[k]] as [
          Float32Array,
          Float32Array,
          Float32Array,
        ];
        for (let q = 0; q < param.length; q += 1) {
          const gq = (g[q] as number) / n + options.weightDecay * (param[q] as number);
          const mq = beta1 * (m[q] as number) + (1 - beta1) * gq;
          const vq = beta2 * (v[q] as number) + (1 - beta2) * gq * gq;
          m[q] = mq;
          v[q] = vq;
          param[q] = (param[q] as number) - (rate * (mq / c1)) / (Math.sqrt(vq / c2) + 1e-8);
        }
      });
      const gb = biasGrad / n;
      bias = { m: beta1 * bias.m + (1 - beta1) * gb, v: beta2 * bias.v + (1 - beta2) * gb * gb };
      net.b2 -= (rate * (bias.m / c1)) / (Math.sqrt(bias.v / c2) + 1e-8);
    }
  }
  // Negatives were sampled: shift the output back to the full set's odds.
  net.b2 += Math.log(options.negativeRate);
  if (!projection) return { logit: (x) => net.logit(x) };
  return { logit: (x) => net.logit(projection.project(x)), projection };
}
