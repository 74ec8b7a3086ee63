/**
 * Writes a Slant backup. One record per line: the file stays readable and diffable, a parse
 * error's line number points at one record, and it is far smaller than pretty-printed JSON.
 * Tags that were removed from the taxonomy but that annotations still carry (Slant keeps them,
 * shown as deleted) are listed in `removedTagIds`, so the restore can tell them from a typo.
 */
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupContents } from './backup-format';

function table(name: string, records: readonly unknown[]): string {
  if (records.length === 0) return `  ${JSON.stringify(name)}: []`;
  const lines = records.map((record) => `    ${JSON.stringify(record)}`);
  return `  ${JSON.stringify(name)}: [\n${lines.join(',\n')}\n  ]`;
}

export function toBackup(contents: BackupContents, exportedAt = new Date()): string {
  const tagIds = new Set(contents.tags.map((t) => t.id));
  const removedTagIds = [
    ...new Set(contents.annotations.flatMap((a) => a.tagIds.filter((id) => !tagIds.has(id)))),
  ];
  const header = [
    `  "format": ${JSON.stringify(BACKUP_FORMAT)}`,
    `  "version": ${BACKUP_VERSION}`,
    `  "exportedAt": ${JSON.stringify(exportedAt.toISOString())}`,
    ...(removedTagIds.length > 0 ? [`  "removedTagIds": ${JSON.stringify(removedTagIds)}`] : []),
  ];
  const tables = BACKUP_TABLES.map((name) => table(name, contents[name]));
  return `{\n${[...header, ...tables].join(',\n')}\n}\n`;
}
