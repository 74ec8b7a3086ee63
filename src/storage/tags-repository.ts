import type { Tag } from '../domain/types';
import type { SlantDatabase } from './slant-database';

export function tagsRepository(db: SlantDatabase) {
  return {
    /** The taxonomy in the user's order. */
    list: () => db.tags.orderBy('order').toArray(),

    get: (id: string) => db.tags.get(id),

    put: (tag: Tag) => db.tags.put(tag),

    bulkPut: (tags: readonly Tag[]) =>
      db.transaction('rw', db.tags, () => db.tags.bulkPut([...tags])),

    /** Removes the tag only; annotations that carry it keep it (they show it as deleted). */
    remove: (id: string) => db.tags.delete(id),

    /** How many annotations carry each tag. */
    usage: async () => {
      const counts = new Map<string, number>();
      await db.annotations.each((a) => {
        for (const id of a.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      return counts;
    },
  };
}
