/**
 * The JSON-LD `@context` of every W3C export: the Web Annotation context, then an object that
 * defines Slant's own `slant:` terms, so that a JSON-LD processor reads them as Slant means them
 * (and no key of an export is left undefined). Offline tools need not fetch anything for
 * Slant's part: it is written out in the file. Values of `@json` terms are JSON as they stand
 * (a tag's own field names, a claim's note), not more linked data.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Where Slant's terms live; a URN, like the rest of Slant's identifiers, never fetched. */
export const SLANT_VOCAB = 'urn:slant:vocab#';

/**
 * Slant's terms, each with its IRI. A new `slant:` property is added here and nowhere else.
 * `slant:layer` is the id of the annotation's layer (whose work it is), a plain string.
 */
export const SLANT_TERMS = {
  'slant:documentId': { '@id': `${SLANT_VOCAB}documentId` },
  'slant:origin': { '@id': `${SLANT_VOCAB}origin` },
  'slant:status': { '@id': `${SLANT_VOCAB}status` },
  'slant:layer': { '@id': `${SLANT_VOCAB}layer` },
  'slant:fields': { '@id': `${SLANT_VOCAB}fields`, '@type': '@json' },
  'slant:claims': { '@id': `${SLANT_VOCAB}claims`, '@type': '@json' },
  'slant:tag': { '@id': `${SLANT_VOCAB}tag`, '@type': '@id' },
} as const;

export type SlantTerm = keyof typeof SLANT_TERMS;

export const SLANT_CONTEXT = { '@version': 1.1, slant: SLANT_VOCAB, ...SLANT_TERMS } as const;

export const W3C_CONTEXT = [ANNO_CONTEXT, SLANT_CONTEXT] as const;

export type W3CContext = typeof W3C_CONTEXT;
