import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/analysis/text/sentences';
import { stem } from '../../../src/analysis/text/stem';
import { tokenize } from '../../../src/analysis/text/tokenize';

describe('tokenize', () => {
  it('keeps hyphenated and apostrophe words whole, with UTF-16 offsets', () => {
    const text = '😀 A blood-curdling, don’t-stop scene';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'A',
      'blood-curdling',
      'don’t-stop',
      'scene',
    ]);
    expect(tokens[0]?.start).toBe(3);
    expect(tokens[1]?.lower).toBe('blood-curdling');
  });

  it('keeps a censored word whole, and leaves a footnote asterisk out', () => {
    const text = 'The rules are f***ed up, a s**t show* indeed, what the f***';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'The',
      'rules',
      'are',
      'f***ed',
      'up',
      'a',
      's**t',
      'show',
      'indeed',
      'what',
      'the',
      'f***',
    ]);
  });
});

describe('splitSentences', () => {
  it('splits at stops and line breaks, but not after abbreviations or initials', () => {
    const text = 'Mr. Smith met George W. Bush in the U.S. capital. It rained!\nNew line here';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Smith met George W. Bush in the U.S. capital.',
      'It rained!',
      'New line here',
    ]);
  });
});

describe('stem', () => {
  it('maps inflections of a word to one key', () => {
    expect(new Set(['smear', 'smears', 'smeared', 'smearing'].map(stem)).size).toBe(1);
    expect(new Set(['slam', 'slammed', 'slamming'].map(stem)).size).toBe(1);
    expect(stem('atrocities')).toBe(stem('atrocity'));
    expect(stem('brutally')).toBe(stem('brutal'));
  });
});
