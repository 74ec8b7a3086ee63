import { describe, expect, it } from 'vitest';
import { STORED_TABLES } from '../../../src/domain/records';
import { SlantDatabase } from '../../../src/storage/slant-database';

describe('the stored tables', () => {
  it('are the ones the schema declares, each keyed by the field the registry names', () => {
    const db = new SlantDatabase(`tables-${crypto.randomUUID()}`);
    const declared = Object.fromEntries(
      db.tables.map((table) => [table.name, table.schema.primKey.keyPath]),
    );
    expect(declared).toEqual(
      Object.fromEntries(Object.entries(STORED_TABLES).map(([name, { key }]) => [name, key])),
    );
  });
});
