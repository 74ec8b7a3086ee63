/**
 * A document's suggestions, live: analysed off the main thread once per text and set of
 * detectors, then filtered by what the reader rejected and annotated. `undefined` while the
 * analysis runs or when `enabled` is false.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Suggestion } from '../../analysis';
import type { Annotation, Outlet, SlantDocument } from '../../domain/types';
import { dismissedSuggestions, useLiveRead } from '../../storage';
import { analysedAlready, analysisKey, analyzeDocument, registryOf } from './analyze-document';
import { NO_LEARNED_MODELS, type InstalledModels } from './analyze-off-thread';
import { useSuggestionSettings } from './suggestion-settings';
import { visibleSuggestions } from './visible-suggestions';

export interface SuggestionsState {
  suggestions: Suggestion[] | undefined;
  /** Set when the analysis failed; suggestions are then unavailable, nothing else is affected. */
  error: string | null;
}

export function useSuggestions(
  doc: SlantDocument,
  /** The layer being edited: its annotations and rejections hide suggestions. */
  layerId: string,
  annotations: readonly Annotation[] | undefined,
  outlets: readonly Outlet[] | undefined,
  tagIds: ReadonlySet<string>,
  enabled: boolean,
  /** Models learned from the reader's annotations, suggesting beside the built-in detectors. */
  learned: InstalledModels = NO_LEARNED_MODELS,
): SuggestionsState {
  const detectors = useSuggestionSettings((s) => s.detectors);
  const tuning = useSuggestionSettings((s) => s.loadedLanguage);
  const registry = useMemo(() => registryOf(outlets), [outlets]);
  const key = analysisKey(doc, detectors, registry, tuning, learned);
  const [result, setResult] = useState<{
    key: string;
    suggestions?: Suggestion[];
    error?: string;
  }>();

  useEffect(() => {
    if (!enabled || analysedAlready(key)) return;
    let current = true;
    analyzeDocument(doc, detectors, registry, tuning, learned).then(
      (suggestions) => current && setResult({ key, suggestions }),
      (error: Error) => current && setResult({ key, error: error.message }),
    );
    return () => {
      current = false;
    };
    // `key` holds the learned models' revision: the models themselves need not be compared.
  }, [enabled, key, doc, detectors, registry, tuning]);

  const dismissed = useLiveRead(
    () => dismissedSuggestions.listForDocument(doc.id, layerId),
    [doc.id, layerId],
  );
  const raw = analysedAlready(key) ?? (result?.key === key ? result.suggestions : undefined);
  const suggestions = useMemo(
    () =>
      enabled && raw && annotations && dismissed
        ? visibleSuggestions(raw, annotations, dismissed, tagIds)
        : undefined,
    [enabled, raw, annotations, dismissed, tagIds],
  );
  const error = enabled && result?.key === key ? (result.error ?? null) : null;
  return { suggestions, error };
}
