import { SlantDatabase } from './slant-database';

/**
 * The one database this page uses. Only storage sees it: everything else goes through the
 * repositories bound to it in `index.ts`. Tests replace the IndexedDB underneath it with
 * fake-indexeddb (and reach it through tests/support).
 */
export const db = new SlantDatabase();
