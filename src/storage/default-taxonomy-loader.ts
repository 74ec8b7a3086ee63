import { DEFAULT_TAGS } from '../domain/default-taxonomy';
import type { SlantDatabase } from './slant-database';

const LOADED_MARKER = 'default-taxonomy-loaded';

/** Gives a new database the default tags, once: tags the user later edits or deletes stay so. */
export async function ensureDefaultTaxonomy(db: SlantDatabase): Promise<void> {
  await db.transaction('rw', db.meta, db.tags, async () => {
    if (await db.meta.get(LOADED_MARKER)) return;
    await db.tags.bulkPut(DEFAULT_TAGS.map((tag) => ({ ...tag })));
    await db.meta.put({ key: LOADED_MARKER, value: true });
  });
}
