/**
 * Exports annotations as a W3C AnnotationCollection (a document's, a collection's or everyone's:
 * the caller chooses what to pass). By default the collection embeds one page holding every
 * annotation, so the file is complete on its own. With `pageSize`, annotations are split into
 * pages linked by `next`/`prev` IRIs, as the model requires; `toW3CPages` returns every page, to
 * be written or served beside the collection (whose `first` embeds page 1), and `fromW3C` reads
 * such a set back when given all of them in one array.
 *
 * Annotations come out grouped by document, in the documents' order, then by position: the order
 * a reader meets them. Annotations of documents not passed still export, named by their URN.
 * Claims passed with them ride on each of their annotations (`w3c-claims.ts`).
 */
import type { Annotation, Claim, SlantDocument, Tag } from '../../domain/types';
import { offsetConverter, type OffsetConverter } from '../../domain/code-points';
import { toW3CAnnotation } from './to-w3c-annotation';
import { claimRefsByAnnotation } from './w3c-claims';
import { W3C_CONTEXT } from './w3c-context';
import type { W3CAnnotation, W3CAnnotationCollection, W3CAnnotationPage } from './w3c-types';

export interface W3CExportInput {
  documents: readonly SlantDocument[];
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  /**
   * Claims linking the annotations; each annotation lists those it belongs to in `slant:claims`.
   * A claim's links to annotations not exported are simply not written.
   */
  claims?: readonly Claim[];
}

export interface W3CExportOptions {
  /** The collection's IRI; a fresh `urn:uuid:` by default. */
  id?: string;
  label?: string;
  generatedAt?: Date;
  /** Annotations per page; all in one page by default. */
  pageSize?: number;
}

export interface W3CPages {
  collection: W3CAnnotationCollection;
  /** Every page; `pages[0]` is the one the collection embeds as `first`. */
  pages: W3CAnnotationPage[];
}

const IDENTITY: OffsetConverter = { toCodePoints: (n) => n, toUtf16: (n) => n };

function readingOrder(
  annotations: readonly Annotation[],
  documents: readonly SlantDocument[],
): Annotation[] {
  const rank = new Map(documents.map((d, i) => [d.id, i]));
  return [...annotations].sort(
    (a, b) =>
      (rank.get(a.documentId) ?? documents.length) - (rank.get(b.documentId) ?? documents.length) ||
      a.documentId.localeCompare(b.documentId) ||
      a.target.start - b.target.start ||
      a.target.end - b.target.end,
  );
}

function items(input: W3CExportInput): W3CAnnotation[] {
  const documentsById = new Map(input.documents.map((d) => [d.id, d]));
  const tagsById = new Map(input.tags.map((t) => [t.id, t]));
  const claimsOf = claimRefsByAnnotation(input.claims ?? []);
  const converters = new Map<string, OffsetConverter>();
  return readingOrder(input.annotations, input.documents).map((annotation) => {
    const document = documentsById.get(annotation.documentId);
    let offsets = IDENTITY;
    if (document) {
      offsets = converters.get(document.id) ?? offsetConverter(document.text);
      converters.set(document.id, offsets);
    }
    const claims = claimsOf.get(annotation.id);
    return toW3CAnnotation(annotation, { document, offsets, tagsById, ...(claims && { claims }) });
  });
}

export function toW3CPages(input: W3CExportInput, options: W3CExportOptions = {}): W3CPages {
  const id = options.id ?? `urn:uuid:${crypto.randomUUID()}`;
  const all = items(input);
  const size =
    options.pageSize && options.pageSize >= 1 ? Math.floor(options.pageSize) : all.length || 1;
  const count = Math.ceil(all.length / size);
  const pageId = (index: number) => `${id}#page-${index + 1}`;
  const pages = Array.from({ length: count }, (_, index): W3CAnnotationPage => ({
    ...(index > 0 && { '@context': W3C_CONTEXT }),
    id: pageId(index),
    type: 'AnnotationPage',
    partOf: id,
    startIndex: index * size,
    items: all.slice(index * size, (index + 1) * size),
    ...(index + 1 < count && { next: pageId(index + 1) }),
    ...(index > 0 && { prev: pageId(index - 1) }),
  }));
  const collection: W3CAnnotationCollection = {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    ...(options.label !== undefined && { label: options.label }),
    total: all.length,
    generated: (options.generatedAt ?? new Date()).toISOString(),
    generator: { type: 'Software', name: 'Slant' },
    ...(count > 0 && { first: pages[0], last: pageId(count - 1) }),
  };
  return { collection, pages };
}

/** The collection, with every annotation in it unless `pageSize` splits them into pages. */
export function toW3C(
  input: W3CExportInput,
  options: W3CExportOptions = {},
): W3CAnnotationCollection {
  return toW3CPages(input, options).collection;
}
