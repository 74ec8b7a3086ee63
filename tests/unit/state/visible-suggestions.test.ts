import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/analysis';
import type { Annotation } from '../../../src/domain/types';
import { visibleSuggestions } from '../../../src/state/suggestions/visible-suggestions';

const suggestion = (tag: Suggestion['tag'], start: number, end: number): Suggestion => ({
  tag,
  start,
  end,
  exact: 'x'.repeat(end - start),
  reason: 'because',
});

const annotation = (tagIds: string[], start: number, end: number, status = 'anchored') =>
  ({ tagIds, target: { start, end }, status }) as Annotation;

const TAGS = new Set(['loaded-language', 'unattributed-claim']);

describe('visibleSuggestions', () => {
  const all = [
    suggestion('loaded-language', 0, 5),
    suggestion('loaded-language', 10, 15),
    suggestion('unattributed-claim', 10, 40),
    suggestion('outlet-affiliation', 50, 55),
  ];

  it('hides one an annotation of the same tag covers, but not one of another tag', () => {
    const shown = visibleSuggestions(all, [annotation(['loaded-language'], 12, 14)], [], TAGS);
    expect(shown.map((s) => [s.tag, s.start])).toEqual([
      ['loaded-language', 0],
      ['unattributed-claim', 10],
    ]);
  });

  it('ignores orphaned annotations, and hides tags the taxonomy no longer has', () => {
    const shown = visibleSuggestions(
      all,
      [annotation(['loaded-language'], 0, 5, 'orphaned')],
      [],
      TAGS,
    );
    expect(shown).toHaveLength(3);
    expect(shown.some((s) => s.tag === 'outlet-affiliation')).toBe(false);
  });

  it('hides a rejected one only where it was rejected, with the same words', () => {
    const rejected = { tag: 'loaded-language', start: 10, end: 15, exact: 'xxxxx' };
    const shown = visibleSuggestions(all, [], [rejected], TAGS);
    expect(shown.map((s) => s.start)).toEqual([0, 10]);
    expect(shown.find((s) => s.start === 10)?.tag).toBe('unattributed-claim');
    // The same place with other words (the text was edited) is a new suggestion.
    const changed = visibleSuggestions(all, [], [{ ...rejected, exact: 'other' }], TAGS);
    expect(changed).toHaveLength(3);
  });
});
