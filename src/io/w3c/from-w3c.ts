/**
 * Imports W3C Web Annotations, from a Slant export or another tool (Hypothesis, Recogito), onto
 * the documents already in Slant. Nothing is written here: the caller gets the annotations to
 * store, the tag ids they use (to create missing tags) and a report of what could not be placed.
 *
 * An annotation goes to the document its target names (by Slant id, URN or URL), else to the one
 * holding its quote (`match-documents.ts`); there it is placed by position or quote, and kept as
 * an orphan when its quote is not found (`place-passage.ts`). Only an annotation with no document
 * to go to, or no passage at all, is skipped, and the report says which and why. Replies are
 * folded into their parent's note. Ids from Slant exports are kept; other tools' ids become a
 * UUID derived from them, so importing the same file twice yields the same ids. Claims named in
 * `slant:claims` come back beside the annotations, one per claim id (`w3c-claims.ts`).
 */
import { DEFAULT_LAYER_ID } from '../../domain/layers';
import type { Annotation, Claim, SlantDocument, Tag } from '../../domain/types';
import { collectW3CItems } from './collect-w3c-items';
import { offsetConverter, type OffsetConverter } from '../../domain/code-points';
import { annotationIdFromIri } from './identifiers';
import { importDate } from './import-dates';
import { matchDocuments } from './match-documents';
import { placePassage } from './place-passage';
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

  const matches = matchDocuments(
    usable.map((u) => u.annotation),
    documents,
    only,
  );
  const converters = new Map<string, OffsetConverter>();
  const offsetsOf = (document: SlantDocument) => {
    let converter = converters.get(document.id);
    if (!converter) converters.set(document.id, (converter = offsetConverter(document.text)));
    return converter;
  };
  const tags = tagLookup(options.tags ?? []);
  const annotations: Annotation[] = [];
  const layerId = options.layerId ?? DEFAULT_LAYER_ID;
  const claims = gatherClaims(now, layerId);

  usable.forEach(({ where, annotation, id }, index) => {
    const match = matches[index];
    if (!match) {
      const page = annotation.sources[0];
      skipped.push({
        where,
        reason: page
          ? `no document matches its page (${page}) and none contains its quote`
          : 'it names no page and no document contains its quote',
      });
      return;
    }
    const { document } = match;
    const placement = placePassage(document.text, offsetsOf(document), annotation.passage);
    if (!placement) {
      skipped.push({
        where,
        reason: `it has no quote, and its position is outside document “${document.title}”`,
      });
      return;
    }
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
    annotations.push({
      id,
      documentId: document.id,
      layerId,
      tagIds: [...new Set(annotation.tags.map((tag) => tags.idOf(tag)))],
      target: placement.target,
      note: [annotation.note, ...ownReplies].filter((n) => n.length > 0).join('\n\n'),
      fields: annotation.fields,
      annotator: annotation.creator ?? options.annotator ?? '',
      origin: annotation.origin ?? 'manual',
      status: placement.status,
      createdAt,
      updatedAt: importDate(annotation.modified) ?? createdAt,
    });
  });

  skipped.push(...replies.leftOver());
  const tagIds = [...new Set(annotations.flatMap((a) => a.tagIds))];
  return {
    ok: true,
    annotations,
    tagIds,
    tagLabels: Object.fromEntries(tagIds.map((id) => [id, tags.labels.get(id) ?? id])),
    claims: claims.claims(),
    placed: annotations.filter((a) => a.status === 'anchored').length,
    orphaned: annotations.filter((a) => a.status === 'orphaned').length,
    skipped,
    warnings,
  };
}
