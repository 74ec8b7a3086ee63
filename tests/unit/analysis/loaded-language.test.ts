import { describe, expect, it } from 'vitest';
import { decodeSpans } from '../../../src/analysis/loaded-language/decode';
import { findEpithets } from '../../../src/analysis/loaded-language/epithets';
import { extractFeatures } from '../../../src/analysis/loaded-language/features';
import { thresholdGrid } from '../../../src/analysis/loaded-language/select-thresholds';
import { valenceBucket, valenceOf } from '../../../src/analysis/loaded-language/valence';
import { stem } from '../../../src/analysis/text/stem';
import { detectLoadedLanguage } from '../../../src/analysis/loaded-language/detect-loaded-language';
import { trainLoadedLanguageModel } from '../../../src/analysis/loaded-language/train';
import { tokenize } from '../../../src/analysis/text/tokenize';
import { readSeed, SEED_FILES } from './read-seed';

const flagged = (text: string): string[] => detectLoadedLanguage(text).map((s) => s.exact);

describe('detectLoadedLanguage with the shipped model', () => {
  it.each([
    ['A blood-curdling massacre has shaken the nation.', 'blood-curdling'],
    ['Critics called the verdict a disgraceful travesty of justice.', 'disgraceful'],
    ['The senator launched a vicious smear against his rival.', 'smear'],
    ['This absurd, ridiculous plan is an utter disaster.', 'absurd'],
  ])('flags %j at the more point', (sentence, word) => {
    const found = detectLoadedLanguage(sentence, { point: 'more' });
    const hit = found.find((s) => s.exact.includes(word));
    expect(hit).toBeDefined();
    expect(hit?.tag).toBe('loaded-language');
    expect(sentence.slice(hit?.start, hit?.end)).toBe(hit?.exact);
    expect(hit?.reason).toMatch(/: '.+'$/);
  });

  it.each([
    'The committee met on Tuesday to discuss the budget for next year.',
    'The ministry said 132 people had crossed the border by Friday afternoon.',
    'He was born in 1961 and studied engineering at the local university.',
  ])('leaves the plain sentence %j alone', (sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });

  it('names the charged word in its reason', () => {
    const [first] = detectLoadedLanguage('It was a blood-curdling massacre.', { point: 'more' });
    expect(first?.reason).toMatch(/blood-curdling/);
  });

  it('flags the loaded wording of the seeds and nothing inside their links', () => {
    const text = readSeed('000_da10e5d0690c0007.txt');
    // "blood-curdling" is a suggestion of the more point; the default precise point is stricter.
    const all = detectLoadedLanguage(text, { point: 'more' })
      .map((s) => s.exact)
      .join(' | ');
    expect(all).toMatch(/blood-curdling/);
    expect(all).toMatch(/horrific/);
    const links = readSeed('004_f9f508b3207d511e.txt');
    for (const s of detectLoadedLanguage(links)) {
      expect(s.exact).not.toMatch(/https?:|www\./);
      const before = links.lastIndexOf(' ', s.start);
      expect(links.slice(before + 1, s.start)).not.toMatch(/^https?:\/\//);
    }
  });
});

describe('fewer false alarms', () => {
  const exacts = (text: string, point: 'precise' | 'more' = 'more') =>
    detectLoadedLanguage(text, { point }).map((s) => s.exact);

  it('never suggests neutral titles, institutions or literal descriptions', () => {
    const text =
      'Greek MEP Nikolas Farantouris said brutal security forces had dug a mass grave; ' +
      'casualty numbers rose as forces advanced and the horrific killings went on.';
    const found = exacts(text).join(' | ');
    expect(found).toMatch(/brutal/);
    expect(found).toMatch(/horrific/);
    for (const neutral of ['MEP', 'forces', 'mass grave', 'casualty numbers'])
      expect(found).not.toContain(neutral);
  });

  it('keeps a span to the charged word or phrase, not its neighbours', () => {
    for (const file of SEED_FILES) {
      for (const point of ['precise', 'more'] as const) {
        for (const s of detectLoadedLanguage(readSeed(file), { point }))
          expect(tokenize(s.exact).length, s.exact).toBeLessThanOrEqual(4);
      }
    }
  });

  it('suggests whole words, never part of a censored one', () => {
    const text = 'What the f*** is going on, this s**t is f***ing insane.';
    const found = detectLoadedLanguage(text, { point: 'more' });
    expect(found.map((s) => s.exact)).toContain('f***ing insane');
    for (const s of found) {
      expect(text.slice(s.start - 1, s.start), s.exact).not.toMatch(/[\p{L}\p{N}*]/u);
      expect(text.slice(s.end, s.end + 1), s.exact).not.toMatch(/[\p{L}\p{N}*]/u);
    }
  });

  it('leaves a person\'s direct quote alone unless asked, then marks it "in a quote"', () => {
    const text =
      'The protest was calm. "These barbaric thugs are butchering our people," the mayor said.';
    expect(exacts(text)).toEqual([]);
    const quoted = detectLoadedLanguage(text, { point: 'more', inQuotes: true });
    expect(quoted.length).toBeGreaterThan(0);
    for (const s of quoted) {
      expect(s.inQuote).toBe(true);
      expect(s.reason).toMatch(/^in a quote, /);
    }
  });

  it("suggests nothing in a page's footer, byline or comment prompt", () => {
    const body = Array.from(
      { length: 6 },
      (_, i) => `Paragraph ${i} tells of the horrific and brutal attack on the village.`,
    );
    const text = [
      'A headline',
      'By Jane Doe',
      ...body,
      'Jane Doe is a fearless journalist exposing the brutal, barbaric regime.',
      'Leave a Reply',
      '© 2025 Outrageous News. All rights reserved.',
    ].join('\n');
    const bodyEnd = text.indexOf('Jane Doe is');
    const found = detectLoadedLanguage(text, { point: 'more' });
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.start).toBeLessThan(bodyEnd);
  });

  it('suggests at the precise point (the default) only what the more point suggests too', () => {
    for (const file of SEED_FILES) {
      const text = readSeed(file);
      const more = detectLoadedLanguage(text, { point: 'more' });
      const precise = detectLoadedLanguage(text);
      expect(precise.length).toBeLessThanOrEqual(more.length);
      for (const s of precise)
        expect(more.some((m) => m.start < s.end && s.start < m.end)).toBe(true);
    }
  });
});

