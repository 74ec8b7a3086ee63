import { SlantDatabase } from '../../src/storage/database';

let counter = 0;

/** A fresh, empty database (on fake-indexeddb) for one test. */
export function freshDatabase(): SlantDatabase {
  counter += 1;
  return new SlantDatabase(`slant-test-${counter}-${crypto.randomUUID()}`);
}
