import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/domain/content-hash';
import { displayTitle } from '../../../src/domain/document-title';
import { countWords } from '../../../src/domain/text-stats';

describe('contentHash', () => {
  it('is the hex SHA-256 of the UTF-8 text', async () => {
    expect(await contentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await contentHash('Syria’s')).not.toBe(await contentHash("Syria's"));
  });
});

describe('countWords', () => {
  it('counts words with apostrophes, hyphens and numbers as one each', () => {
    expect(countWords('A blood-curdling massacre of 7,000 people, Syria’s coast.')).toBe(8);
  });
  it('counts words in Arabic and ignores punctuation-only runs', () => {
    expect(countWords('مرحبا بالعالم — ... !')).toBe(2);
    expect(countWords('')).toBe(0);
  });
});

describe('displayTitle', () => {
  it('uses the stored title when there is one', () => {
    expect(displayTitle({ title: '  Headline ', text: 'Body' })).toBe('Headline');
  });
  it('falls back to the opening words, cut at a word boundary', () => {
    const text =
      'More than 1,000 people have been killed in two days of clashes between the forces of Syria’s Islamist government\nSecond';
    const title = displayTitle({ title: '', text });
    expect(title).toBe(
      'More than 1,000 people have been killed in two days of clashes between the…',
    );
    expect(title.length).toBeLessThanOrEqual(81);
  });
  it('uses a short first line whole, and names an empty document', () => {
    expect(displayTitle({ title: '', text: 'Short line\nmore' })).toBe('Short line');
    expect(displayTitle({ title: '', text: '' })).toBe('Untitled document');
  });
});
