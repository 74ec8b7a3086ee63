import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../../src/domain/anchoring/describe';
import { MAX_ERRORS, maxErrorsFor } from '../../../../src/domain/anchoring/match-options';
import { matchQuote } from '../../../../src/domain/anchoring/match-quote';
import { loadSeeds } from './fixtures';

const article = loadSeeds().find((seed) => seed.name.startsWith('004'))?.text ?? '';

describe('maxErrorsFor', () => {
  it.each([
    [1, 0],
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [100, 25],
    [255, 63],
    [256, 64],
    [5000, 64],
  ])('allows a quote of %i code units %i errors', (length, errors) => {
    expect(maxErrorsFor(length)).toBe(errors);
  });

  it('caps errors at MAX_ERRORS', () => {
    expect(MAX_ERRORS).toBe(64);
  });
});

describe('matchQuote', () => {
  it('does not fuzzy-match quotes too short to allow an error', () => {
    const target = describeRange('the cat sat', 4, 7);
    expect(matchQuote('the cot sat', target)).toBeNull();
  });

  it('finds a short quote with one error and exact bounds', () => {
    const target = describeRange('the shelling resumed at dawn', 4, 12);
    expect(matchQuote('the shellng resumed at dawn', target)).toMatchObject({ start: 4, end: 11 });
  });

  it('finds nothing when no text is within a quarter of errors of the quote', () => {
    const text = 'Officials counted 745 civilians dead on the coast.';
    const target = describeRange(text, 18, 31); // "745 civilians"
    // "750 civilized" is 5 errors away from "745 civilians"; 13 code units allow 3.
    const unrelated = 'Reporters saw 750 civilized people at a market in Idlib yesterday.';
    expect(matchQuote(unrelated, target)).toBeNull();
    expect(matchQuote(unrelated.replace('750 civilized', '75 civilians'), target)).toMatchObject({
      start: 14,
      end: 26,
    });
  });

  it('re-finds a long quote (a whole paragraph) with several edits', () => {
    const start = article.indexOf('Residents of Banias');
    const end = article.indexOf('\n', start);
    expect(end - start).toBeGreaterThan(256);
    const target = describeRange(article, start, end);
    const edited =
      article.slice(0, start) +
      article
        .slice(start, end)
        .replace('strewn on', 'strewn across')
        .replace('for several hours', 'for hours')
        .replace('neighbors', 'neighbours') +
      article.slice(end);
    const newEnd = end + (' across'.length - ' on'.length) - ' several'.length + 1;
    expect(matchQuote(edited, target)).toMatchObject({ start, end: newEnd });
  });

  it('orphans a long quote rewritten beyond the error cap', () => {
    const start = article.indexOf('Residents of Banias');
    const end = article.indexOf('\n', start);
    const target = describeRange(article, start, end);
    const rewritten = 'People in the coastal town said many of the dead were left lying outside.';
    const edited = article.slice(0, start + 150) + rewritten + article.slice(end);
    expect(matchQuote(edited, target)).toBeNull();
  });

  it('prefers the candidate whose context fits, among equally close quotes', () => {
    const text = 'In Jableh the gunmen fired. Later in Banias the gunmen fired again.';
    const start = text.indexOf('gunmen fired again');
    const target = describeRange(text, start, start + 'gunmen fired'.length);
    // Both occurrences lose their "d": one error each, and the first is nearer position 0.
    const edited = text.replaceAll('gunmen fired', 'gunmen fire');
    expect(matchQuote(edited, { ...target, start: 0, end: 0 })).toMatchObject({
      start: start - 1,
      end: start - 1 + 'gunmen fire'.length,
    });
  });
});
