/**
 * anchor(describe(range)) === range, on the real seed articles (ARCHITECTURE.md §5): unchanged
 * text anchors by position; with the stored position lost or shifted, the quote and its context
 * alone must still land on the same offsets.
 */
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../../src/domain/anchoring/anchor';
import { describe as describeRange } from '../../../../src/domain/anchoring/describe';
import type { TextRange } from '../../../../src/domain/anchoring/text-range';
import { loadSeeds, prng, sentenceRanges } from './fixtures';

const seeds = loadSeeds();

function randomRanges(text: string, seed: number, count: number): TextRange[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 120);
    const start = Math.floor(random() * (text.length - length));
    return { start, end: start + length };
  });
}

function isAmbiguous(text: string, { start, end }: TextRange): boolean {
  const { prefix, exact, suffix } = describeRange(text, start, end);
  const whole = prefix + exact + suffix;
  const first = text.indexOf(whole);
  return text.indexOf(whole, first + 1) !== -1;
}

function edgeRanges(text: string): TextRange[] {
  const n = text.length;
  return [
    { start: 0, end: 1 },
    { start: 0, end: 40 },
    { start: n - 1, end: n },
    { start: n - 40, end: n },
    { start: 0, end: n },
  ];
}

describe.each(seeds)('round trip on $name', ({ text }) => {
  const ranges = [...sentenceRanges(text), ...randomRanges(text, 2025, 150), ...edgeRanges(text)];

  it('has enough ranges to mean something', () => {
    expect(sentenceRanges(text).length).toBeGreaterThan(15);
  });

  it('anchors every range by position when the text is unchanged', () => {
    for (const { start, end } of ranges) {
      expect(anchor(text, describeRange(text, start, end))).toEqual({
        status: 'anchored',
        start,
        end,
        method: 'position',
      });
    }
  });

  it('finds every range from quote and context when the position is wrong', () => {
    // A quote whose context is repeated word for word (inside a rule of underscores, say) is
    // ambiguous without its position; the nearest copy wins, which is tested in match-exact.
    const distinct = ranges.filter((range) => !isAmbiguous(text, range));
    expect(distinct.length).toBeGreaterThan(ranges.length * 0.9);
    for (const { start, end } of distinct) {
      const target = { ...describeRange(text, start, end), start: 0, end: 0 };
      expect(anchor(text, target)).toEqual({ status: 'anchored', start, end, method: 'exact' });
    }
  });

  it('follows every range when text is inserted at the start', () => {
    const inserted = 'Editor’s note: this article was updated on 9 March.\n';
    const edited = inserted + text;
    for (const { start, end } of ranges.filter((range) => !isAmbiguous(text, range))) {
      expect(anchor(edited, describeRange(text, start, end))).toEqual({
        status: 'anchored',
        start: start + inserted.length,
        end: end + inserted.length,
        method: 'exact',
      });
    }
  });
});

describe('round trip with curly apostrophes and characters beyond the BMP', () => {
  const text = [
    'Residents 🕊️ said they’d “never seen anything like it” in Jableh 🇸🇾.',
    'A mother 👩‍👧 said: “They’re gone.” Another added 😢 that help hadn’t come.',
    'Officials’ figures 𝟕,𝟎𝟎𝟎 could not be verified 🔍.',
  ].join('\n');

  const quotes = ['🕊️', 'they’d', '🇸🇾.', '👩‍👧 said: “They’re gone.”', 'hadn’t', '𝟕,𝟎𝟎𝟎', '🔍.'];

  it.each(quotes)('anchors %s by position and, with the position lost, by quote', (quote) => {
    const start = text.indexOf(quote);
    const end = start + quote.length;
    const target = describeRange(text, start, end);
    expect(anchor(text, target)).toEqual({ status: 'anchored', start, end, method: 'position' });
    expect(anchor(text, { ...target, start: 5, end: 5 })).toEqual({
      status: 'anchored',
      start,
      end,
      method: 'exact',
    });
  });

  it('round-trips every range between character boundaries', () => {
    const boundaries = Array.from(text.matchAll(/./gsu), (match) => match.index);
    boundaries.push(text.length);
    const random = prng(7);
    for (let i = 0; i < 300; i += 1) {
      const a = boundaries[Math.floor(random() * boundaries.length)] ?? 0;
      const b = boundaries[Math.floor(random() * boundaries.length)] ?? 0;
      if (a === b) continue;
      const [start, end] = a < b ? [a, b] : [b, a];
      const target = { ...describeRange(text, start, end), start: 0, end: 0 };
      expect(anchor(text, target)).toMatchObject({ status: 'anchored', start, end });
    }
  });
});
