import type { Collection } from '../domain/types';
import type { SlantDatabase } from './database';

export function collectionsRepository(db: SlantDatabase) {
  return {
    get: (id: string) => db.collections.get(id),

    list: () => db.collections.orderBy('name').toArray(),

    put: (collection: Collection) => db.collections.put(collection),
  };
}
