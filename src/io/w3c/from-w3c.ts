/**
 * Imports W3C Web Annotations, from a Slant export or another tool (Hypothesis, Recogito), onto
 * the documents already in Slant. Nothing is written here: the caller gets the annotations to
 * store, the tag ids they use (to create missing tags) and a report of what could not be placed.
 *
 * An annotation goes to the document its target names (by Slant id, URN or URL), else to the one
 * holding its quote, and is placed there by position or quote, or kept as an orphan when its
 * quote is not found (`place-unplaced.ts`). One that fits no document, and a note on a whole
 * page, go to the Unplaced list (`unplaced`) rather than being dropped; only what cannot be read
 * as an annotation is skipped, and the report says which and why. Replies are
 * folded into their parent's note. Ids from Slant exports are kept; other tools' ids become a
 * UUID derived from them, so importing the same file twice yields the same ids. Claims named in
 * `slant:claims` come back beside the annotations, one per claim id (`w3c-claims.ts`).
 */
import { DEFAULT_LAYER_ID } from '../../domain/layers';
import type { UnplacedAnnotation } from '../../domain/records';
import type { Annotation, Claim, SlantDocument, Tag } from '../../domain/types';
import { collectW3CItems } from './collect-w3c-items';
import { annotationIdFromIri } from './identifiers';
import { importDate } from './import-dates';
import { placeUnplaced } from './place-unplaced';
import { foldReplies } from './fold-replies';
import type { ImportProblem } from './import-problem';
import { readW3CAnnotation, type ForeignAnnotation } from './read-w3c-annotation';
import { stableUuid } from './stable-uuid';
import { tagLookup } from './tag-lookup';
import { gatherClaims } from './w3c-claims';

export interface W3CImportOptions {
  /** The annotator of annotations whose file names no creator. */
  annotator?: string;
  /** The date of annotations whose file gives none. */
  now?: Date;
  /** The tags Slant has, so a label finds its tag (`Loaded Language` → `loaded-language`). */
  tags?: readonly Tag[];
  /** Put every annotation on this document, whatever its target names. */
  documentId?: string;
  /** Named in an error, so the user knows which of several files is wrong. */
  fileName?: string;
  /** The layer the annotations (and their claims) go to; the user's default layer unless told. */
  layerId?: string;
}

export type W3CImport =
  | {
      ok: true;
      annotations: Annotation[];
      /** Every tag id the annotations use, in order of first use. */
      tagIds: string[];
      /** The label each tag id was found with, for creating the tags that are missing. */
      tagLabels: Record<string, string>;
      /**
       * The claims the annotations belong to (a Slant export's `slant:claims`), one per claim id,
       * each holding the imported annotations that name it; dated `now`.
       */
      claims: Claim[];
      placed: number;
      orphaned: number;
      /**
       * Annotations on no passage, for the Unplaced list: those whose article is not in the
       * library (they wait for it), and notes on a whole page (on their document if it is here).
       */
      unplaced: UnplacedAnnotation[];
      skipped: ImportProblem[];
      /** Imported, but not quite as in the file (a multi-range annotation cut to one range). */
      warnings: ImportProblem[];
    }
  | { ok: false; error: string };

export function fromW3C(
  json: unknown,
  documents: readonly SlantDocument[],
  options: W3CImportOptions = {},
): W3CImport {
  const collected = collectW3CItems(json, options.fileName);
  if (!collected.ok) return collected;
  const now = (options.now ?? new Date()).toISOString();
  const only = options.documentId ? documents.find((d) => d.id === options.documentId) : undefined;
  if (options.documentId && !only) {
    return { ok: false, error: `There is no document “${options.documentId}” to import onto.` };
  }

  const skipped: ImportProblem[] = collected.missingPages.map(({ value, where }) => ({
    where,
    reason: `this page of the collection is not in the file, only its address${value ? ` (${value})` : ''}`,
  }));
  const warnings: ImportProblem[] = [];
  const found = collected.items.map(({ value, where }) => ({
    value,
    where,
    read: readW3CAnnotation(value),
  }));
  const replies = foldReplies(found);

  const usable: { where: string; annotation: ForeignAnnotation; id: string }[] = [];
  const seen = new Map<string, string>();
  for (const { read, where, value } of found) {
    if (read.kind === 'unusable') skipped.push({ where, reason: read.reason });
    if (read.kind !== 'annotation') continue;
    const { iri } = read.annotation;
    const id =
      (iri !== undefined ? annotationIdFromIri(iri) : undefined) ??
      stableUuid(iri ?? JSON.stringify(value));
    const first = seen.get(id);
    if (first !== undefined) {
      skipped.push({ where, reason: `its id “${iri ?? id}” is used twice (first at ${first})` });
      continue;
    }
    seen.set(id, where);
    usable.push({ where, annotation: read.annotation, id });
  }

  const tags = tagLookup(options.tags ?? []);
  const layerId = options.layerId ?? DEFAULT_LAYER_ID;
  const claims = gatherClaims(now, layerId);
  const whereOf = new Map<string, string>();
  const records = usable.map(({ where, annotation, id }): UnplacedAnnotation => {
    whereOf.set(id, where);
    if (annotation.extraPassages > 0) {
      warnings.push({
        where,
        reason: `it marks ${annotation.extraPassages + 1} passages; Slant kept the first`,
      });
    }
    for (const reason of annotation.claimProblems) warnings.push({ where, reason });
    claims.add(id, annotation.claims);
    const ownReplies = replies.take(annotation.iri);
    const createdAt = importDate(annotation.created) ?? now;
    return {
      id,
      layerId,
      sources: annotation.sources,
      ...(annotation.documentId !== undefined && { slantDocumentId: annotation.documentId }),
      ...(annotation.passage && { passage: annotation.passage }),
      tagIds: [...new Set(annotation.tags.map((tag) => tags.idOf(tag)))],
      note: [annotation.note, ...ownReplies].filter((n) => n.length > 0).join('\n\n'),
      fields: annotation.fields,
      annotator: annotation.creator ?? options.annotator ?? '',
      origin: annotation.origin ?? 'manual',
      fileName: options.fileName ?? '',
      createdAt,
      updatedAt: importDate(annotation.modified) ?? createdAt,
    };
  });

  const placement = placeUnplaced(records, documents, only);
  const { annotations } = placement;
  for (const [id, reason] of placement.problems) {
    warnings.push({ where: whereOf.get(id)!, reason: `${reason}; it waits in Unplaced` });
  }

  skipped.push(...replies.leftOver());
  const unplaced = [...placement.pageNotes, ...placement.waiting];
  const placedIds = new Set(annotations.map((a) => a.id));
  const tagIds = [...new Set([...annotations, ...unplaced].flatMap((a) => a.tagIds))];
  return {
    ok: true,
    annotations,
    tagIds,
    tagLabels: Object.fromEntries(tagIds.map((id) => [id, tags.labels.get(id) ?? id])),
    // A claim links only annotations on a passage; one waiting in Unplaced joins it no more.
    claims: claims.claims().map((c) => ({
      ...c,
      annotationIds: c.annotationIds.filter((id) => placedIds.has(id)),
    })),
    placed: annotations.filter((a) => a.status === 'anchored').length,
    orphaned: annotations.filter((a) => a.status === 'orphaned').length,
    unplaced,
    skipped,
    warnings,
  };
}
