/**
 * Writes a lesson pack (`lesson-pack-format.ts`) in the backup's layout: one record per line.
 * The articles go in the lesson's order, without the teacher's collections or trash state; the
 * tags in the lesson's order. The answer key (the key layer's annotations) goes in only when
 * given (`key`), for a pack the teacher keeps: students get a pack without it.
 *
 * A lesson that lists an article or tag the library no longer has cannot make a pack students
 * could use, so it throws an `Error` whose message tells the teacher what to fix. A tag that only
 * the key uses and that was since deleted is written as a plain placeholder tag, so the key is
 * kept whole.
 */
import type { Annotation, Lesson, SlantDocument, Tag } from '../../domain/types';
import { jsonTable } from '../backup';
import { LESSON_PACK_FORMAT, LESSON_PACK_VERSION } from './lesson-pack-format';
import { packKey } from './pack-key';

export interface LessonPackOptions {
  /** The answer key's annotations, to write: only for the teacher's own copy. */
  key?: readonly Annotation[];
}

function packDocuments(lesson: Lesson, documents: readonly SlantDocument[]): SlantDocument[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return lesson.documentIds.map((id) => {
    const document = byId.get(id);
    if (!document)
      throw new Error(
        `The lesson “${lesson.title}” lists an article that is no longer in your library. Remove it from the lesson, then export the pack again.`,
      );
    const { deletedAt: _trash, ...kept } = document;
    return { ...kept, collectionIds: [] };
  });
}

function removedTag(id: string, order: number): Tag {
  return {
    id,
    label: id,
    description: 'A tag that was deleted after the answer key used it.',
    colour: '#777777',
    underline: 'dotted',
    taxonomyId: 'removed',
    order,
  };
}

function packTags(lesson: Lesson, tags: readonly Tag[], key: readonly Annotation[]): Tag[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const lessonTags = lesson.tagIds.map((id) => {
    const tag = byId.get(id);
    if (!tag)
      throw new Error(
        `The lesson “${lesson.title}” uses the tag “${id}”, which is no longer in your tags. Remove it from the lesson, then export the pack again.`,
      );
    return tag;
  });
  const keyOnly = [...new Set(key.flatMap((a) => a.tagIds))].filter(
    (id) => !lesson.tagIds.includes(id),
  );
  const last = Math.max(0, ...tags.map((t) => t.order));
  return [...lessonTags, ...keyOnly.map((id, i) => byId.get(id) ?? removedTag(id, last + 1 + i))];
}

export function toLessonPack(
  lesson: Lesson,
  documents: readonly SlantDocument[],
  tags: readonly Tag[],
  options: LessonPackOptions = {},
): string {
  const packed = packDocuments(lesson, documents);
  const key = options.key ? packKey(options.key, packed) : undefined;
  const header = [
    `  "format": ${JSON.stringify(LESSON_PACK_FORMAT)}`,
    `  "version": ${LESSON_PACK_VERSION}`,
    `  "id": ${JSON.stringify(lesson.id)}`,
    `  "title": ${JSON.stringify(lesson.title)}`,
    `  "instructions": ${JSON.stringify(lesson.instructions)}`,
    ...(lesson.suggestionsOff ? ['  "suggestionsOff": true'] : []),
    `  "createdAt": ${JSON.stringify(lesson.createdAt)}`,
  ];
  const tables = [
    jsonTable('documents', packed),
    jsonTable('tags', packTags(lesson, tags, key ?? [])),
    ...(key ? [jsonTable('key', key)] : []),
  ];
  return `{\n${[...header, ...tables].join(',\n')}\n}\n`;
}
