/**
 * The IRIs Slant gives its records in exported files, and their inverses. W3C annotations need
 * IRIs for the annotation, its tags and its document; Slant's ids are plain strings (UUIDs for
 * annotations, slugs for tags), so each gets a URN that a later import can turn back into the id.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ANNOTATION_URN = 'urn:slant:annotation:';
export const TAG_URN = 'urn:slant:tag:';
export const DOCUMENT_URN = 'urn:slant:doc:';

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** `urn:uuid:<id>` for a UUID (RFC 4122's own IRI form), a Slant URN for any other id. */
export function annotationIri(id: string): string {
  return isUuid(id) ? `urn:uuid:${id}` : `${ANNOTATION_URN}${encodeURIComponent(id)}`;
}

export function tagIri(id: string): string {
  return `${TAG_URN}${encodeURIComponent(id)}`;
}

export function documentUrn(id: string): string {
  return `${DOCUMENT_URN}${encodeURIComponent(id)}`;
}

/** The id inside one of Slant's URNs with `prefix`, or undefined for any other IRI. */
export function idFromUrn(iri: string, prefix: string): string | undefined {
  if (!iri.toLowerCase().startsWith(prefix)) return undefined;
  try {
    const id = decodeURIComponent(iri.slice(prefix.length));
    return id.length > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Slant annotation id from an annotation IRI, when it carries one: `urn:uuid:<uuid>`, Slant's
 * own URN, RecogitoJS's `#<uuid>` or a bare UUID (Recogito's text annotator). Other tools' ids
 * (Hypothesis's `https://hypothes.is/a/…`) are not Slant ids: the caller derives one.
 */
export function annotationIdFromIri(iri: string): string | undefined {
  const uuid = iri.replace(/^urn:uuid:/i, '').replace(/^#/, '');
  if (isUuid(uuid)) return uuid;
  return idFromUrn(iri, ANNOTATION_URN);
}
