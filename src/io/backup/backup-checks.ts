/**
 * Checks across the records of a backup, which a schema of one record cannot see: ids used twice,
 * annotations of documents that are not there, tags no one defined, offsets past the end of the
 * text, submissions of missing lessons. (Collections and lessons listing missing documents are
 * put right before, saying so: `backup-repairs.ts`.) Each
 * would leave the restored library broken in a way the user meets much later, so they are
 * errors, found before anything is written.
 *
 * Some mismatches are normal in a live library and only warned about: an anchored annotation
 * whose quote no longer equals the text (anchoring moves it when the document opens), a document
 * naming an outlet or collection the backup does not hold (a partial export), a claim linking an
 * annotation since deleted (the Compare view skips it). An orphan's offsets may lie past the end
 * of the text: orphans keep their old position after the text shrank. Answer keys and students'
 * submissions are copies taken at one moment, so a text edited since may no longer fit them.
 *
 * `checkAnnotation` is shared with the lesson pack, which is stricter: its key must fit exactly.
 */
import { FIELD_NAME, STORED_TABLES } from '../../domain/records';
import type { Annotation, SlantDocument } from '../../domain/types';
import { BACKUP_TABLES, type BackupContents } from './backup-format';

export interface BackupProblem {
  where: string;
  message: string;
  /** Slant put it right on reading (`backup-repairs.ts`): the restore goes ahead, saying so. */
  repaired?: true;
}

export interface BackupCheck {
  errors: BackupProblem[];
  warnings: BackupProblem[];
}

/**
 * How strictly an annotation must fit its document. `live`: the library's own annotations (a
 * moved quote is a warning). `snapshot`: a copy kept from an earlier text (only its shape is
 * checked; a missing document is a warning). `exact`: its quote must be at its offsets.
 */
type AnnotationFit = 'live' | 'snapshot' | 'exact';

export interface AnnotationContext {
  documents: ReadonlyMap<string, SlantDocument>;
  /** Tag ids an annotation may carry; `tagNames` are the ones listed in messages. */
  tags: ReadonlySet<string>;
  tagNames: readonly string[];
  /** What holds the records, for messages: `the backup`, `the lesson pack`. */
  source: string;
  fit: AnnotationFit;
}

function quoteList(values: readonly string[], limit = 5): string {
  const shown = values.slice(0, limit).map((v) => `“${v}”`);
  return values.length > limit ? `${shown.join(', ')}, …` : shown.join(', ') || 'none';
}

/** A quote as messages show it: short, on one line. */
export function shortQuote(text: string, limit = 40): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}

/** An error for each record whose id (its `key` field) an earlier record of `table` already has. */
export function duplicateIds<R extends object>(
  table: string,
  records: readonly R[],
  key: keyof R & string = 'id' as keyof R & string,
): BackupProblem[] {
  const firstAt = new Map<unknown, number>();
  const problems: BackupProblem[] = [];
  records.forEach((record, index) => {
    const id = record[key];
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else
      problems.push({
        where: `${table}[${index}].${key}`,
        message: `“${String(id)}” is used twice (also by ${table}[${first}])`,
      });
  });
  return problems;
}

function checkTarget(annotation: Annotation, at: string, context: AnnotationContext): BackupCheck {
  const errors: BackupProblem[] = [];
  const warnings: BackupProblem[] = [];
  const document = context.documents.get(annotation.documentId);
  if (!document) {
    (context.fit === 'snapshot' ? warnings : errors).push({
      where: `${at}.documentId`,
      message: `document “${annotation.documentId}” is not in ${context.source}`,
    });
    return { errors, warnings };
  }
  const { start, end, exact } = annotation.target;
  if (start > end) {
    errors.push({ where: `${at}.target`, message: `start ${start} is after end ${end}` });
    return { errors, warnings };
  }
  if (annotation.status !== 'anchored' || context.fit === 'snapshot') return { errors, warnings };
  const length = document.text.length;
  if (end > length) {
    errors.push({
      where: `${at}.target.${start > length ? 'start' : 'end'}`,
      message: `${start > length ? start : end} is beyond the end of document “${document.title}” (${length} characters)`,
    });
  } else if (document.text.slice(start, end) !== exact) {
    const where = `${at}.target.exact`;
    if (context.fit === 'exact')
      errors.push({
        where,
        message: `the quote “${shortQuote(exact)}” is not the text of “${document.title}” at ${start}–${end}`,
      });
    else
      warnings.push({
        where,
        message: `the quote differs from the text of “${document.title}” at ${start}–${end}; Slant will look for it when the document opens`,
      });
  }
  return { errors, warnings };
}

