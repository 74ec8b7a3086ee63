import type { Tag } from '../../domain/types';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The tag palette's filter: a tag whose key is the query comes first, then tags whose label
 * starts with it, then those with it anywhere in the label or description; an empty query
 * keeps every tag in order.
 */
export function filterTags(tags: readonly Tag[], query: string): Tag[] {
  const q = fold(query.trim());
  if (!q) return [...tags];
  const rank = (tag: Tag) => {
    const label = fold(tag.label);
    if (tag.shortcut && fold(tag.shortcut) === q) return 0;
    if (label.startsWith(q)) return 1;
    if (label.includes(q)) return 2;
    if (fold(tag.description ?? '').includes(q)) return 3;
    return -1;
  };
  return tags
    .map((tag) => ({ tag, rank: rank(tag) }))
    .filter((t) => t.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((t) => t.tag);
}
