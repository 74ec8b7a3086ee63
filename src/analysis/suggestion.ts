/**
 * What every detector returns: a suggested span for the reader to accept or dismiss. Suggestions
 * are never annotations by themselves; the editor turns an accepted one into an Annotation with
 * origin `suggestion`. Offsets follow the data model: UTF-16 code units, end exclusive.
 */

export type SuggestionTag = 'loaded-language' | 'unattributed-claim' | 'outlet-affiliation';

export interface Suggestion {
  /** A built-in detector's tag, or the tag of a model learned from the reader's annotations. */
  tag: SuggestionTag | (string & {});
  start: number;
  end: number;
  /** `text.slice(start, end)`, kept so a suggestion can be anchored like an annotation. */
  exact: string;
  /** A short sentence shown on hover, naming what triggered the suggestion. */
  reason: string;
  /** For `outlet-affiliation`: the registry outlet the mention matched, when there is one. */
  outletId?: string;
  /** Set when the span lies in a person's direct quote: the speaker's wording, not the outlet's. */
  inQuote?: true;
}

/** Orders suggestions by start, then longer first, then by tag, so output is deterministic. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return a.start - b.start || b.end - a.end || a.tag.localeCompare(b.tag);
}
