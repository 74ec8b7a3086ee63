import { describe, expect, it } from 'vitest';
import type { Claim, Lesson, Submission } from '../../../../src/domain/types';
import {
  BACKUP_TABLES,
  parseBackup,
  toBackup,
  type BackupContents,
  type RestoredBackup,
} from '../../../../src/io/backup';
import { annotations, docA, docB, library } from '../sample-data';

const exportedAt = new Date('2025-03-10T12:00:00.000Z');

const claim: Claim = {
  id: 'claim-1',
  layerId: 'layer-mine',
  name: 'Death toll',
  note: 'Who counts?',
  annotationIds: [annotations[1]!.id, annotations[5]!.id],
  createdAt: '2025-03-09T10:00:00.000Z',
  updatedAt: '2025-03-09T10:10:00.000Z',
};

const lesson: Lesson = {
  id: '6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11',
  title: 'Two reports of one attack',
  instructions: 'Mark the loaded words.',
  documentIds: [docA.id, docB.id],
  tagIds: ['loaded-language'],
  role: 'teacher',
  createdAt: '2025-03-09T08:00:00.000Z',
};

const submission: Submission = {
  id: 'submission-1',
  lessonId: lesson.id,
  student: 'Ana Silva',
  layerId: 'layer-submission-submission-1',
  orphanCount: 1,
  exportedAt: '2025-03-12T09:30:00.000Z',
  importedAt: '2025-03-13T08:00:00.000Z',
};

const classLibrary: RestoredBackup = {
  ...library,
  claims: [claim],
  lessons: [lesson],
  submissions: [submission],
  layers: [],
  tombstones: [],
  unplaced: [],
  meta: [],
  dismissedSuggestions: [],
};

function refusal(text: string): string {
  const result = parseBackup(text, { fileName: 'backup.json' });
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

const file = (change: (backup: RestoredBackup & Record<string, unknown>) => void) => {
  const backup = JSON.parse(toBackup(structuredClone(classLibrary), exportedAt));
  change(backup);
  return JSON.stringify(backup);
};

describe('Slant backup, version 2: claims, lessons and submissions', () => {
  it('restores them exactly, listed after the library’s tables', () => {
    const text = toBackup(classLibrary, exportedAt);
    const tables = [...text.matchAll(/^ {2}"(\w+)": \[(\]|$)/gm)].map((m) => m[1]);
    expect(tables).toEqual([...BACKUP_TABLES]);
    const parsed = parseBackup(text);
    expect(parsed).toEqual({
      ok: true,
      contents: classLibrary,
      exportedAt: exportedAt.toISOString(),
      warnings: [],
    });
  });

  it('writes the new tables empty for a caller that has none', () => {
    const text = toBackup(library as BackupContents, exportedAt);
    expect(text).toContain(
      '  "claims": [],\n  "lessons": [],\n  "submissions": [],\n  "tombstones": [],\n  "unplaced": [],\n  "meta": [],\n  "dismissedSuggestions": []\n}',
    );
  });

  it('still reads a version 1 backup, with those tables empty', () => {
    const old = JSON.parse(toBackup(library, exportedAt));
    old.version = 1;
    delete old.claims;
    delete old.lessons;
    delete old.submissions;
    delete old.layers;
    delete old.tombstones;
    delete old.unplaced;
    delete old.meta;
    delete old.dismissedSuggestions;
    expect(parseBackup(JSON.stringify(old))).toEqual({
      ok: true,
      contents: {
        ...library,
        claims: [],
        lessons: [],
        submissions: [],
        layers: [],
        tombstones: [],
        unplaced: [],
        meta: [],
        dismissedSuggestions: [],
      },
      exportedAt: exportedAt.toISOString(),
      warnings: [],
    });
  });

  it('refuses lessons and submissions that point at what the backup lacks', () => {
    const error = refusal(
      file((b) => {
        b.lessons[0]!.tagIds.push('no-such-tag');
        b.submissions[0]!.lessonId = 'lesson-gone';
        b.lessons.push(b.lessons[0]!);
      }),
    );
    expect(error.split('\n')).toEqual([
      '“backup.json” cannot be restored:',
      'lessons[1].id: “6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11” is used twice (also by lessons[0])',
      'lessons[0].tagIds[1]: lesson “Two reports of one attack” uses unknown tag “no-such-tag”',
      'lessons[1].tagIds[1]: lesson “Two reports of one attack” uses unknown tag “no-such-tag”',
      'submissions[0].lessonId: the work of “Ana Silva” is for lesson “lesson-gone”, which is not in the backup',
    ]);
    expect(refusal(file((b) => (b.submissions[0]!.lessonId = 'lesson-gone')))).toContain(
      'submissions[0].lessonId: the work of “Ana Silva” is for lesson “lesson-gone”, which is not in the backup',
    );
  });

  it('restores a lesson whose article an older Slant deleted for good, taking it out of the lesson and saying so', () => {
    const result = parseBackup(
      file((b) => {
        b.documents = b.documents.filter((d) => d.id !== docA.id);
        b.annotations = b.annotations.filter((a) => a.documentId !== docA.id);
        b.collections[0]!.documentIds = [docB.id];
        b.claims = [];
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.contents.lessons[0]?.documentIds).toEqual([docB.id]);
    expect(result.warnings).toEqual([
      {
        where: 'lessons[0].documentIds[0]',
        message:
          'lesson “Two reports of one attack” lists document “doc-a”, which is not in the backup; it was taken out of the list',
        repaired: true,
      },
    ]);
  });

  it('only warns of a claim linking a deleted annotation', () => {
    const result = parseBackup(
      file((b) => {
        b.claims[0]!.annotationIds.push('annotation-gone');
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        {
          where: 'claims[0].annotationIds[2]',
          message:
            'claim “Death toll” links annotation “annotation-gone”, which is not in the backup',
        },
      ],
    });
  });

  it('says where a claim, lesson or submission is malformed', () => {
    const error = refusal(
      file((b) => {
        (b.claims[0] as unknown as Record<string, unknown>).annotationIds = 'a1';
        (b.lessons[0] as unknown as Record<string, unknown>).role = 'parent';
        b.submissions[0]!.student = '   ';
        b.submissions[0]!.orphanCount = -1;
      }),
    );
    expect(error.split('\n')).toEqual([
      '“backup.json” cannot be restored:',
      'claims[0].annotationIds: expected array, received string',
      'lessons[0].role: expected one of "teacher"|"student"',
      'submissions[0].student: a student needs a name',
      'submissions[0].orphanCount: cannot be negative',
    ]);
  });
});
