/**
 * The names and titles in a backup that hold invisible direction controls (`domain/bidi-controls`),
 * listed before restoring: each is shown isolated in Slant, but the user should know it is there.
 */
import { bidiControlsIn } from '../../domain/bidi-controls';
import type { BackupProblem } from './backup-checks';
import type { RestoredBackup } from './backup-format';

const NAMED: readonly (readonly [keyof RestoredBackup, string])[] = [
  ['documents', 'title'],
  ['documents', 'author'],
  ['tags', 'label'],
  ['outlets', 'name'],
  ['collections', 'name'],
  ['lessons', 'title'],
  ['submissions', 'student'],
  ['layers', 'label'],
  ['layers', 'owner'],
];

export function nameWarnings(contents: RestoredBackup): BackupProblem[] {
  return NAMED.flatMap(([table, field]) =>
    (contents[table] as readonly Record<string, unknown>[]).flatMap((record, index) => {
      const value = record[field];
      const controls = typeof value === 'string' ? bidiControlsIn(value) : [];
      return controls.length === 0
        ? []
        : [
            {
              where: `${table}[${index}].${field}`,
              message: `holds invisible direction controls (${controls.join(', ')}), which can make text read in a misleading order; Slant shows it set apart`,
            },
          ];
    }),
  );
}
