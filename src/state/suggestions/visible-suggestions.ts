/**
 * Which of a document's suggestions the reader should see: not those they rejected, not those an
 * annotation of the same tag already covers (accepted, or marked by hand), and only for tags the
 * taxonomy still has.
 */
import type { Suggestion } from '../../analysis';
import type { Annotation } from '../../domain/types';
import type { SuggestedPassage } from '../../storage/dismissed-suggestions-repository';

/** A suggestion's identity within its document. */
export const suggestionKey = (s: SuggestedPassage) => `${s.tag}|${s.start}|${s.end}`;

export function visibleSuggestions(
  suggestions: readonly Suggestion[],
  annotations: readonly Annotation[],
  dismissed: readonly SuggestedPassage[],
  tagIds: ReadonlySet<string>,
): Suggestion[] {
  const rejected = new Set(dismissed.map((d) => `${suggestionKey(d)}|${d.exact}`));
  const marked = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.status !== 'anchored') continue;
    for (const tag of a.tagIds) marked.set(tag, [...(marked.get(tag) ?? []), a]);
  }
  return suggestions.filter((s) => {
    if (!tagIds.has(s.tag)) return false;
    if (rejected.has(`${suggestionKey(s)}|${s.exact}`)) return false;
    const sameTag = marked.get(s.tag) ?? [];
    return !sameTag.some((a) => a.target.start < s.end && s.start < a.target.end);
  });
}
