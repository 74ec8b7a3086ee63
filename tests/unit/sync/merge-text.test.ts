import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../src/sync/merge-text';

describe('mergeText: a note typed in two tabs at once', () => {
  it('keeps both tabs’ additions', () => {
    const base = 'Loaded word.';
    const ours = 'Loaded word. No source named.';
    const theirs = 'Very loaded word.';
    expect(mergeText(base, ours, theirs)).toBe('Very loaded word. No source named.');
  });

  it('takes the one side that changed', () => {
    expect(mergeText('a', 'a', 'ab')).toBe('ab');
    expect(mergeText('a', 'ab', 'a')).toBe('ab');
    expect(mergeText('a', 'ab', 'ab')).toBe('ab');
  });

  it('keeps both when both started from an empty note', () => {
    const merged = mergeText('', 'mine', 'theirs');
    expect(merged).toContain('mine');
    expect(merged).toContain('theirs');
    expect(merged).toHaveLength('minetheirs'.length);
  });

  it('keeps the other tab’s words when this one deleted elsewhere', () => {
    expect(mergeText('alpha beta gamma', 'alpha gamma', 'alpha beta gamma delta')).toBe(
      'alpha gamma delta',
    );
  });
});
