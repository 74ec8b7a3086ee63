/**
 * What an annotation's bodies say, in Slant's terms: tags and a note. `tagging` bodies (and
 * `classifying` ones) are tags; textual bodies with any other purpose (`commenting`, `describing`,
 * a Recogito `replying`, or none, as Hypothesis writes its note) join the note; a body that only
 * links somewhere (`identifying`, `linking`) joins the note as its link, so nothing is dropped.
 * A body without a purpose takes the annotation's motivation, as the W3C model says.
 * Hypothesis's own API format keeps tags in `tags` and the note in `text`; both are read too.
 */
import { agentName } from './read-creator';
import { asList, asString, idOf, isObject, type JsonObject } from '../shared';

export interface ForeignTag {
  /** The tag's IRI, when the body gives one (Slant's `urn:slant:tag:<id>`). */
  iri?: string;
  label: string;
}

interface ReadBodies {
  tags: ForeignTag[];
  note: string;
}

const TAG_PURPOSES = new Set(['tagging', 'classifying']);

function textOf(body: JsonObject): string | undefined {
  return asString(body.value) ?? asString(body.chars) ?? asString(body['rdf:value']);
}

/** The last readable piece of an IRI, as a tag label: `…/vocab/Loaded_Language` → that. */
function labelOfIri(iri: string): string {
  const piece =
    iri
      .split(/[/#:]/)
      .filter((part) => part.length > 0)
      .pop() ?? iri;
  try {
    return decodeURIComponent(piece);
  } catch {
    return piece;
  }
}

export function readBodies(annotation: JsonObject): ReadBodies {
  const motivations = asList(annotation.motivation).filter(
    (m): m is string => typeof m === 'string',
  );
  const tags: ForeignTag[] = [];
  const notes: string[] = [];
  const addTag = (label: string, iri?: string) => {
    if (label.trim().length > 0) tags.push({ label: label.trim(), ...(iri && { iri }) });
  };

  for (const body of asList(annotation.body)) {
    if (typeof body === 'string') {
      notes.push(body);
      continue;
    }
    if (!isObject(body)) continue;
    const own = asList(body.purpose).filter((p): p is string => typeof p === 'string');
    const purposes = own.length > 0 ? own : motivations;
    const text = textOf(body);
    const source = idOf(body.source);
    if (purposes.some((p) => TAG_PURPOSES.has(p))) {
      // Slant's `slant:tag`; a body's own `id` in Slant files before it, and other tools'.
      const iri = asString(body['slant:tag']) ?? idOf(body) ?? source;
      addTag(text ?? (iri ? labelOfIri(iri) : ''), iri);
    } else if (text !== undefined && text.length > 0) {
      const author = purposes.includes('replying') ? agentName(body.creator) : undefined;
      notes.push(
        purposes.includes('replying') ? `Reply${author ? ` from ${author}` : ''}: ${text}` : text,
      );
    } else if (source !== undefined) {
      notes.push(`${purposes[0] ?? 'link'}: ${source}`);
    }
  }
  const bodyValue = asString(annotation.bodyValue);
  if (bodyValue) notes.push(bodyValue);
  // Hypothesis's API format.
  for (const tag of asList(annotation.tags)) if (typeof tag === 'string') addTag(tag);
  const text = asString(annotation.text);
  if (text) notes.push(text);

  return { tags, note: notes.join('\n\n') };
}
