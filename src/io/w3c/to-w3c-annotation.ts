/**
 * One Slant annotation as a W3C Web Annotation. Every tag becomes a `tagging` body whose `value`
 * is its label (what Hypothesis and Recogito show) and whose `slant:tag` is the tag's URN (so a
 * re-import finds the tag whatever its label); the note becomes a `commenting` body. The target names the
 * document and carries both a quote and a position selector, the position in code points.
 * Slant-only data (document id, origin, status, layer, tag-specific fields, the claims it belongs to)
 * rides in `slant:` properties so that Slant → W3C → Slant loses nothing.
 */
import type { Annotation, SlantDocument, Tag } from '../../domain/types';
import type { OffsetConverter } from '../../domain/code-points';
import { annotationIri, tagIri } from './identifiers';
import { documentSource } from './source-url';
import type { W3CAnnotation, W3CClaimRef, W3CTextSelector, W3CTextualBody } from './w3c-types';

interface W3CAnnotationContext {
  /** The annotation's document, when it is among those exported. */
  document?: SlantDocument;
  /** Converts offsets in the document's text; identity when the document is missing. */
  offsets: OffsetConverter;
  tagsById: ReadonlyMap<string, Tag>;
  /** The claims the annotation belongs to (`w3c-claims.ts`); none when absent. */
  claims?: readonly W3CClaimRef[];
}

/** The model wants xsd:dateTime; a plain date (which Slant's type allows) becomes its midnight. */
function dateTime(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}

function bodies(annotation: Annotation, tagsById: ReadonlyMap<string, Tag>): W3CTextualBody[] {
  const tags = annotation.tagIds.map((id): W3CTextualBody => ({
    type: 'TextualBody',
    purpose: 'tagging',
    // A tag deleted since keeps its id; the id is the best label left for it.
    value: tagsById.get(id)?.label ?? id,
    'slant:tag': tagIri(id),
  }));
  if (annotation.note.length === 0) return tags;
  return [
    ...tags,
    { type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' },
  ];
}

function selectors(annotation: Annotation, offsets: OffsetConverter): W3CTextSelector[] {
  const { start, end, exact, prefix, suffix } = annotation.target;
  return [
    {
      type: 'TextQuoteSelector',
      exact,
      ...(prefix.length > 0 && { prefix }),
      ...(suffix.length > 0 && { suffix }),
    },
    {
      type: 'TextPositionSelector',
      start: offsets.toCodePoints(start),
      end: offsets.toCodePoints(end),
    },
  ];
}

export function toW3CAnnotation(
  annotation: Annotation,
  { document, offsets, tagsById, claims = [] }: W3CAnnotationContext,
): W3CAnnotation {
  const body = bodies(annotation, tagsById);
  const motivation =
    annotation.tagIds.length > 0
      ? 'tagging'
      : annotation.note.length > 0
        ? 'commenting'
        : 'highlighting';
  const hasFields = Object.keys(annotation.fields).length > 0;
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation,
    ...(body.length > 0 && { body }),
    target: {
      type: 'SpecificResource',
      source: documentSource(document ?? { id: annotation.documentId }),
      selector: selectors(annotation, offsets),
    },
    ...(annotation.annotator.length > 0 && {
      creator: { type: 'Person', name: annotation.annotator },
    }),
    created: dateTime(annotation.createdAt),
    modified: dateTime(annotation.updatedAt),
    'slant:documentId': annotation.documentId,
    'slant:origin': annotation.origin,
    'slant:status': annotation.status,
    'slant:layer': annotation.layerId,
    ...(hasFields && { 'slant:fields': { ...annotation.fields } }),
    ...(claims.length > 0 && { 'slant:claims': claims.map((claim) => ({ ...claim })) }),
  };
}