/** Checks one annotation's fields, tags, document and offsets, adding to `into`. */
export function checkAnnotation(
  annotation: Annotation,
  at: string,
  context: AnnotationContext,
  into: BackupCheck,
): void {
  // zod's record skips a `__proto__` key instead of refusing it; the records read are kept.
  for (const key of Object.keys(annotation.fields)) {
    if (!FIELD_NAME.test(key))
      into.errors.push({ where: `${at}.fields.${key}`, message: 'is not a field name Slant uses' });
  }
  annotation.tagIds.forEach((tagId, position) => {
    if (!context.tags.has(tagId))
      into.errors.push({
        where: `${at}.tagIds[${position}]`,
        message: `unknown tag “${tagId}” (${context.source}’s tags are ${quoteList(context.tagNames)})`,
      });
  });
  const { errors, warnings } = checkTarget(annotation, at, context);
  into.errors.push(...errors);
  into.warnings.push(...warnings);
}

function checkLibrary(contents: BackupContents, context: AnnotationContext, into: BackupCheck) {
  const collections = new Set(contents.collections.map((c) => c.id));
  const outlets = new Set(contents.outlets.map((o) => o.id));

  contents.documents.forEach((document, index) => {
    if (document.outletId !== undefined && !outlets.has(document.outletId))
      into.warnings.push({
        where: `documents[${index}].outletId`,
        message: `outlet “${document.outletId}” of “${document.title}” is not in the backup`,
      });
    document.collectionIds.forEach((collectionId, position) => {
      if (!collections.has(collectionId))
        into.warnings.push({
          where: `documents[${index}].collectionIds[${position}]`,
          message: `collection “${collectionId}” of “${document.title}” is not in the backup`,
        });
    });
  });

  contents.annotations.forEach((annotation, index) =>
    checkAnnotation(annotation, `annotations[${index}]`, context, into),
  );
}

/** Claims, lessons and submissions (backup version 2) against the rest of the backup. */
function checkClass(contents: BackupContents, context: AnnotationContext, into: BackupCheck) {
  const annotations = new Set(contents.annotations.map((a) => a.id));
  const lessons = new Set((contents.lessons ?? []).map((l) => l.id));

  (contents.claims ?? []).forEach((claim, index) =>
    claim.annotationIds.forEach((annotationId, position) => {
      if (!annotations.has(annotationId))
        into.warnings.push({
          where: `claims[${index}].annotationIds[${position}]`,
          message: `claim “${claim.name}” links annotation “${annotationId}”, which is not in the backup`,
        });
    }),
  );

  (contents.lessons ?? []).forEach((lesson, index) => {
    const at = `lessons[${index}]`;
    lesson.tagIds.forEach((tagId, position) => {
      if (!context.tags.has(tagId))
        into.errors.push({
          where: `${at}.tagIds[${position}]`,
          message: `lesson “${lesson.title}” uses unknown tag “${tagId}”`,
        });
    });
  });

  (contents.submissions ?? []).forEach((submission, index) => {
    const at = `submissions[${index}]`;
    if (!lessons.has(submission.lessonId))
      into.errors.push({
        where: `${at}.lessonId`,
        message: `the work of “${submission.student}” is for lesson “${submission.lessonId}”, which is not in the backup`,
      });
  });
}

/** The Unplaced list (backup version 4): its tags must be known; a page note's article is warned of. */
function checkUnplaced(contents: BackupContents, context: AnnotationContext, into: BackupCheck) {
  (contents.unplaced ?? []).forEach((unplaced, index) => {
    unplaced.tagIds.forEach((tagId, position) => {
      if (!context.tags.has(tagId))
        into.errors.push({
          where: `unplaced[${index}].tagIds[${position}]`,
          message: `unknown tag “${tagId}” (${context.source}’s tags are ${quoteList(context.tagNames)})`,
        });
    });
    if (unplaced.documentId !== undefined && !context.documents.has(unplaced.documentId))
      into.warnings.push({
        where: `unplaced[${index}].documentId`,
        message: `a note on document “${unplaced.documentId}”, which is not in the backup`,
      });
  });
}

export function checkBackup(
  contents: BackupContents,
  removedTagIds: readonly string[] = [],
): BackupCheck {
  const into: BackupCheck = { errors: [], warnings: [] };
  for (const table of BACKUP_TABLES)
    into.errors.push(
      ...duplicateIds<object>(table, contents[table] ?? [], STORED_TABLES[table].key as never),
    );
  const context: AnnotationContext = {
    documents: new Map(contents.documents.map((d) => [d.id, d])),
    tags: new Set([...contents.tags.map((t) => t.id), ...removedTagIds]),
    tagNames: contents.tags.map((t) => t.id),
    source: 'the backup',
    fit: 'live',
  };
  checkLibrary(contents, context, into);
  checkClass(contents, context, into);
  checkUnplaced(contents, context, into);
  return into;
}
