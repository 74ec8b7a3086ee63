/**
 * The layers a lesson hangs on (its `lesson-key`, this browser's `lesson-work`, one read-only
 * layer per student's imported work) and the one merge rule for work brought in again: shared
 * by the lessons, lesson packs and submissions repositories, always inside their transactions.
 */
import {
  lessonKeyLayerId,
  layerColour,
  planMerge,
  mergeWrites,
  mergeCounts,
  sameContent,
  type AnnotationLayer,
  type MergeCounts,
} from '../domain/layers';
import type { Annotation, Lesson } from '../domain/types';
import type { SlantDatabase } from './slant-database';

export const annotationsInLayer = (db: SlantDatabase, layerId: string) =>
  db.annotations.where('layerId').equals(layerId).toArray();

/** Adds the layer when it is not there yet; returns the layer as stored. */
export async function ensureLayer(
  db: SlantDatabase,
  layer: Omit<AnnotationLayer, 'colour' | 'createdAt' | 'updatedAt'>,
  now: string,
): Promise<AnnotationLayer> {
  const before = await db.layers.get(layer.id);
  if (before) return before;
  const added = {
    ...layer,
    colour: layerColour(await db.layers.count()),
    createdAt: now,
    updatedAt: now,
  };
  await db.layers.add(added);
  return added;
}

/** A lesson's answer key layer: the teacher's to edit, read-only in any other copy. */
export const ensureKeyLayer = (db: SlantDatabase, lesson: Lesson, owner: string, now: string) =>
  ensureLayer(
    db,
    {
      id: lessonKeyLayerId(lesson.id),
      kind: 'lesson-key',
      owner,
      lessonId: lesson.id,
      label: `Key: ${lesson.title}`,
      readOnly: lesson.role !== 'teacher',
    },
    now,
  );

/**
 * Merges incoming annotations into a layer: an incoming copy never overwrites one changed here
 * later, never brings back one deleted here; returns what happened, counted.
 */
export async function mergeIntoLayer(
  db: SlantDatabase,
  layerId: string,
  incoming: readonly Annotation[],
): Promise<MergeCounts> {
  const placed = incoming.map((a) => ({ ...a, layerId }));
  const local = new Map((await annotationsInLayer(db, layerId)).map((a) => [a.id, a]));
  const ids = placed.map((a) => a.id);
  const deleted = new Set((await db.tombstones.bulkGet(ids)).flatMap((t) => (t ? [t.id] : [])));
  const plan = planMerge(
    placed,
    (id) => local.get(id),
    (id) => deleted.has(id),
    (mine, theirs) => sameContent(mine, theirs, ['updatedAt']),
  );
  await db.annotations.bulkPut(mergeWrites(plan));
  return mergeCounts(plan);
}

/** Deletes layers and every annotation in them (the caller's transaction holds both tables). */
export async function removeLayers(db: SlantDatabase, layerIds: readonly string[]) {
  if (layerIds.length === 0) return;
  await db.annotations
    .where('layerId')
    .anyOf([...layerIds])
    .delete();
  await db.layers.bulkDelete([...layerIds]);
}
