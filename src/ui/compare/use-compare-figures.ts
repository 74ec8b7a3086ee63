/**
 * The Compare view's figures: one row per document from its accepted annotations and, when the
 * reader asks, from its suggestions too (analysed off the main thread, all detectors on), with
 * the sources each article names (from its attribution, worked out off the main thread too).
 */
import { useEffect, useMemo, useState } from 'react';
import {
  documentFigures,
  type ArticleAttribution,
  type DocumentFigures,
  type Suggestion,
} from '../../analysis';
import type { Annotation, Outlet, SlantDocument } from '../../domain/types';
import { useDismissedSuggestions } from '../../state/live-queries';
import { analyzeDocument, registryOf } from '../../state/suggestions/analyze-document';
import { visibleSuggestions } from '../../state/suggestions/visible-suggestions';

const ALL_DETECTORS = { loadedLanguage: true, unattributedClaims: true, outlets: true };

export function useCompareFigures(
  docs: readonly SlantDocument[],
  annotations: readonly Annotation[],
  outlets: readonly Outlet[],
  tagIds: ReadonlySet<string>,
  countSuggestions: boolean,
  attributions: ReadonlyMap<string, ArticleAttribution> | undefined,
) {
  const registry = useMemo(() => registryOf(outlets), [outlets]);
  const key = docs.map((d) => d.contentHash).join(',');
  const [analysed, setAnalysed] = useState<{
    key: string;
    byDocument?: ReadonlyMap<string, Suggestion[]>;
    error?: string;
  }>();

  useEffect(() => {
    if (!countSuggestions) return;
    let current = true;
    Promise.all(docs.map((d) => analyzeDocument(d, ALL_DETECTORS, registry))).then(
      (lists) =>
        current && setAnalysed({ key, byDocument: new Map(docs.map((d, i) => [d.id, lists[i]!])) }),
      (error: Error) => current && setAnalysed({ key, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [countSuggestions, docs, key, registry]);

  const dismissed = useDismissedSuggestions(docs.map((d) => d.id));
  const analysedNow = countSuggestions && analysed?.key === key ? analysed.byDocument : undefined;
  // Suggestions the reader rejected do not count; nor do those of tags no longer in the taxonomy.
  const suggestions = useMemo(() => {
    if (!analysedNow || !dismissed) return undefined;
    return new Map(
      [...analysedNow].map(([documentId, list]) => [
        documentId,
        visibleSuggestions(
          list,
          annotations.filter((a) => a.documentId === documentId),
          dismissed.filter((d) => d.documentId === documentId),
          tagIds,
        ),
      ]),
    );
  }, [analysedNow, dismissed, annotations, tagIds]);
  const rows = useMemo<DocumentFigures[]>(() => {
    const outletById = new Map(outlets.map((o) => [o.id, o]));
    return docs.map((document) => {
      const outlet = document.outletId ? outletById.get(document.outletId) : undefined;
      return documentFigures({
        document,
        annotations: annotations.filter((a) => a.documentId === document.id),
        ...(outlet && { affiliation: outlet.affiliation, outletName: outlet.name }),
        ...(suggestions && { suggestions: suggestions.get(document.id) ?? [] }),
        ...(attributions?.has(document.id) && { attribution: attributions.get(document.id) }),
      });
    });
  }, [docs, annotations, outlets, suggestions, attributions]);

  return {
    rows,
    suggestions,
    /** True while suggestions are asked for but not analysed yet. */
    analysing: countSuggestions && !analysedNow && !analysed?.error,
    error: countSuggestions && analysed?.key === key ? (analysed.error ?? null) : null,
  };
}
