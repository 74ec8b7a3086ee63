/**
 * The claim matrix: one row per claim, one cell per document, so a reader sees at a glance that
 * one outlet says "around 7,000", another "745 civilians" and a third "over 1,200", and who each
 * of them cites. A cell gathers the claim's passages in that document, in reading order.
 *
 * Only anchored annotations fill cells: a claim's annotation that was deleted, is orphaned (its
 * passage is no longer in the text) or belongs to a document not shown is left out. A document
 * with no passage for the claim gets an empty cell (`annotationIds` empty).
 *
 * Attribution comes from each document's ArticleAttribution, computed where the NLP runs (the
 * suggestion worker, or the CLI); a document without one yet has no attribution in its cells.
 */
import type { Annotation, Claim, SlantDocument } from '../../domain/types';
import type { ArticleAttribution } from '../attribution/article-attribution';
import { distinctSources } from './distinct-sources';
import { extractFigures } from './extract-figures';
import { passageAttribution, UNATTRIBUTED } from './passage-attribution';

export interface ClaimCell {
  documentId: string;
  /** The claim's passages in this document, in reading order. */
  annotationIds: string[];
  /** Their exact quotes, joined by ` … `. */
  wording: string;
  /** Figures the passages state, with their hedges (extract-figures.ts). */
  figures: string[];
  /** Sources of the passages (passage-attribution.ts) and/or `unattributed`, joined by `; `;
   *  else null. */
  attribution: string | null;
}

export interface ClaimRow {
  claimId: string;
  name: string;
  note: string;
  /** One per document, in the order the documents were given. */
  cells: ClaimCell[];
}

export const WORDING_SEPARATOR = ' … ';

function cell(
  document: SlantDocument,
  article: ArticleAttribution | undefined,
  passages: Annotation[],
): ClaimCell {
  const ordered = [...passages].sort(
    (a, b) => a.target.start - b.target.start || a.target.end - b.target.end,
  );
  const figures = [...new Set(ordered.flatMap((a) => extractFigures(a.target.exact)))];
  const attributions = article
    ? ordered.map((a) => passageAttribution(article, a))
    : ordered.map((a) => (a.tagIds.includes('unattributed-claim') ? [UNATTRIBUTED] : []));
  const named = distinctSources(attributions.flat().filter((name) => name !== UNATTRIBUTED));
  const unattributed = attributions.some((list) => list.includes(UNATTRIBUTED));
  const attribution = [...named, ...(unattributed ? [UNATTRIBUTED] : [])].join('; ');
  return {
    documentId: document.id,
    annotationIds: ordered.map((a) => a.id),
    wording: ordered.map((a) => a.target.exact).join(WORDING_SEPARATOR),
    figures,
    attribution: attribution || null,
  };
}

export function claimMatrix(
  claims: readonly Claim[],
  annotations: readonly Annotation[],
  documents: readonly SlantDocument[],
  attributions: ReadonlyMap<string, ArticleAttribution>,
): ClaimRow[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  return claims.map((claim) => {
    const passages = [...new Set(claim.annotationIds)]
      .map((id) => byId.get(id))
      .filter((a): a is Annotation => a?.status === 'anchored');
    const cells = documents.map((document) => {
      const here = passages.filter((a) => a.documentId === document.id);
      return cell(document, attributions.get(document.id), here);
    });
    return { claimId: claim.id, name: claim.name, note: claim.note, cells };
  });
}
