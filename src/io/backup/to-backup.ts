/**
 * Writes a Slant backup. One record per line: the file stays readable and diffable, a parse
 * error's line number points at one record, and it is far smaller than pretty-printed JSON.
 * Tags that were removed from the taxonomy but that annotations still carry (Slant keeps them,
 * shown as deleted) are listed in `removedTagIds`, so the restore can tell them from a typo; so
 * are the tags of lessons, of their answer keys and of students' submitted annotations.
 */
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupContents } from './backup-format';
import type { BackupSettings } from './backup-settings';

/** A table's name as it opens the table: `  "name": `. */
export const tableStart = (name: string) => `  ${JSON.stringify(name)}: `;

/** One record, on a line of its own. */
export const recordLine = (record: unknown) => `    ${JSON.stringify(record)}`;

/** `"name": [` then one JSON record per line: the layout of every table in Slant's own files. */
export function jsonTable(name: string, records: readonly unknown[]): string {
  if (records.length === 0) return `${tableStart(name)}[]`;
  return `${tableStart(name)}[\n${records.map(recordLine).join(',\n')}\n  ]`;
}

/** The lines before the tables: format, version, date, removed tags and settings. */
export function backupHeader(
  exportedAt: Date,
  removedTagIds: readonly string[],
  settings?: BackupSettings,
): string {
  return [
    `  "format": ${JSON.stringify(BACKUP_FORMAT)}`,
    `  "version": ${BACKUP_VERSION}`,
    `  "exportedAt": ${JSON.stringify(exportedAt.toISOString())}`,
    ...(removedTagIds.length > 0 ? [`  "removedTagIds": ${JSON.stringify(removedTagIds)}`] : []),
    ...(settings ? [`  "settings": ${JSON.stringify(settings)}`] : []),
  ].join(',\n');
}

/** Every tag id a record of the backup refers to, in the order first met. */
function usedTagIds(contents: BackupContents): string[] {
  const lessons = contents.lessons ?? [];
  return [
    ...new Set([
      ...contents.annotations.flatMap((a) => a.tagIds),
      ...lessons.flatMap((lesson) => lesson.tagIds),
    ]),
  ];
}

export function toBackup(
  contents: BackupContents,
  exportedAt = new Date(),
  settings?: BackupSettings,
): string {
  const tagIds = new Set(contents.tags.map((t) => t.id));
  const removedTagIds = usedTagIds(contents).filter((id) => !tagIds.has(id));
  const tables = BACKUP_TABLES.map((name) => jsonTable(name, contents[name] ?? []));
  return `{\n${[backupHeader(exportedAt, removedTagIds, settings), ...tables].join(',\n')}\n}\n`;
}
