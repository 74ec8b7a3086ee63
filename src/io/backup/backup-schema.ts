/**
 * The zod schema of a Slant backup file: a header, then one array for each table a backup holds,
 * every record checked by its own schema (`domain/records`, shared with Slant's other files), in
 * the order the file lists the tables, so problems are listed in the file's order too. A table
 * added after version 1 may be missing (an older file). The file's top level may hold other keys,
 * which are ignored: they never reach the database.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, STORED_TABLES, type StoredTables } from '../../domain/records';
import { BACKUP_FORMAT, BACKUP_TABLES, type BackupTable } from './backup-format';

type RecordList<T extends BackupTable> = z.ZodArray<StoredTables[T]['schema']>;

/** The arrays of records, typed as the registry says; built from it below. */
type TableLists = {
  [T in BackupTable]: StoredTables[T]['backup']['since'] extends 1
    ? RecordList<T>
    : z.ZodOptional<RecordList<T>>;
};

const tableLists = Object.fromEntries(
  BACKUP_TABLES.map((name) => {
    const { schema, backup } = STORED_TABLES[name];
    const records = z.array(schema);
    return [name, backup.since > 1 ? records.optional() : records];
  }),
) as TableLists;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: isoDateSchema,
  /** Tags deleted from the taxonomy that annotations still carry (Slant keeps them). */
  removedTagIds: z.array(idSchema).optional(),
  ...tableLists,
});
