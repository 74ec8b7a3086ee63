/**
 * What an older Slant could leave inconsistent in a backup, put right before the checks run, each
 * repair listed with the field it changed (`repaired: true`) so the user is told: a lesson or a
 * collection listing an article that is not in the backup (an older Slant deleted the article
 * for good but left the reference) or listing one twice, a document naming a collection twice,
 * and two tags on one shortcut key (the later tag loses the key; one key press cannot apply
 * both), and a `meta` record that is this browser's own marker rather than the user's fact.
 * Anything else inconsistent is refused by `backup-checks.ts`.
 */
import { metaInBackup } from '../../domain/records';
import type { BackupProblem } from './backup-checks';
import type { RestoredBackup } from './backup-format';

export interface BackupRepair extends BackupProblem {
  repaired: true;
}

/** `ids` without those `keep` refuses and without repeats, each removal listed. */
function cleanList(
  ids: readonly string[],
  at: string,
  keep: (id: string) => string | undefined,
  repairs: BackupRepair[],
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  ids.forEach((id, position) => {
    const where = `${at}[${position}]`;
    const refused = keep(id);
    if (refused) repairs.push({ where, message: refused, repaired: true });
    else if (seen.has(id))
      repairs.push({
        where,
        message: `“${id}” is listed twice; the repeat was taken out`,
        repaired: true,
      });
    else {
      seen.add(id);
      kept.push(id);
    }
  });
  return kept;
}

export function repairBackup(contents: RestoredBackup): {
  contents: RestoredBackup;
  repairs: BackupRepair[];
} {
  const repairs: BackupRepair[] = [];
  const documents = new Set(contents.documents.map((d) => d.id));
  const missing = (owner: string) => (id: string) =>
    documents.has(id)
      ? undefined
      : `${owner} lists document “${id}”, which is not in the backup; it was taken out of the list`;

  const collections = contents.collections.map((collection, index) => {
    const documentIds = cleanList(
      collection.documentIds,
      `collections[${index}].documentIds`,
      missing(`collection “${collection.name}”`),
      repairs,
    );
    return documentIds.length === collection.documentIds.length
      ? collection
      : { ...collection, documentIds };
  });
  const lessons = contents.lessons.map((lesson, index) => {
    const documentIds = cleanList(
      lesson.documentIds,
      `lessons[${index}].documentIds`,
      missing(`lesson “${lesson.title}”`),
      repairs,
    );
    return documentIds.length === lesson.documentIds.length ? lesson : { ...lesson, documentIds };
  });
  const docs = contents.documents.map((document, index) => {
    const collectionIds = cleanList(
      document.collectionIds,
      `documents[${index}].collectionIds`,
      () => undefined,
      repairs,
    );
    return collectionIds.length === document.collectionIds.length
      ? document
      : { ...document, collectionIds };
  });

  const keyOwner = new Map<string, number>();
  const tags = contents.tags.map((tag, index) => {
    if (!tag.shortcut) return tag;
    const first = keyOwner.get(tag.shortcut);
    if (first === undefined) {
      keyOwner.set(tag.shortcut, index);
      return tag;
    }
    repairs.push({
      where: `tags[${index}].shortcut`,
      message: `key “${tag.shortcut}” is also the key of tag “${contents.tags[first]?.label}” (tags[${first}]); tag “${tag.label}” was left without a key`,
      repaired: true,
    });
    const { shortcut: _shortcut, ...rest } = tag;
    return rest;
  });

  const meta = contents.meta.filter((record, index) => {
    if (metaInBackup(record.key)) return true;
    repairs.push({
      where: `meta[${index}].key`,
      message: `“${record.key}” is not a fact a backup restores; it was left out`,
      repaired: true,
    });
    return false;
  });

  return {
    contents: { ...contents, collections, lessons, documents: docs, tags, meta },
    repairs,
  };
}
