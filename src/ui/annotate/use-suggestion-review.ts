/**
 * Reviewing suggestions in the annotate view: which suggestions show, which one is active (the
 * one under the caret or last clicked), and accepting or rejecting them with a message for the
 * status line. The editor only draws them and reports the caret; this hook decides.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Suggestion } from '../../analysis';
import type { Annotation, Outlet, SlantDocument, Tag } from '../../domain/types';
import { buildSuggestionIndex } from '../../editor/suggestion-index';
import type { TextPositions } from '../../editor/text-positions';
import {
  acceptSuggestion,
  acceptSuggestions,
  rejectSuggestions,
} from '../../state/suggestions/suggestion-commands';
import { useSuggestionSettings } from '../../state/suggestions/suggestion-settings';
import { useLearning } from '../../state/suggestions/use-learning';
import { useSuggestions } from '../../state/suggestions/use-suggestions';
import { useLessonWithoutSuggestions } from '../../state/suggestions/use-suggestions-switched-off';
import { suggestionKey } from '../../state/suggestions/visible-suggestions';

const EMPTY: readonly Suggestion[] = [];

/** The innermost suggestion around a caret offset (a caret just after a word still counts). */
function suggestionAt(suggestions: readonly Suggestion[], offset: number) {
  let best: Suggestion | undefined;
  for (const s of suggestions) {
    if (s.start > offset) break;
    if (offset <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

export function useSuggestionReview(options: {
  doc: SlantDocument;
  /** The layer being edited: accepted suggestions join it, rejections are its reader's. */
  layerId: string;
  /** The layer's annotations: a passage already marked with the tag is not suggested. */
  annotations: readonly Annotation[] | undefined;
  outlets: readonly Outlet[] | undefined;
  tags: readonly Tag[] | undefined;
  positions: TextPositions;
  /** False while the text is being edited: offsets would shift under the suggestions. */
  enabled: boolean;
  say: (message: string) => void;
}) {
  const { doc, layerId, annotations, outlets, tags, positions, enabled, say } = options;
  const tagIds = useMemo(() => new Set((tags ?? []).map((t) => t.id)), [tags]);
  const show = useSuggestionSettings((s) => s.show);
  const lesson = useLessonWithoutSuggestions(doc.id);
  const on = enabled && show && lesson === null;
  const learning = useLearning(on);
  const { suggestions, error } = useSuggestions(
    doc,
    layerId,
    annotations,
    outlets,
    tagIds,
    on,
    learning.installed,
  );
  const list = suggestions ?? EMPTY;
  const byKey = useMemo(() => new Map(list.map((s) => [suggestionKey(s), s])), [list]);
  const index = useMemo(
    () => buildSuggestionIndex(list, positions, suggestionKey),
    [list, positions],
  );
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const active = activeKey ? byKey.get(activeKey) : undefined;
  const labelOf = (tagId: string) => tags?.find((t) => t.id === tagId)?.label ?? tagId;

  /** Makes the suggestion at the caret the active one; returns its key, if there is one. */
  const onCaretMove = useCallback(
    (offset: number | null) => {
      const found = offset === null ? undefined : suggestionAt(list, offset);
      const key = found ? suggestionKey(found) : null;
      setActiveKey(key);
      return key;
    },
    [list],
  );

  const accept = async (suggestion: Suggestion) => {
    const { saved } = acceptSuggestion(doc, layerId, suggestion);
    setActiveKey(null);
    say(`Accepted “${excerpt(suggestion.exact)}” as ${labelOf(suggestion.tag)}.`);
    await saved.catch((e: Error) => say(`Could not save the annotation: ${e.message}.`));
  };

  const reject = async (suggestion: Suggestion) => {
    setActiveKey(null);
    await rejectSuggestions(doc, layerId, [suggestion]).then(
      () => say(`Rejected the suggestion “${excerpt(suggestion.exact)}”. Ctrl+Z brings it back.`),
      (e: Error) => say(`Could not save the rejection: ${e.message}.`),
    );
  };

  const acceptAll = async (tagId: string) => {
    const ofTag = list.filter((s) => s.tag === tagId);
    await acceptSuggestions(doc, layerId, ofTag).then(
      (created) => say(`Accepted ${created.length} ${labelOf(tagId)} suggestions. Ctrl+Z undoes.`),
      (e: Error) => say(`Could not save the annotations: ${e.message}. Nothing was changed.`),
    );
  };

  const rejectAll = async (tagId: string) => {
    const ofTag = list.filter((s) => s.tag === tagId);
    await rejectSuggestions(doc, layerId, ofTag).then(
      () => say(`Rejected ${ofTag.length} ${labelOf(tagId)} suggestions. Ctrl+Z undoes.`),
      (e: Error) => say(`Could not save the rejections: ${e.message}. Nothing was changed.`),
    );
  };

  /** The next (or previous) suggestion from an offset, for Alt+Shift+arrows. */
  const neighbour = (from: number, direction: 1 | -1) =>
    direction === 1 ? list.find((s) => s.start > from) : list.findLast((s) => s.start < from);

  return {
    suggestions,
    error,
    /** What suggestions learned from the reader's annotations, per tag. */
    learning,
    /** Why suggestions cannot be shown for this document, if a lesson switched them off. */
    switchedOff: lesson ? `Your teacher switched suggestions off for “${lesson.title}”.` : null,
    index,
    byKey,
    active,
    setActiveKey,
    onCaretMove,
    accept,
    reject,
    acceptAll,
    rejectAll,
    neighbour,
  };
}

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
