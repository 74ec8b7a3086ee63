import { describe, expect, it } from 'vitest';
import { readBackup, readBackupFile, toBackup } from '../../../../src/io/backup';
import { readLaidOut } from '../../../../src/io/backup/read-backup-file';
import { library } from '../sample-data';

const exportedAt = new Date('2026-03-01T10:00:00.000Z');
const text = toBackup(library, exportedAt, { annotatorName: 'Ada' });
const file = (content: string) => new Blob([content], { type: 'application/json' });

describe('reading a backup file as a stream', () => {
  it('reads what reading the whole text reads', async () => {
    // A record at a time: the same JSON as the whole text's.
    expect(await readLaidOut(file(text))).toEqual(JSON.parse(text));
    const whole = await readBackup(text);
    const streamed = await readBackupFile(file(text), 'backup.json');
    expect(streamed).toEqual(whole);
    expect(streamed.ok && streamed.contents.annotations.length).toBe(library.annotations.length);
  });

  it('reads a file laid out by another tool (pretty-printed) whole, to the same records', async () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect(await readLaidOut(file(pretty))).toBeUndefined();
    expect(await readBackupFile(file(pretty), 'pretty.json')).toEqual(await readBackup(text));
  });

  it('refuses a file cut off in the middle, saying so, and a damaged record with where it is', async () => {
    const cut = await readBackupFile(file(text.slice(0, text.length / 2)), 'cut.json');
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.error).toMatch(/cut\.json/);
    const damaged = text.replace('"tagIds":[', '"tagIds":[7,');
    const refused = await readBackupFile(file(damaged), 'damaged.json');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/annotations\[0\]\.tagIds/);
  });

  it('keeps a field named __proto__ as data, as JSON.parse does', async () => {
    const odd = text.replace('{\n', '{\n  "__proto__": {"polluted": true},\n');
    const read = await readBackupFile(file(odd), 'odd.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(read).toEqual(await readBackup(odd));
  });
});
