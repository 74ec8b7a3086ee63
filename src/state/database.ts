import { SlantDatabase } from '../storage/database';

/** The one database this page uses. Tests replace the IndexedDB underneath it with fake-indexeddb. */
export const db = new SlantDatabase();
