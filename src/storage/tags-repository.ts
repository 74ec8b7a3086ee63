import type { Tag } from '../domain/types';
import type { SlantDatabase } from './database';

export function tagsRepository(db: SlantDatabase) {
  return {
    /** The taxonomy in the user's order. */
    list: () => db.tags.orderBy('order').toArray(),

    get: (id: string) => db.tags.get(id),

    put: (tag: Tag) => db.tags.put(tag),
  };
}
