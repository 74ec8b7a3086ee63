import { SlantDatabase } from '../../src/storage/slant-database';

/**
 * The page's own database, for tests of state, components and the app that set up records and
 * look at what was stored. Only tests reach it from outside src/storage.
 */
export { db as pageDatabase } from '../../src/storage/page-database';

let counter = 0;

/** A fresh, empty database (on fake-indexeddb) for one test. */
export function freshDatabase(): SlantDatabase {
  counter += 1;
  return new SlantDatabase(`slant-test-${counter}-${crypto.randomUUID()}`);
}
