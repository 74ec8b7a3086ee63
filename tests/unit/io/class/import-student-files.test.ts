import { describe, expect, it } from 'vitest';
import { importStudentFiles } from '../../../../src/io/class';
import type { Lesson } from '../../../../src/domain/types';
import {
  byStudent,
  docA,
  docB,
  driftedA,
  lesson,
  studentFile,
  teacherDocuments,
} from './sample-class';

const options = { importedAt: new Date('2025-03-13T08:00:00.000Z') };
const annotations = [byStudent(docA, 'slaughtered'), byStudent(docB, 'shelling intensified')];
const otherLesson: Lesson = {
  ...lesson,
  id: '0b8e1f36-2d4c-4a59-8f7e-3c6a1d9b2e40',
  title: 'Week 2: framing',
};

const files = [
  { name: 'ana.json', text: studentFile('Ana Silva', annotations) },
  { name: 'ben.json', text: studentFile('Ben', annotations.slice(1)) },
  { name: 'notes.json', text: '{"format": "slant-student-work", ' },
  { name: 'ana-again.json', text: studentFile('ana silva', annotations.slice(0, 1)) },
  { name: 'cleo.json', text: studentFile('Cleo', annotations, { lesson: otherLesson }) },
  { name: 'dan.json', text: studentFile('Dan', []) },
  {
    name: 'eve.json',
    text: studentFile('Eve', [byStudent(driftedA, 'called the reports lies')], {
      documents: [driftedA, docB],
    }),
  },
];

describe('importStudentFiles', () => {
  it('imports the good files and names each bad one, without the bad ones affecting the rest', () => {
    const result = importStudentFiles(files, lesson, teacherDocuments, [], options);
    expect(result.imported.map((i) => [i.fileName, i.submission.student, i.report])).toEqual([
      ['ana.json', 'Ana Silva', { placed: 2, moved: 0, orphaned: 0 }],
      ['ben.json', 'Ben', { placed: 1, moved: 0, orphaned: 0 }],
    ]);
    expect(result.refused.map((r) => [r.fileName, r.reason])).toEqual([
      ['notes.json', 'unreadable'],
      ['ana-again.json', 'duplicate-student'],
      ['cleo.json', 'other-lesson'],
      ['dan.json', 'no-annotations'],
      ['eve.json', 'different-text'],
    ]);
    expect(result.refused[0]?.error).toBe(
      '“notes.json” ends early (it may have been cut off while saving or downloading).',
    );
    expect(result.refused.every((r) => r.error.startsWith(`“${r.fileName}”`))).toBe(true);
    expect(new Set(result.imported.map((i) => i.submission.id)).size).toBe(2);
  });

  it('with replace, keeps only a student’s last file, replacing what was stored', () => {
    const stored = importStudentFiles(files.slice(0, 1), lesson, teacherDocuments, [], options)
      .imported[0]!.submission;
    const batch = [
      { name: 'ana-2.json', text: studentFile('Ana Silva', annotations.slice(1)) },
      { name: 'ana-3.json', text: studentFile(' ANA SILVA', annotations.slice(0, 1)) },
    ];
    const result = importStudentFiles(batch, lesson, teacherDocuments, [stored], {
      ...options,
      replace: true,
    });
    expect(result.refused).toEqual([]);
    expect(result.imported).toHaveLength(1);
    expect(result.imported[0]).toMatchObject({
      fileName: 'ana-3.json',
      replaces: stored,
      submission: { id: stored.id, student: 'ANA SILVA' },
    });
  });

  it('flags a file whose work is the same as another’s in the batch, and imports both', () => {
    const same = importStudentFiles(
      [
        { name: 'ana.json', text: studentFile('Ana Silva', annotations) },
        { name: 'ben.json', text: studentFile('Ben', annotations) },
        { name: 'cleo.json', text: studentFile('Cleo', annotations.slice(1)) },
      ],
      lesson,
      teacherDocuments,
      [],
      options,
    );
    expect(same.imported.map((i) => [i.fileName, i.similarTo])).toEqual([
      ['ana.json', undefined],
      [
        'ben.json',
        {
          submissionId: same.imported[0]?.submission.id,
          fileName: 'ana.json',
          student: 'Ana Silva',
          share: 1,
        },
      ],
      // Half of Ana's spans: her own work, not flagged.
      ['cleo.json', undefined],
    ]);
  });

  it('flags a file whose work is the same as work handed in before, without a file name', () => {
    const first = importStudentFiles(
      [{ name: 'ana.json', text: studentFile('Ana Silva', annotations) }],
      lesson,
      teacherDocuments,
      [],
      options,
    ).imported[0]!;
    const stored = { ...first.submission, annotations: first.annotations };
    const later = importStudentFiles(
      [{ name: 'ben.json', text: studentFile('Ben', annotations) }],
      lesson,
      teacherDocuments,
      [stored],
      options,
    );
    expect(later.imported[0]?.similarTo).toEqual({
      submissionId: first.submission.id,
      student: 'Ana Silva',
      share: 1,
    });
  });
});
