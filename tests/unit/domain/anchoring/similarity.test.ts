import { describe, expect, it } from 'vitest';
import {
  hasExactContext,
  prefixScore,
  suffixScore,
} from '../../../../src/domain/anchoring/context-score';
import { similarity } from '../../../../src/domain/anchoring/similarity';

describe('similarity', () => {
  it.each([
    ['identical', 'coastal region', 'coastal region', 1],
    ['contained', 'the coastal region of', 'coastal region', 1],
    ['one substitution in ten', 'coastal rgion', 'coastal re', 0.9],
    ['one substitution in nine', 'Banias, S', 'Banyas, S', 8 / 9],
    ['empty actual', '', 'abc', 0],
    ['empty expected', 'abc', '', 1],
  ])('scores %s', (_name, actual, expected, score) => {
    expect(similarity(actual, expected)).toBeCloseTo(score, 10);
  });

  it('scores unrelated text low', () => {
    expect(similarity('zzzzzzzz', 'abcdefgh')).toBe(0);
  });
});

describe('context scores', () => {
  const text = 'In Banias, gunmen went from house to house.';
  const context = { prefix: 'In Banias, ', suffix: ' went from' };

  it('scores a perfect fit 1 on each side', () => {
    expect(prefixScore(text, 11, context)).toBe(1);
    expect(suffixScore(text, 17, context)).toBe(1);
    expect(hasExactContext(text, 11, 17, context)).toBe(true);
  });

  it('scores an edited side below 1', () => {
    const edited = 'In Baniyas, gunmen went from house to house.';
    // The 11 code units before the quote are "n Baniyas, ": "I" lost and "y" added, 2 errors.
    expect(prefixScore(edited, 12, context)).toBeCloseTo(9 / 11, 10);
    expect(hasExactContext(edited, 12, 18, context)).toBe(false);
  });

  it('treats empty context as the edge of the text', () => {
    const edges = { prefix: '', suffix: '' };
    expect(prefixScore(text, 0, edges)).toBe(1);
    expect(prefixScore(text, 3, edges)).toBe(0.5);
    expect(suffixScore(text, text.length, edges)).toBe(1);
    expect(suffixScore(text, 3, edges)).toBe(0.5);
    expect(hasExactContext(text, 0, text.length, edges)).toBe(true);
    expect(hasExactContext(text, 0, 5, edges)).toBe(false);
  });
});
