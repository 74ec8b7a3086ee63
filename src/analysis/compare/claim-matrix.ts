/**
 * The claim matrix: one row per claim, one cell per document, so a reader sees at a glance that
 * one outlet says "around 7,000", another "745 civilians" and a third "over 1,200", and who each
 * of them cites. A cell gathers the claim's passages in that document, in reading order.
 *
 * Only anchored annotations fill cells: a claim's annotation that was deleted, is orphaned (its
 * passage is no longer in the text) or belongs to a document not shown is left out. A document
 * with no passage for the claim gets an empty cell (`annotationIds` empty).
 */
import type { Annotation, Claim, SlantDocument } from '../../domain/types';
import { splitSentences, type TextSpan } from '../text/sentences';
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
  /** Sources named in the passages' sentences and/or `unattributed`, joined by `; `; else null. */
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

function cell(document: SlantDocument, sentences: TextSpan[], passages: Annotation[]): ClaimCell {
  const ordered = [...passages].sort(
    (a, b) => a.target.start - b.target.start || a.target.end - b.target.end,
  );
  const figures = [...new Set(ordered.flatMap((a) => extractFigures(a.target.exact)))];
  const attributions = ordered.map((a) => passageAttribution(document.text, sentences, a));
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
): ClaimRow[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const sentences = new Map<string, TextSpan[]>();
  const sentencesOf = (document: SlantDocument): TextSpan[] => {
    let found = sentences.get(document.id);
    if (!found) sentences.set(document.id, (found = splitSentences(document.text)));
    return found;
  };
  return claims.map((claim) => {
    const passages = [...new Set(claim.annotationIds)]
      .map((id) => byId.get(id))
      .filter((a): a is Annotation => a?.status === 'anchored');
    const cells = documents.map((document) => {
      const here = passages.filter((a) => a.documentId === document.id);
      return cell(document, here.length > 0 ? sentencesOf(document) : [], here);
    });
    return { claimId: claim.id, name: claim.name, note: claim.note, cells };
  });
}
