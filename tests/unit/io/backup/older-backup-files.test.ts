import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYER_ID,
  lessonKeyLayerId,
  lessonWorkLayerId,
  submissionLayerId,
} from '../../../../src/domain/layers';
import { parseBackup, BACKUP_TABLES } from '../../../../src/io/backup';
import { backupsRepository } from '../../../../src/storage/backups-repository';
import { freshDatabase } from '../../../support/database';

/** Backups as Slant wrote them at format versions 1 and 2 (`tests/fixtures/backups`). */
const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/backups/${name}`, import.meta.url), 'utf8');

function parsed(name: string) {
  const result = parseBackup(fixture(name), { fileName: name });
  if (!result.ok) throw new Error(result.error);
  return result;
}

const layerOf = (annotations: readonly { id: string; layerId: string }[]) =>
  Object.fromEntries(annotations.map((a) => [a.id, a.layerId]));

describe('backups written by older Slants', () => {
  it('restores a version 1 backup: every annotation in the user’s own layer', async () => {
    const { contents, warnings } = parsed('slant-backup-v1.json');
    expect(warnings).toEqual([]);
    expect(layerOf(contents.annotations)).toEqual({
      'ann-1': DEFAULT_LAYER_ID,
      'ann-2': DEFAULT_LAYER_ID,
    });
    const db = freshDatabase();
    await backupsRepository(db).restore({ mode: 'replace', tables: BACKUP_TABLES, contents });
    expect(await db.annotations.count()).toBe(2);
    expect((await db.layers.get(DEFAULT_LAYER_ID))?.kind).toBe('mine');
    await db.delete();
  });

  it('restores a version 2 backup holding a lesson’s key and a student’s work, as layers', async () => {
    const { contents, warnings } = parsed('slant-backup-v2.json');
    expect(warnings).toEqual([]);
    expect(layerOf(contents.annotations)).toEqual({
      'ann-1': DEFAULT_LAYER_ID,
      'ann-2': DEFAULT_LAYER_ID,
      'ann-3': lessonWorkLayerId('lesson-s'),
      // The key was a copy of the teacher's own annotation: it keeps it under a derived id.
      'ann-1@key': lessonKeyLayerId('lesson-t'),
      'key-2': lessonKeyLayerId('lesson-t'),
      'ana-1': submissionLayerId('sub-1'),
      'ann-1@sub-1': submissionLayerId('sub-1'),
    });
    expect(contents.layers.map((l) => [l.id, l.kind, l.owner, l.readOnly])).toEqual([
      [lessonWorkLayerId('lesson-s'), 'lesson-work', '', false],
      [lessonKeyLayerId('lesson-t'), 'lesson-key', '', false],
      [submissionLayerId('sub-1'), 'lesson-work', 'Ana Silva', true],
    ]);
    expect(contents.lessons.every((lesson) => !('key' in lesson))).toBe(true);
    expect(contents.submissions).toEqual([
      expect.objectContaining({ id: 'sub-1', layerId: submissionLayerId('sub-1') }),
    ]);
    expect(contents.submissions[0]).not.toHaveProperty('annotations');
    expect(contents.claims[0]?.layerId).toBe(DEFAULT_LAYER_ID);

    const db = freshDatabase();
    await backupsRepository(db).restore({ mode: 'replace', tables: BACKUP_TABLES, contents });
    expect(await db.annotations.where('layerId').equals(lessonKeyLayerId('lesson-t')).count()).toBe(
      2,
    );
    await db.delete();
  });

  it('names where a bad copy of the key was in the file, and leaves out one whose article is gone', () => {
    const file = JSON.parse(fixture('slant-backup-v2.json'));
    file.lessons[0].key[1].tagIds = ['no-such-tag'];
    const refused = parseBackup(JSON.stringify(file));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toContain('lessons[0].key[1].tagIds[0]: unknown tag');

    const gone = JSON.parse(fixture('slant-backup-v2.json'));
    gone.submissions[0].annotations[0].documentId = 'doc-gone';
    const result = parseBackup(JSON.stringify(gone));
    if (!result.ok) throw new Error(result.error);
    expect(result.warnings).toContainEqual({
      where: 'submissions[0].annotations[0].documentId',
      message: 'document “doc-gone” is not in the backup, so this copy was left out',
      repaired: true,
    });
    expect(result.contents.annotations.map((a) => a.id)).not.toContain('ana-1');
  });
});
