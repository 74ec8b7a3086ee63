/**
 * Writes a Slant backup as a Blob while the records are read, a page at a time, so that a library
 * of thousands never has to be in memory as records and as one giant string at once: each page
 * becomes text, and every few megabytes of text becomes a Blob part (which the browser may keep
 * outside the page's heap). The bytes are the ones `toBackup` writes for the same records.
 */
import { backupHeader, recordLine, tableStart } from './to-backup';
import type { BackupSettings } from './backup-settings';

/** Text gathered before it becomes one Blob part. */
const PART_CHARS = 4 * 1024 * 1024;

export interface BackupWriter {
  /** Adds records of `table`; the tables come in the file's order, each at least once. */
  add(table: string, records: readonly unknown[]): void;
  finish(): Blob;
}

export function backupWriter(exportedAt: Date, settings?: BackupSettings): BackupWriter {
  const blobs: Blob[] = [];
  let parts: string[] = [];
  let chars = 0;
  const write = (text: string) => {
    parts.push(text);
    chars += text.length;
    if (chars < PART_CHARS) return;
    blobs.push(new Blob(parts));
    parts = [];
    chars = 0;
  };
  const tagIds: string[] = [];
  const used = { annotations: new Set<string>(), lessons: new Set<string>() };
  let current: string | undefined;
  let written = 0;
  const close = () => {
    if (current !== undefined) write(written === 0 ? '[]' : '\n  ]');
  };

  return {
    add(table, records) {
      if (table !== current) {
        close();
        write(`${current === undefined ? '' : ',\n'}${tableStart(table)}`);
        current = table;
        written = 0;
      }
      if (table === 'tags') tagIds.push(...records.map((t) => (t as { id: string }).id));
      if (table === 'annotations' || table === 'lessons')
        for (const record of records)
          for (const id of (record as { tagIds: string[] }).tagIds) used[table].add(id);
      for (const record of records) {
        write(`${written === 0 ? '[\n' : ',\n'}${recordLine(record)}`);
        written += 1;
      }
    },
    finish() {
      close();
      blobs.push(new Blob(parts));
      const known = new Set(tagIds);
      const removed = [...new Set([...used.annotations, ...used.lessons])].filter(
        (id) => !known.has(id),
      );
      const header = backupHeader(exportedAt, removed, settings);
      return new Blob([`{\n${header},\n`, ...blobs, '\n}\n'], { type: 'application/json' });
    },
  };
}
