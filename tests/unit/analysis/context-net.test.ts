import { describe, expect, it } from 'vitest';
import {
  contextLogits,
  toContextNet,
  type ContextNetData,
} from '../../../src/analysis/loaded-language/context/context-net';
import {
  CONTEXT_NET_DEFAULTS,
  trainContextNet,
} from '../../../src/analysis/loaded-language/context/train-context-net';
import {
  detectLoadedLanguage,
  SHIPPED_MODEL,
} from '../../../src/analysis/loaded-language/detect-loaded-language';
import { extractFeatures } from '../../../src/analysis/loaded-language/features';
import { toModel } from '../../../src/analysis/loaded-language/model';
import type { WordVectors } from '../../../src/analysis/loaded-language/word-prior';

/** Made-up words, so no word list knows them; the first axis of their vectors is "grim". */
const GRIM = ['zarvish', 'morbleck', 'quillow'];
const PLAIN = 'report the mayor gave a speech about new bridge on monday short long table'.split(
  ' ',
);

function vectorsOf(words: readonly string[]): WordVectors {
  const vectors = new Map<string, Float32Array>();
  const rank = new Map<string, number>();
  words.forEach((word, i) => {
    const wobble = ((i * 7) % 5) / 20;
    const grim = GRIM.includes(word);
    vectors.set(word, Float32Array.from(grim ? [4, wobble, 0] : [0, 1 - wobble, wobble]));
    rank.set(word, i);
  });
  return { dimensions: 3, vectors, rank, commonRanks: words.length };
}

const VECTORS = vectorsOf([...PLAIN, ...GRIM]);

function doc(word: string, i: number, marked: boolean) {
  const text = `Report ${i}: the mayor gave a ${word} speech about the new bridge on Monday.`;
  const start = text.indexOf(word);
  return { text, positive: marked ? [{ start, end: start + word.length }] : [] };
}
// Only the word in the slot tells the texts apart; "quillow" is in no training text.
const DOCS = Array.from({ length: 24 }, (_, i) =>
  i % 2
    ? doc(i % 4 === 1 ? 'zarvish' : 'morbleck', i, true)
    : doc(i % 4 === 0 ? 'short' : 'long', i, false),
);
const SMALL = {
  ...CONTEXT_NET_DEFAULTS,
  hidden: 8,
  projection: 2,
  epochs: 60,
  learningRate: 0.01,
  vocabulary: 100,
};

const slotLogit = (net: ContextNetData, word: string) => {
  const text = `The mayor gave a ${word} speech about the new bridge.`;
  const { contexts } = extractFeatures(text);
  return contextLogits(net, contexts)[4] as number;
};

describe('the context network of loaded language', () => {
  const net = trainContextNet(DOCS, VECTORS, SMALL);

  it('learns marked words and carries them to words with a similar vector that no text had', () => {
    expect(slotLogit(net, 'zarvish')).toBeGreaterThan(slotLogit(net, 'short') + 2);
    expect(slotLogit(net, 'quillow')).toBeGreaterThan(slotLogit(net, 'table') + 2);
    // A word it has no vector for is not taken for a grim one.
    expect(slotLogit(net, 'quillow')).toBeGreaterThan(slotLogit(net, 'blorp') + 2);
  });

  it('ships each word as a few bytes, and reads back from JSON', () => {
    expect(net.words).toContain('quillow');
    expect(atob(net.vectors).length).toBe(net.words.length * SMALL.projection);
    const copy = toContextNet(JSON.parse(JSON.stringify(net)));
    expect(slotLogit(copy, 'quillow')).toBeCloseTo(slotLogit(net, 'quillow'), 6);
    expect(() => toContextNet({ ...net, w1: net.w1.slice(1) })).toThrow(/context network/);
  });

  it('suggests, mixed into a model, what the weights alone do not know', () => {
    const weightsOnly = toModel({
      version: 1,
      thresholds: { seed: 0.5, extend: 0.5 },
      weights: [['b', -4]],
    });
    const mixed = toModel({ ...weightsOnly, context: { alpha: 0.3, net } });
    const text = 'The mayor gave a quillow speech about the new bridge.';
    const found = (model: typeof mixed) =>
      detectLoadedLanguage(text, { model, point: 'more' }).map((s) => s.exact);
    expect(found(weightsOnly)).toEqual([]);
    expect(found(mixed)).toEqual(['quillow']);
    // The reason says it is the word's setting, not the word, that annotated news marked.
    const [byNetwork] = detectLoadedLanguage(text, { model: mixed, point: 'more' });
    expect(byNetwork?.reason).toBe(
      "word that reads as loaded in this setting, judging by annotated news: 'quillow'",
    );
    const knownWord = toModel({ ...mixed, weights: [...mixed.weights, ['w:bridge', 30]] });
    const byWeights = detectLoadedLanguage(text, { model: knownWord, point: 'more' }).find(
      (s) => s.exact === 'bridge',
    );
    expect(byWeights?.reason).toBe(
      "wording often marked as loaded language in annotated news: 'bridge'",
    );
    expect(() => toModel({ ...weightsOnly, context: { alpha: 0.3, net: { version: 1 } } })).toThrow(
      /loaded-language model/,
    );
  });
});

describe('the built-in model', () => {
  it('mixes its weights with the built-in context network, which it refers to by its share', () => {
    const context = SHIPPED_MODEL.context;
    expect(context?.net).toBeUndefined();
    expect(context?.alpha).toBeGreaterThan(0);
    expect(context?.alpha).toBeLessThan(1);
  });
});
