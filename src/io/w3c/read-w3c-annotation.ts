/**
 * Reads one annotation from another tool into a neutral shape: which document it names, the
 * passage (quote and position, as the file gives them), its tags, note, creator and dates. Where
 * tools differ, all known spellings are read: a target may be an IRI, an object or an array of
 * them (Hypothesis and Recogito's text annotator write arrays, RecogitoJS omits `source`); the
 * selector one object or an array. Replies (Hypothesis's `references`, a W3C `replying` annotation
 * that targets another annotation) are told apart, so the caller can fold them into their parent.
 * A Slant export's claims (`slant:claims`) are read too; a malformed entry is only reported.
 */
import type { ForeignPassage } from '../../domain/records';
import type { AnnotationOrigin } from '../../domain/types';
import { creatorOf } from './read-creator';
import { readBodies, type ForeignTag } from './read-w3c-bodies';
import { CLAIMS_PROPERTY, readClaims, type ForeignClaim } from './w3c-claims';
import { asList, asOffset, asString, idOf, isObject, typesOf, type JsonObject } from '../shared';
import { keyedRecord } from '../../domain/keyed-record';
import { FIELD_NAME } from '../../domain/records';

export type { ForeignPassage };

export interface ForeignAnnotation {
  /** The annotation's id in the file, if any. */
  iri?: string;
  /** Every IRI that names the annotated page: target sources, Hypothesis's `uri` and links. */
  sources: string[];
  /** Slant's own document id, from a Slant export. */
  documentId?: string;
  /** The passage it marks; absent for a note on the whole page (Hypothesis's page notes). */
  passage?: ForeignPassage;
  /** Further passages of a multi-range annotation (Recogito), which Slant cannot hold. */
  extraPassages: number;
  tags: ForeignTag[];
  note: string;
  fields: Record<string, string>;
  creator?: string;
  created?: string;
  modified?: string;
  origin?: AnnotationOrigin;
  /** The claims a Slant export says it belongs to (`slant:claims`). */
  claims: ForeignClaim[];
  /** What of `slant:claims` could not be read; the annotation is imported without it. */
  claimProblems: string[];
}

export type ReadAnnotation =
  | { kind: 'annotation'; annotation: ForeignAnnotation }
  | { kind: 'reply'; parent: string; text: string; creator?: string }
  | { kind: 'unusable'; reason: string };

interface Target {
  source?: string;
  selectors: JsonObject[];
}

function targetsOf(annotation: JsonObject): Target[] {
  return asList(annotation.target).map((target): Target => {
    if (!isObject(target)) return { source: idOf(target), selectors: [] };
    // A SpecificResource names its document in `source`; a bare resource is the document.
    const source =
      idOf(target.source) ?? (target.selector === undefined ? idOf(target) : undefined);
    return { source, selectors: asList(target.selector).filter(isObject) };
  });
}

function passageOf(selectors: readonly JsonObject[]): ForeignPassage | undefined {
  const quote = selectors.find((s) => typesOf(s).includes('TextQuoteSelector'));
  const position = selectors.find((s) => typesOf(s).includes('TextPositionSelector'));
  const exact = quote && asString(quote.exact);
  const start = position && asOffset(position.start);
  const end = position && asOffset(position.end);
  const hasPosition = start !== undefined && end !== undefined && start < end;
  if (!exact && !hasPosition) return undefined;
  return {
    ...(exact && { exact }),
    prefix: (quote && asString(quote.prefix)) ?? '',
    suffix: (quote && asString(quote.suffix)) ?? '',
    ...(hasPosition && { position: { start, end } }),
  };
}

/**
 * The tag fields Slant wrote (`slant:fields`). Only names Slant gives fields are kept: any other
 * (`__proto__`, a name with spaces) would be refused by the next backup's restore.
 */
function stringFields(value: unknown): Record<string, string> {
  if (!isObject(value)) return keyedRecord();
  return keyedRecord(
    Object.entries(value).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && FIELD_NAME.test(entry[0]),
    ),
  );
}

function sourcesOf(annotation: JsonObject, targets: readonly Target[]): string[] {
  const links = isObject(annotation.document) ? asList(annotation.document.link) : [];
  const all = [
    ...targets.map((t) => t.source),
    asString(annotation.uri),
    ...links.map((link) => (isObject(link) ? asString(link.href) : undefined)),
  ];
  return [...new Set(all.filter((s): s is string => s !== undefined && s.length > 0))];
}

function replyOf(annotation: JsonObject, targets: readonly Target[]): ReadAnnotation | undefined {
  const references = asList(annotation.references).filter(
    (r): r is string => typeof r === 'string',
  );
  const motivations = asList(annotation.motivation);
  const parent =
    references.at(-1) ??
    (motivations.includes('replying') && targets.every((t) => t.selectors.length === 0)
      ? targets[0]?.source
      : undefined);
  if (parent === undefined) return undefined;
  return {
    kind: 'reply',
    parent,
    text: readBodies(annotation).note,
    creator: creatorOf(annotation),
  };
}

export function readW3CAnnotation(value: unknown): ReadAnnotation {
  if (!isObject(value)) return { kind: 'unusable', reason: 'it is not a JSON object' };
  const targets = targetsOf(value);
  if (targets.length === 0) return { kind: 'unusable', reason: 'it has no target' };
  const reply = replyOf(value, targets);
  if (reply) return reply;

  const passages = targets
    .map((t) => passageOf(t.selectors))
    .filter((p): p is ForeignPassage => p !== undefined);
  const passage = passages[0];
  const kinds = [...new Set(targets.flatMap((t) => t.selectors.flatMap(typesOf)))];
  // No selector at all is a note on the whole page; selectors Slant cannot read are refused.
  if (!passage && kinds.length > 0) {
    return {
      kind: 'unusable',
      reason: `it marks no passage Slant can read (only ${kinds.join(', ')}; Slant needs a TextQuoteSelector or TextPositionSelector)`,
    };
  }
  const { tags, note } = readBodies(value);
  const origin = value['slant:origin'];
  const documentId = asString(value['slant:documentId']);
  const iri = idOf(value);
  const created = asString(value.created);
  const modified = asString(value.modified) ?? asString(value.updated);
  const creator = creatorOf(value);
  const claims = readClaims(value[CLAIMS_PROPERTY]);
  return {
    kind: 'annotation',
    annotation: {
      ...(iri !== undefined && { iri }),
      sources: sourcesOf(value, targets),
      ...(documentId !== undefined && { documentId }),
      ...(passage && { passage }),
      extraPassages: Math.max(0, passages.length - 1),
      tags,
      note,
      fields: stringFields(value['slant:fields']),
      ...(creator !== undefined && { creator }),
      ...(created !== undefined && { created }),
      ...(modified !== undefined && { modified }),
      ...((origin === 'manual' || origin === 'suggestion') && { origin }),
      claims: claims.claims,
      claimProblems: claims.problems,
    },
  };
}
