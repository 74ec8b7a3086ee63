/**
 * One article's row in the Compare table: how long it is, how much loaded language and how many
 * unattributed claims the reader marked, how many sentences cite a source and which sources.
 *
 * Marked figures count anchored annotations (and, when given, suggestions; see counted-spans.ts).
 * Attributed claims and sources come from the article's attribution (computed off the main thread,
 * attribution/article-attribution.ts): sentences that name a source or a speaker, except a
 * sentence holding a marked unattributed claim. The reader's mark wins over the detector, so no
 * sentence is counted both attributed and unattributed, and "While other sources report lower
 * numbers, he warned ..." counts as unattributed only.
 */
import { countWords } from '../../domain/text-stats';
import type { Affiliation, Annotation, SlantDocument } from '../../domain/types';
import type { ArticleAttribution } from '../attribution/article-attribution';
import type { Suggestion } from '../suggestion';
import { countedSpans, type CountedSpan } from './counted-spans';
import { keyedRecord } from '../../domain/keyed-record';

export interface DocumentFiguresInput {
  document: SlantDocument;
  /** May hold other documents' annotations; only this document's anchored ones count. */
  annotations: readonly Annotation[];
  affiliation?: Affiliation;
  outletName?: string;
  /** The detectors' suggestions, when the reader counts them too. */
  suggestions?: readonly Suggestion[];
  /** Who the text cites; without it (not analysed yet) attributed claims and sources are 0. */
  attribution?: ArticleAttribution;
}

export interface DocumentFigures {
  documentId: string;
  title: string;
  outletName: string | null;
  /** `unknown` when no outlet, or no affiliation, was given. */
  affiliation: Affiliation;
  words: number;
  /** Spans tagged `loaded-language`. */
  loadedLanguage: number;
  /** `loadedLanguage` per 1,000 words, unrounded; 0 for an empty text. */
  loadedPer1000Words: number;
  /** Spans tagged `unattributed-claim`. */
  unattributedClaims: number;
  /** Sentences that name a source and hold no unattributed claim. */
  attributedClaims: number;
  /** Distinct sources named, by their fullest name (distinct-sources.ts). */
  sourcesNamed: string[];
  /** Spans per tag id, for every tag used. */
  tagCounts: Record<string, number>;
}

function overlapsAny(start: number, end: number, spans: readonly CountedSpan[]): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

export function documentFigures(input: DocumentFiguresInput): DocumentFigures {
  const { document } = input;
  const spans = countedSpans(document.id, input.annotations, input.suggestions);
  const tagCounts = keyedRecord<number>();
  for (const span of spans) tagCounts[span.tagId] = (tagCounts[span.tagId] ?? 0) + 1;

  const unattributed = spans.filter((s) => s.tagId === 'unattributed-claim');
  let attributedClaims = 0;
  const { attribution } = input;
  attribution?.sentences.forEach(({ start, end }, index) => {
    if (attribution.attributed[index] && !overlapsAny(start, end, unattributed)) {
      attributedClaims += 1;
    }
  });

  const words = countWords(document.text);
  const loadedLanguage = tagCounts['loaded-language'] ?? 0;
  return {
    documentId: document.id,
    title: document.title,
    outletName: input.outletName ?? null,
    affiliation: input.affiliation ?? 'unknown',
    words,
    loadedLanguage,
    loadedPer1000Words: words === 0 ? 0 : (loadedLanguage * 1000) / words,
    unattributedClaims: unattributed.length,
    attributedClaims,
    sourcesNamed: attribution?.sources ?? [],
    tagCounts,
  };
}
