import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, backupWriter, parseBackup, toBackup } from '../../../../src/io/backup';
import { annotations, library } from '../sample-data';

const exportedAt = new Date('2026-03-01T10:00:00.000Z');
const settings = { annotatorName: 'Ada' } as const;

/** The sample library handed to a writer in pages of `size` records, as storage reads it. */
async function written(size: number, contents: Record<string, readonly unknown[]>) {
  const writer = backupWriter(exportedAt, settings);
  for (const name of BACKUP_TABLES) {
    const records = contents[name] ?? [];
    if (records.length === 0) writer.add(name, []);
    for (let at = 0; at < records.length; at += size)
      writer.add(name, records.slice(at, at + size));
  }
  return writer.finish().text();
}

describe('a backup written a page at a time', () => {
  it('is byte for byte the file written all at once, whatever the page size', async () => {
    const whole = toBackup(library, exportedAt, settings);
    for (const size of [1, 2, 3, 1000]) expect(await written(size, library)).toBe(whole);
  });

  it('lists tags the annotations still carry but the taxonomy no longer has', async () => {
    const withoutPtc = {
      ...library,
      tags: library.tags.filter((t) => t.id !== annotations[0]!.tagIds[0]),
    };
    const text = await written(2, withoutPtc);
    expect(text).toBe(toBackup(withoutPtc, exportedAt, settings));
    expect(text).toContain('"removedTagIds"');
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
  });
});
