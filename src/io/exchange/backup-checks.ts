/**
 * Checks across the records of a backup, which a schema of one record cannot see: ids used twice,
 * annotations of documents that are not there, tags no one defined, offsets past the end of the
 * text, collections listing missing documents. Each would leave the restored library broken in
 * a way the user meets much later, so they are errors, found before anything is written.
 *
 * Some mismatches are normal in a live library and only warned about: an anchored annotation
 * whose quote no longer equals the text (anchoring moves it when the document opens), a document
 * naming an outlet or collection the backup does not hold (a partial export). An orphan's offsets
 * may lie past the end of the text: orphans keep their old position after the text shrank.
 */
import type { BackupContents } from './backup-format';
import { FIELD_NAME } from './backup-schema';

export interface BackupProblem {
  where: string;
  message: string;
}

export interface BackupCheck {
  errors: BackupProblem[];
  warnings: BackupProblem[];
}

function quoteList(values: readonly string[], limit = 5): string {
  const shown = values.slice(0, limit).map((v) => `“${v}”`);
  return values.length > limit ? `${shown.join(', ')}, …` : shown.join(', ') || 'none';
}

export function checkBackup(
  contents: BackupContents,
  removedTagIds: readonly string[] = [],
): BackupCheck {
  const errors: BackupProblem[] = [];
  const warnings: BackupProblem[] = [];

  for (const table of ['tags', 'outlets', 'collections', 'documents', 'annotations'] as const) {
    const firstAt = new Map<string, number>();
    contents[table].forEach((record, index) => {
      const first = firstAt.get(record.id);
      if (first === undefined) firstAt.set(record.id, index);
      else
        errors.push({
          where: `${table}[${index}].id`,
          message: `“${record.id}” is used twice (also by ${table}[${first}])`,
        });
    });
  }

  const documents = new Map(contents.documents.map((d) => [d.id, d]));
  const collections = new Set(contents.collections.map((c) => c.id));
  const outlets = new Set(contents.outlets.map((o) => o.id));
  const tags = new Set([...contents.tags.map((t) => t.id), ...removedTagIds]);
  const tagNames = contents.tags.map((t) => t.id);

  contents.collections.forEach((collection, index) =>
    collection.documentIds.forEach((documentId, position) => {
      if (!documents.has(documentId))
        errors.push({
          where: `collections[${index}].documentIds[${position}]`,
          message: `collection “${collection.name}” lists document “${documentId}”, which is not in the backup`,
        });
    }),
  );

  contents.documents.forEach((document, index) => {
    if (document.outletId !== undefined && !outlets.has(document.outletId))
      warnings.push({
        where: `documents[${index}].outletId`,
        message: `outlet “${document.outletId}” of “${document.title}” is not in the backup`,
      });
    document.collectionIds.forEach((collectionId, position) => {
      if (!collections.has(collectionId))
        warnings.push({
          where: `documents[${index}].collectionIds[${position}]`,
          message: `collection “${collectionId}” of “${document.title}” is not in the backup`,
        });
    });
  });

  contents.annotations.forEach((annotation, index) => {
    const at = `annotations[${index}]`;
    // zod's record skips a `__proto__` key instead of refusing it; the records read are kept.
    for (const key of Object.keys(annotation.fields)) {
      if (!FIELD_NAME.test(key))
        errors.push({ where: `${at}.fields.${key}`, message: 'is not a field name Slant uses' });
    }
    annotation.tagIds.forEach((tagId, position) => {
      if (!tags.has(tagId))
        errors.push({
          where: `${at}.tagIds[${position}]`,
          message: `unknown tag “${tagId}” (the backup’s tags are ${quoteList(tagNames)})`,
        });
    });
    const document = documents.get(annotation.documentId);
    if (!document) {
      errors.push({
        where: `${at}.documentId`,
        message: `document “${annotation.documentId}” is not in the backup`,
      });
      return;
    }
    const { start, end, exact } = annotation.target;
    if (start > end) {
      errors.push({ where: `${at}.target`, message: `start ${start} is after end ${end}` });
      return;
    }
    if (annotation.status !== 'anchored') return;
    const length = document.text.length;
    if (end > length) {
      errors.push({
        where: `${at}.target.${start > length ? 'start' : 'end'}`,
        message: `${start > length ? start : end} is beyond the end of document “${document.title}” (${length} characters)`,
      });
    } else if (document.text.slice(start, end) !== exact) {
      warnings.push({
        where: `${at}.target.exact`,
        message: `the quote differs from the text of “${document.title}” at ${start}–${end}; Slant will look for it when the document opens`,
      });
    }
  });

  return { errors, warnings };
}
