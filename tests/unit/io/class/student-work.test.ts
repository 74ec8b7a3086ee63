import { describe, expect, it } from 'vitest';
import type { StudentWork } from '../../../../src/io/class';
import { parseStudentWork, toLessonPack, toStudentWork } from '../../../../src/io/class';
import type { SlantDocument } from '../../../../src/domain/types';
import {
  EXPORTED_AT,
  LESSON_ID,
  byStudent,
  docA,
  docB,
  driftedA,
  edited,
  lesson,
  studentFile,
  tags,
  teacherDocuments,
} from './sample-class';

function read(text: string, fileName = 'ana.json'): StudentWork {
  const parsed = parseStudentWork(text, fileName);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.work;
}

function refusal(text: string, fileName = 'ana.json'): string {
  const parsed = parseStudentWork(text, fileName);
  if (parsed.ok) throw new Error('expected the student’s work to be refused');
  return parsed.error;
}

const other: SlantDocument = { ...docB, id: 'doc-other', title: 'Not in the lesson' };
const work = [
  byStudent(docA, 'slaughtered'),
  byStudent(other, 'shelling intensified'),
  byStudent(docB, 'humanitarian catastrophe', { note: 'Whose words?' }),
];
const file = (change: (json: StudentWork) => void) =>
  edited(studentFile('Ana Silva', work), change);

describe('student’s work', () => {
  it('round-trips the work on the lesson’s articles only, with each article’s hash', () => {
    const text = studentFile('  Ana   Silva ', work, { documents: [docA, docB, other] });
    expect(text.split('\n').slice(0, 8)).toEqual([
      '{',
      '  "format": "slant-student-work",',
      '  "version": 1,',
      `  "lessonId": "${LESSON_ID}",`,
      '  "lessonTitle": "Two reports of one attack",',
      '  "student": "Ana Silva",',
      '  "exportedAt": "2025-03-12T09:30:00.000Z",',
      '  "documents": [',
    ]);
    expect(read(text)).toEqual({
      format: 'slant-student-work',
      version: 1,
      lessonId: LESSON_ID,
      lessonTitle: lesson.title,
      student: 'Ana Silva',
      exportedAt: EXPORTED_AT.toISOString(),
      documents: [
        { id: 'doc-a', title: docA.title, contentHash: docA.contentHash },
        { id: 'doc-b', title: docB.title, contentHash: docB.contentHash },
      ],
      annotations: [work[0], work[2]],
    });
  });

  it('places annotations on the student’s current text before writing them', () => {
    // Made before the student's copy drifted: the file holds them where they are now.
    const text = studentFile('Ana', [byStudent(docA, 'slaughtered')], {
      documents: [driftedA, docB],
    });
    const [annotation] = read(text).annotations;
    expect(annotation?.target.start).toBe(docA.text.indexOf('slaughtered') + 18);
    expect(read(text).documents[0]?.contentHash).toBe('c'.repeat(64));
  });

  it('will not export work without the student’s name', () => {
    expect(() => studentFile('  ', work)).toThrow('Enter your name before you export your work.');
  });

  it('refuses what is not a student’s work, naming the file and what it is', () => {
    expect(refusal('')).toBe('“ana.json” is empty.');
    expect(refusal('{"format": "slant-student-work", "version": 1,,}')).toMatch(
      /^“ana\.json” is not valid JSON at line 1, column \d+/,
    );
    expect(refusal(toLessonPack(lesson, teacherDocuments, tags), 'lesson.json')).toBe(
      '“lesson.json” is not a student’s work from Slant (it is a lesson pack, which students open to start the lesson).',
    );
    expect(refusal(file((w) => (w.version = 7)))).toMatch(
      /was made by a newer Slant \(student work format version 7; this Slant reads version 1\)/,
    );
  });

  it('refuses a file edited by hand, saying where', () => {
    const error = refusal(
      file((w) => {
        w.student = ' ';
        w.lessonId = 'my-lesson';
        (w.annotations[0]!.target as unknown as Record<string, unknown>).end = 12.5;
      }),
    );
    expect(error.split('\n')).toEqual([
      '“ana.json” cannot be imported:',
      'lessonId: must be a lesson id (a UUID)',
      'student: a student needs a name',
      'annotations[0].target.end: must be a whole number',
      'Ask the student to export their work from Slant again.',
    ]);
    expect(
      refusal(
        file((w) => {
          w.annotations[1]!.id = w.annotations[0]!.id;
          w.annotations[0]!.documentId = 'doc-z';
          w.annotations[1]!.target.end += 3;
        }),
      ).split('\n'),
    ).toEqual([
      '“ana.json” cannot be imported:',
      expect.stringMatching(/^annotations\[1\]\.id: “[0-9a-f-]+” is used twice/),
      'annotations[0].documentId: article “doc-z” is not among the file’s documents',
      'annotations[1].target.exact: the quote is 24 characters long, but its offsets 130–157 span 27',
      'Ask the student to export their work from Slant again.',
    ]);
  });

  it('writes annotations as the toStudentWork caller gave them, lesson article first', () => {
    const lessonCopy = { ...lesson, documentIds: ['doc-b', 'doc-a'] };
    const text = toStudentWork(lessonCopy, 'Ana', [docA, docB], work, EXPORTED_AT);
    expect(read(text).documents.map((d) => d.id)).toEqual(['doc-b', 'doc-a']);
    expect(read(text).annotations.map((a) => a.id)).toEqual([work[0]!.id, work[2]!.id]);
  });
});
