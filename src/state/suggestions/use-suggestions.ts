/**
 * A document's suggestions, live: analysed off the main thread once per text and set of
 * detectors (and kept for documents opened again), then filtered by what the reader rejected
 * and annotated. `undefined` while the analysis runs or when suggestions are off.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Suggestion } from '../../analysis';
import type { Annotation, Outlet, SlantDocument } from '../../domain/types';
import { dismissedSuggestionsRepository } from '../../storage/dismissed-suggestions-repository';
import { db } from '../database';
import { analyzeOffThread } from './analyze-off-thread';
import { useSuggestionSettings } from './suggestion-settings';
import { visibleSuggestions } from './visible-suggestions';

const analysed = new Map<string, Suggestion[]>();
const CACHE_LIMIT = 8;

export interface SuggestionsState {
  suggestions: Suggestion[] | undefined;
  /** Set when the analysis failed; suggestions are then unavailable, nothing else is affected. */
  error: string | null;
}

export function useSuggestions(
  doc: SlantDocument,
  annotations: readonly Annotation[] | undefined,
  outlets: readonly Outlet[] | undefined,
  tagIds: ReadonlySet<string>,
  enabled: boolean,
): SuggestionsState {
  const settings = useSuggestionSettings();
  const on = enabled && settings.show;
  const registry = useMemo(
    () => (outlets ?? []).map(({ id, name, aliases, domains }) => ({ id, name, aliases, domains })),
    [outlets],
  );
  const { loadedLanguage, unattributedClaims, outlets: outletMentions } = settings.detectors;
  const cacheKey = JSON.stringify([doc.id, doc.contentHash, settings.detectors, registry]);
  const [result, setResult] = useState<{
    key: string;
    suggestions?: Suggestion[];
    error?: string;
  }>();

  useEffect(() => {
    if (!on || analysed.has(cacheKey)) return;
    let current = true;
    analyzeOffThread(doc.text, {
      loadedLanguage,
      unattributedClaims,
      outlets: outletMentions,
      registry,
    }).then(
      (suggestions) => {
        analysed.set(cacheKey, suggestions);
        if (analysed.size > CACHE_LIMIT) analysed.delete(analysed.keys().next().value!);
        if (current) setResult({ key: cacheKey, suggestions });
      },
      (error: Error) => current && setResult({ key: cacheKey, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [on, cacheKey, doc.text, loadedLanguage, unattributedClaims, outletMentions, registry]);

  const dismissed = useLiveQuery(
    () => dismissedSuggestionsRepository(db).listForDocument(doc.id),
    [doc.id],
  );
  const raw = analysed.get(cacheKey) ?? (result?.key === cacheKey ? result.suggestions : undefined);
  const suggestions = useMemo(
    () =>
      on && raw && annotations && dismissed
        ? visibleSuggestions(raw, annotations, dismissed, tagIds)
        : undefined,
    [on, raw, annotations, dismissed, tagIds],
  );
  const error = on && result?.key === cacheKey ? (result.error ?? null) : null;
  return { suggestions, error };
}
