import { describe, expect, it } from 'vitest';
import { detectLoadedLanguage } from '../../../src/analysis/loaded-language/detect-loaded-language';
import { toModel } from '../../../src/analysis/loaded-language/model';
import { trainLoadedLanguageModel } from '../../../src/analysis/loaded-language/train';
import {
  fitWordPriors,
  priorByWord,
  type WordVectors,
} from '../../../src/analysis/loaded-language/word-prior';

/** Three-dimensional stand-ins for word vectors: made-up words, so no word list knows them; the first axis is "loaded". */
const GRIM = ['zarvish', 'morbleck', 'quillow', 'drenn'];
function vectorsOf(words: readonly string[], commonRanks: number): WordVectors {
  const vectors = new Map<string, Float32Array>();
  const rank = new Map<string, number>();
  words.forEach((word, i) => {
    const grim = GRIM.includes(word);
    const wobble = ((i * 7) % 5) / 20;
    vectors.set(word, Float32Array.from(grim ? [4, wobble, 0] : [0, 1 - wobble, wobble]));
    rank.set(word, i);
  });
  return { dimensions: 3, vectors, rank, commonRanks };
}

const PLAIN = 'report the mayor gave a speech about new bridge on monday short long'.split(' ');
// "drenn" ranks last: a rare word, which only a training text could bring in.
const VECTORS = vectorsOf([...PLAIN, 'zarvish', 'morbleck', 'quillow', 'drenn'], 16);

function doc(word: string, i: number, marked = true) {
  const text = `Report ${i}: the mayor gave a ${word} speech about the new bridge on Monday.`;
  const start = text.indexOf(word);
  return { text, positive: marked ? [{ start, end: start + word.length }] : [] };
}
// The same sentence with plain words in the slot, unmarked: only the word tells them apart.
const DOCS = Array.from({ length: 24 }, (_, i) =>
  i % 2
    ? doc(i % 4 === 1 ? 'zarvish' : 'morbleck', i)
    : doc(i % 4 === 0 ? 'short' : 'long', i, false),
);

describe('fitWordPriors', () => {
  it('gives a word no text shows the prior of the marked words its vector is near', () => {
    const byWord = priorByWord(fitWordPriors(DOCS, VECTORS));
    expect(byWord.get('quillow')).toEqual([expect.stringMatching(/^e:[1-4]$/)]);
    expect(byWord.get('zarvish')).toEqual([expect.stringMatching(/^e:[1-4]$/)]);
    expect(byWord.has('bridge')).toBe(false);
    expect(byWord.has('speech')).toBe(false);
  });

  it('scores common words and the training words only, never a rare word no text has', () => {
    const byWord = priorByWord(fitWordPriors(DOCS, VECTORS));
    expect(byWord.has('drenn')).toBe(false);
    const withGhastly = [...DOCS, doc('drenn', 99)];
    expect(priorByWord(fitWordPriors(withGhastly, VECTORS)).has('drenn')).toBe(true);
  });
});

describe('a model with word priors', () => {
  const options = { epochs: 5, thresholds: { seed: 0.3, extend: 0.3 } };

  it('suggests a loaded word that no training text had, by its prior, and ships the prior', () => {
    const model = trainLoadedLanguageModel(DOCS, {
      ...options,
      wordPriors: fitWordPriors(DOCS, VECTORS),
    });
    const text = 'Later the mayor gave a quillow speech.';
    expect(detectLoadedLanguage(text, { model }).map((s) => s.exact)).toEqual(['quillow']);
    const without = trainLoadedLanguageModel(DOCS, options);
    expect(detectLoadedLanguage(text, { model: without })).toEqual([]);
    expect(toModel(JSON.parse(JSON.stringify(model))).priors).toEqual(model.priors);
  });

  it('chooses on inner folds whether to use the prior, fitting it on training texts only', () => {
    const model = trainLoadedLanguageModel(DOCS, { epochs: 5, wordVectors: VECTORS });
    if (model.priors) expect(priorByWord(model.priors).has('quillow')).toBe(true);
    const forced = trainLoadedLanguageModel(DOCS, {
      epochs: 5,
      wordVectors: VECTORS,
      wordPriorChoices: [true],
    });
    expect(priorByWord(forced.priors).has('quillow')).toBe(true);
    const never = trainLoadedLanguageModel(DOCS, {
      epochs: 5,
      wordVectors: VECTORS,
      wordPriorChoices: [false],
    });
    expect(never.priors).toBeUndefined();
  });

  it('ships the word clusters with or without the prior, a word in both getting both', () => {
    const wordClusters = { 'k:0': ['quillow', 'zarvish'], 'k:1': ['bridge', 'speech'] };
    const options = { epochs: 5, wordVectors: VECTORS, wordClusters };
    const never = trainLoadedLanguageModel(DOCS, { ...options, wordPriorChoices: [false] });
    expect(never.priors).toEqual(wordClusters);
    const forced = trainLoadedLanguageModel(DOCS, { ...options, wordPriorChoices: [true] });
    expect(priorByWord(forced.priors).get('quillow')).toEqual([
      expect.stringMatching(/^e:[1-4]$/),
      'k:0',
    ]);
  });

  it('is rejected when its priors are not word lists', () => {
    const model = { version: 1, thresholds: { seed: 0.5, extend: 0.5 }, weights: [] };
    expect(() => toModel({ ...model, priors: { 'e:1': 'quillow' } })).toThrow();
    expect(toModel({ ...model, priors: { 'e:1': ['quillow'] } }).priors).toEqual({
      'e:1': ['quillow'],
    });
  });
});
