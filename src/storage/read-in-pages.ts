import type { IndexableType, Table } from 'dexie';

/**
 * Reads a whole table a page at a time, in primary-key order (as `toArray` reads it): one
 * request for a page's keys and one for its records, from just after the previous page's last
 * key. Far faster than a cursor over thousands of records (one event each), and never the whole
 * table in memory at once. `visit` gets every page, and the first even when the table is empty.
 */
export async function readInPages<T>(
  table: Table<T>,
  pageSize: number,
  visit: (records: T[]) => void,
): Promise<void> {
  let after: IndexableType | undefined;
  for (;;) {
    const page =
      after === undefined
        ? table.orderBy(':id').limit(pageSize)
        : table.where(':id').above(after).limit(pageSize);
    const [keys, records] = await Promise.all([page.primaryKeys(), page.toArray()]);
    if (records.length > 0 || after === undefined) visit(records);
    if (records.length < pageSize) return;
    after = keys[keys.length - 1];
  }
}
