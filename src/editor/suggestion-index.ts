import type { DecoratedRange, Text } from 'slate';
import type { Suggestion } from '../analysis';
import type { HighlightIndex } from './highlight-index';
import type { LeafSuggestion } from './slate-types';
import type { TextPositions } from './text-positions';

/**
 * Suggestions indexed by paragraph block, like highlights, and the two joined into what
 * `decorate` returns for a block. A joined list is made once per pair of block lists, so blocks
 * whose highlights and suggestions did not change keep the same array.
 */
type SuggestionDecoration = DecoratedRange & { suggestions: LeafSuggestion[] };

function mergeSuggestions(leaf: Text, decoration: object) {
  const { suggestions } = decoration as SuggestionDecoration;
  leaf.suggestions = leaf.suggestions ? [...leaf.suggestions, ...suggestions] : suggestions;
}

export function buildSuggestionIndex(
  suggestions: readonly Suggestion[],
  positions: TextPositions,
  keyOf: (s: Suggestion) => string,
): HighlightIndex {
  const index = new Map<number, DecoratedRange[]>();
  for (const suggestion of suggestions) {
    const { start, end } = suggestion;
    if (end <= start) continue;
    const leaf: LeafSuggestion = { key: keyOf(suggestion), tagId: suggestion.tag };
    for (let block = positions.blockAt(start); block <= positions.blockAt(end - 1); block += 1) {
      const blockStart = positions.starts[block] ?? 0;
      const blockEnd = (positions.starts[block + 1] ?? Infinity) - 1;
      const from = Math.max(start, blockStart) - blockStart;
      const to = Math.min(end, blockEnd) - blockStart;
      if (to <= from) continue;
      const decoration: SuggestionDecoration = {
        anchor: { path: [block, 0], offset: from },
        focus: { path: [block, 0], offset: to },
        suggestions: [leaf],
        merge: mergeSuggestions,
      };
      index.set(block, [...(index.get(block) ?? []), decoration]);
    }
  }
  return index;
}

const joined = new WeakMap<DecoratedRange[], WeakMap<DecoratedRange[], DecoratedRange[]>>();

/** Highlights and suggestions of one block, as one list; the same lists give the same array. */
export function joinDecorations(
  highlights: DecoratedRange[] | undefined,
  suggestions: DecoratedRange[] | undefined,
  none: DecoratedRange[],
): DecoratedRange[] {
  if (!suggestions) return highlights ?? none;
  if (!highlights) return suggestions;
  let bySuggestions = joined.get(highlights);
  if (!bySuggestions) joined.set(highlights, (bySuggestions = new WeakMap()));
  let both = bySuggestions.get(suggestions);
  if (!both) bySuggestions.set(suggestions, (both = [...highlights, ...suggestions]));
  return both;
}
