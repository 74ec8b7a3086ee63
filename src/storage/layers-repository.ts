import { DEFAULT_LAYER_ID, defaultLayer, tombstoneExpired } from '../domain/layers';
import type { AnnotationLayer } from '../domain/records';
import type { SlantDatabase } from './slant-database';

const KIND_ORDER: Record<AnnotationLayer['kind'], number> = {
  mine: 0,
  'lesson-work': 1,
  'lesson-key': 2,
  imported: 3,
  member: 4,
};

/** The user's own layers first, then keys, imports and others' work, each by name. */
const byKindAndLabel = (a: AnnotationLayer, b: AnnotationLayer) =>
  Number(a.readOnly) - Number(b.readOnly) ||
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  a.label.localeCompare(b.label);

export function layersRepository(db: SlantDatabase) {
  return {
    get: (id: string) => db.layers.get(id),

    list: async () => [...(await db.layers.toArray())].sort(byKindAndLabel),

    /** The layers of a lesson: its key and everyone's work on it. */
    listForLesson: (lessonId: string) => db.layers.where('lessonId').equals(lessonId).toArray(),

    /** Adds a layer; one that is already there (same id) is left as it is. */
    add: (layer: AnnotationLayer) =>
      db.transaction('rw', db.layers, async () => {
        if (!(await db.layers.get(layer.id))) await db.layers.add(layer);
      }),

    update: (id: string, changes: Partial<Omit<AnnotationLayer, 'id'>>) =>
      db.layers.update(id, { ...changes, updatedAt: new Date().toISOString() }),

    /**
     * Makes sure the user's default layer exists (a new database has none until now) and forgets
     * deletions older than the time tombstones are kept. Run when the database opens.
     */
    prepare: (now = new Date()) =>
      db.transaction('rw', db.layers, db.tombstones, async () => {
        if (!(await db.layers.get(DEFAULT_LAYER_ID)))
          await db.layers.add(defaultLayer('', now.toISOString()));
        const expired = await db.tombstones.filter((t) => tombstoneExpired(t, now)).primaryKeys();
        if (expired.length > 0) await db.tombstones.bulkDelete(expired);
      }),
  };
}
