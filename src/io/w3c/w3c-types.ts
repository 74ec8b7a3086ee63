/**
 * The part of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that
 * Slant writes: text annotations with textual bodies, grouped in a collection of pages. Slant's
 * own data that the model has no place for travels in `slant:` properties, which the export's
 * @context defines (`w3c-context.ts`); other tools ignore them.
 */
import type { W3CContext } from './w3c-context';

export interface W3CTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Offsets in Unicode code points, end exclusive, as the model requires. */
export interface W3CTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type W3CTextSelector = W3CTextQuoteSelector | W3CTextPositionSelector;

export interface W3CSpecificResource {
  type: 'SpecificResource';
  /** The document's URL, or `urn:slant:doc:<id>` when it has none. */
  source: string;
  selector: W3CTextSelector[];
}

export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  /**
   * A tag body's tag, `urn:slant:tag:<id>`, so a re-import finds the same tag whatever its label.
   * Not the body's `id`: a body with an `id` and a `purpose` is an External Web Resource with a
   * purpose, which the model forbids (W3C test 3.3.5-bodyEWRNoPurpose). Files Slant wrote before
   * carry the tag's URN as the body's `id`, and still import.
   */
  'slant:tag'?: string;
  format?: 'text/plain';
}

export interface W3CAgent {
  type: 'Person' | 'Software';
  name: string;
  id?: string;
}

/**
 * A claim the annotation belongs to (`slant:claims`): passages of several documents linked under
 * one name. The same `id` in several annotations, of any documents, is the same claim.
 */
export interface W3CClaimRef {
  /** `urn:uuid:<claim id>`, or `urn:slant:claim:<id>` for an id that is not a UUID. */
  id: string;
  name: string;
  /** The claim's note, when it has one. */
  note?: string;
}

export interface W3CAnnotation {
  /** Only on an annotation serialised on its own; in a collection the collection's applies. */
  '@context'?: W3CContext;
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'commenting' | 'highlighting';
  body?: W3CTextualBody[];
  target: W3CSpecificResource;
  creator?: W3CAgent;
  created: string;
  modified: string;
  'slant:documentId': string;
  'slant:origin': 'manual' | 'suggestion';
  'slant:status': 'anchored' | 'orphaned';
  /** The layer (annotation set) the annotation is in: whose work it is. */
  'slant:layer': string;
  /** Tag-specific answers (`shouldCite`, `outletId`), when there are any. */
  'slant:fields'?: Record<string, string>;
  /** The claims linking this passage to others, when it belongs to any. */
  'slant:claims'?: W3CClaimRef[];
}

export interface W3CAnnotationPage {
  /** Only on a page serialised on its own (`toW3CPages`); an embedded page has the collection's. */
  '@context'?: W3CContext;
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: W3CAnnotation[];
  /** The next page's IRI: the model wants an IRI here, not an embedded page. */
  next?: string;
  prev?: string;
}

export interface W3CAnnotationCollection {
  '@context': W3CContext;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  generated: string;
  generator: W3CAgent;
  /** The first page, embedded; absent when there are no annotations (a page is never empty). */
  first?: W3CAnnotationPage;
  /** The last page's IRI. */
  last?: string;
}