describe('labels pinned on people', () => {
  it('suggests "terrorist president" and "Jihadists" with a labelling reason', () => {
    const text =
      'Jihadists who have taken power are backed by the terrorist president, critics say.';
    const found = detectLoadedLanguage(text);
    for (const word of ['terrorist president', 'Jihadists']) {
      const hit = found.find((s) => s.exact.includes(word));
      expect(hit, word).toBeDefined();
      expect(hit?.reason).toMatch(/^labelling word: '.+'$/);
    }
  });

  it('finds a label set before a title, a name or "who", not before other words', () => {
    const text =
      'The terrorist president met Terrorist Jolani. Thugs, who ran. A terrorist attack.';
    const tokens = tokenize(text);
    const { charged } = extractFeatures(text);
    const words = findEpithets(text, tokens, charged).map(({ label, title }) =>
      [label, title ?? label].map((i) => tokens[i]?.lower).join(' '),
    );
    expect(words).toEqual(['terrorist president', 'terrorist terrorist', 'thugs thugs']);
  });

  it('leaves a neutral sentence about a president alone', () => {
    expect(flagged('The president met the foreign minister on Tuesday.')).toEqual([]);
  });
});

describe('decodeSpans', () => {
  const text = 'the truly horrific and shameful attack of them\nSavage';
  const tokens = tokenize(text);
  const p = (values: number[]): Float64Array => Float64Array.from(values);

  it('grows a confident seed over likely neighbours, trimming function words', () => {
    //           the  truly horrific and  shameful attack of  them Savage
    const probs = p([0.3, 0.3, 0.9, 0.3, 0.3, 0.2, 0.3, 0.0, 0.0]);
    const spans = decodeSpans(text, tokens, probs, { seed: 0.8, extend: 0.25 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['truly horrific and shameful']);
  });

  it('grows no further than the growth limit', () => {
    const probs = p([0.3, 0.3, 0.9, 0.3, 0.3, 0.2, 0.3, 0.0, 0.0]);
    const spans = decodeSpans(text, tokens, probs, { seed: 0.8, extend: 0.25, growth: 1 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['truly horrific']);
  });

  it('does not start a span below the seed threshold', () => {
    const probs = p([0.3, 0.3, 0.5, 0.3, 0.3, 0.2, 0.3, 0.0, 0.0]);
    expect(decodeSpans(text, tokens, probs, { seed: 0.8, extend: 0.25 })).toEqual([]);
  });

  it('never crosses a line break', () => {
    const probs = p([0, 0, 0, 0, 0, 0, 0, 0.9, 0.9]);
    const spans = decodeSpans(text, tokens, probs, { seed: 0.8, extend: 0.8 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Savage']);
  });
});

describe('valence and repetition features', () => {
  it('reads VADER valence by word or stem, bucketed by strength', () => {
    expect(valenceOf('horrific', stem('horrific'))).toBeLessThan(-3);
    expect(valenceOf('smears', stem('smears'))).toBeLessThan(0);
    expect(valenceOf('bridge', stem('bridge'))).toBe(0);
    expect(valenceBucket(-3.4)).toBe('-3');
    expect(valenceBucket(2.1)).toBe('+2');
    expect(valenceBucket(0.6)).toBe('0');
  });

  it('marks strongly valenced words, their neighbours and repeated words', () => {
    const { contexts } = extractFeatures('A horrific attack. The attack was reported.');
    expect(contexts[1]?.flags).toContain('v:-3');
    expect(contexts[2]?.flags).toContain('v-:-3');
    expect(contexts[2]?.flags).toContain('tf:2');
    expect(contexts[0]?.flags).toContain('tf:1');
  });
});

describe('thresholdGrid', () => {
  it('never extends above the seed and covers strict seeds for the precise point', () => {
    const grid = thresholdGrid();
    expect(grid.every((t) => t.extend <= t.seed)).toBe(true);
    expect(Math.max(...grid.map((t) => t.seed))).toBeGreaterThanOrEqual(0.8);
  });
});

describe('trainLoadedLanguageModel', () => {
  const make = (word: string, i: number) => {
    const text = `Report ${i}: the mayor gave a ${word} speech about the new bridge on Monday.`;
    const start = text.indexOf(word);
    return { text, positive: [{ start, end: start + word.length }] };
  };
  const docs = Array.from({ length: 12 }, (_, i) => make(i % 2 ? 'grotesque' : 'monstrous', i));

  it('learns from annotated texts which words are loaded', () => {
    const model = trainLoadedLanguageModel(docs, {
      epochs: 5,
      thresholds: { seed: 0.5, extend: 0.5 },
    });
    const found = detectLoadedLanguage('Later the mayor gave a grotesque speech.', { model });
    expect(found.map((s) => s.exact)).toEqual(['grotesque']);
    expect(model.weights.every(([name]) => !name.includes(' '))).toBe(true);
  });

  it('chooses the L2 penalty among those given on inner folds, and records it', () => {
    const model = trainLoadedLanguageModel(docs, { epochs: 5, l2Grid: [1e-6, 0.01] });
    expect([1e-6, 0.01]).toContain(model.l2);
    const found = detectLoadedLanguage('Later the mayor gave a grotesque speech.', { model });
    expect(found.map((s) => s.exact)).toEqual(['grotesque']);
  });
});
