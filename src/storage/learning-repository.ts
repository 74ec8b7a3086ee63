/**
 * What suggestions learn from and what they learned: the reader's work in the layers learning
 * reads (annotations and rejections, not on trashed documents), the texts to learn from, the
 * models learned per tag, and the reader's choices (learning off, per tag or all; layers opted
 * in; resets). The `learnedModels` table and one `meta` record.
 */
import {
  DEFAULT_LEARNING_SETTINGS,
  learningSettingsSchema,
  type LearnedModelRecord,
  type LearningSettings,
} from '../domain/records';
import type { SlantDatabase } from './slant-database';

const SETTINGS = 'learning-settings';

export function learningRepository(db: SlantDatabase) {
  const settings = async (): Promise<LearningSettings> => {
    const parsed = learningSettingsSchema.safeParse((await db.meta.get(SETTINGS))?.value);
    return parsed.success ? parsed.data : DEFAULT_LEARNING_SETTINGS;
  };
  const saveSettings = (next: LearningSettings) => db.meta.put({ key: SETTINGS, value: next });

  return {
    settings,

    /** Changes some of the reader's choices, keeping the others. */
    changeSettings: (change: (current: LearningSettings) => LearningSettings) =>
      db.transaction('rw', db.meta, async () => saveSettings(change(await settings()))),

    /** The reader's annotations and rejections in these layers, on documents not in the trash. */
    work: async (layerIds: readonly string[]) => {
      const trashed = new Set(await db.documents.where('deletedAt').above('').primaryKeys());
      // One `equals` per layer: each is a single getAll, where `anyOf` walks a cursor record by
      // record (thousands of round trips at book length).
      const perLayer = <T>(read: (layerId: string) => Promise<T[]>) =>
        Promise.all(layerIds.map(read)).then((lists) => lists.flat());
      const [annotations, dismissed] = await Promise.all([
        perLayer((id) => db.annotations.where('layerId').equals(id).toArray()),
        perLayer((id) => db.dismissedSuggestions.where('layerId').equals(id).toArray()),
      ]);
      return {
        annotations: annotations.filter((a) => !trashed.has(a.documentId)),
        dismissed: dismissed.filter((d) => !trashed.has(d.documentId)),
      };
    },

    /** The texts of these documents, by id. */
    texts: async (documentIds: readonly string[]) => {
      const docs = await db.documents.bulkGet([...documentIds]);
      return new Map(docs.flatMap((d) => (d && !d.deletedAt ? [[d.id, d.text] as const] : [])));
    },

    models: () => db.learnedModels.toArray(),

    saveModel: (record: LearnedModelRecord) => db.learnedModels.put(record),

    /** Forgets the learned models of these tags (all when none are given). */
    forgetModels: (tags?: readonly string[]) =>
      tags ? db.learnedModels.bulkDelete([...tags]) : db.learnedModels.clear(),

    /** Forgets what was learned for a tag (every tag when none is given) and counts only the
     *  annotations and rejections made from now on. */
    reset: (tag: string | undefined, tags: readonly string[], now = new Date()) =>
      db.transaction('rw', db.meta, db.learnedModels, async () => {
        const current = await settings();
        const at = now.toISOString();
        const resetTags = tag === undefined ? tags : [tag];
        await saveSettings({
          ...current,
          resetAt: { ...current.resetAt, ...Object.fromEntries(resetTags.map((t) => [t, at])) },
        });
        if (tag === undefined) await db.learnedModels.clear();
        else await db.learnedModels.delete(tag);
      }),
  };
}
