import { describe, expect, it } from 'vitest';
import type { LessonPack } from '../../../../src/io/class';
import { lessonFromPack, parseLessonPack, toLessonPack } from '../../../../src/io/class';
import { toBackup } from '../../../../src/io/backup';
import { describe as describeRange } from '../../../../src/domain/anchoring';
import type { Tag } from '../../../../src/domain/types';
import {
  docA,
  docB,
  edited,
  key,
  lesson,
  studentFile,
  tags,
  teacherDocuments,
} from './sample-class';

function opened(text: string, fileName = 'lesson.json'): LessonPack {
  const parsed = parseLessonPack(text, fileName);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.pack;
}

function refusal(text: string, fileName = 'lesson.json'): string {
  const parsed = parseLessonPack(text, fileName);
  if (parsed.ok) throw new Error('expected the lesson pack to be refused');
  return parsed.error;
}

const withKey = () => toLessonPack(lesson, teacherDocuments, tags, { key });
const pack = (change: (json: LessonPack) => void) => edited(withKey(), change);

describe('lesson pack', () => {
  it('round-trips a student’s pack: articles and tags in the lesson’s order, no key', () => {
    const text = toLessonPack(lesson, [docB, { ...docA, deletedAt: '2025-03-10' }], tags);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "format": "slant-lesson-pack",',
      '  "version": 1,',
      `  "id": "${lesson.id}",`,
    ]);
    const read = opened(text);
    expect(read.key).toBeUndefined();
    expect(read.documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
    // The teacher's collections and trash stay with the teacher.
    expect(read.documents[0]).toEqual({ ...docA, collectionIds: [] });
    expect(read.tags.map((t) => t.id)).toEqual(['loaded-language', 'unattributed-claim']);

    const student = lessonFromPack(read, 'student');
    expect(student.lesson).toEqual({ ...lesson, role: 'student' });
    expect(student.key).toBeUndefined();
    expect(student.documents.map((d) => d.text)).toEqual([docA.text, docB.text]);
  });

  it('carries the teacher’s choice to switch suggestions off to the students', () => {
    const off = { ...lesson, suggestionsOff: true };
    const read = opened(toLessonPack(off, teacherDocuments, tags));
    expect(read.suggestionsOff).toBe(true);
    expect(lessonFromPack(read, 'student').lesson.suggestionsOff).toBe(true);
    expect(
      lessonFromPack(opened(toLessonPack(lesson, teacherDocuments, tags)), 'student').lesson,
    ).not.toHaveProperty('suggestionsOff');
  });

  it('round-trips the teacher’s pack with its key, and never gives the key to a student', () => {
    const read = opened(withKey());
    expect(read.key).toEqual(key);
    expect(lessonFromPack(read, 'teacher')).toMatchObject({ lesson, key });
    expect(lessonFromPack(read, 'student').key).toBeUndefined();
    // No key given: none is written.
    expect(opened(toLessonPack(lesson, teacherDocuments, tags, {})).key).toBe(undefined);
  });

  it('places the key on the current text when the teacher edited an article since', () => {
    const editedA = { ...docA, text: `Breaking.\n${docA.text}` };
    const read = opened(toLessonPack(lesson, [editedA, docB], tags, { key }));
    const first = read.key![0]!;
    expect(first.target).toEqual(describeRange(editedA.text, 28, 39));
    expect(editedA.text.slice(28, 39)).toBe('slaughtered');
  });

  it('writes a tag only the key still uses as a placeholder, so the key stays whole', () => {
    const oldKey = [{ ...key[0]!, tagIds: ['loaded-language', 'old-tag'] }];
    const read = opened(toLessonPack(lesson, teacherDocuments, tags, { key: oldKey }));
    expect(read.tags.map((t) => t.id)).toEqual([
      'loaded-language',
      'unattributed-claim',
      'old-tag',
    ]);
    expect(read.key![0]!.tagIds).toEqual(['loaded-language', 'old-tag']);
  });

  it('refuses to export a lesson whose article or tag is gone, saying what to fix', () => {
    expect(() => toLessonPack(lesson, [docA], tags)).toThrow(
      'The lesson “Two reports of one attack” lists an article that is no longer in your library. Remove it from the lesson, then export the pack again.',
    );
    const fewer: Tag[] = tags.filter((t) => t.id !== 'unattributed-claim');
    expect(() => toLessonPack(lesson, teacherDocuments, fewer)).toThrow(
      /uses the tag “unattributed-claim”, which is no longer in your tags/,
    );
  });

  it('refuses what is not a lesson pack, naming the file and what it is', () => {
    expect(refusal('{"format": "slant-lesson-pack",')).toBe(
      '“lesson.json” ends early (it may have been cut off while saving or downloading).',
    );
    expect(refusal('{"format": "slant-lesson-pack" "version": 1}')).toMatch(
      /^“lesson\.json” is not valid JSON at line 1, column \d+/,
    );
    expect(refusal(studentFile('Ana', []), 'ana.json')).toBe(
      '“ana.json” is not a Slant lesson pack (it is a student’s work, which the teacher imports into the lesson).',
    );
    expect(
      refusal(toBackup({ documents: [], annotations: [], tags: [], outlets: [], collections: [] })),
    ).toBe(
      '“lesson.json” is not a Slant lesson pack (it is a Slant backup, which is restored in Settings).',
    );
    expect(refusal('[]')).toBe('“lesson.json” is not a Slant lesson pack.');
    expect(refusal(pack((p) => (p.version = 2)))).toBe(
      '“lesson.json” was made by a newer Slant (lesson pack format version 2; this Slant reads version 1). Update Slant, then try again.',
    );
  });

  it('refuses a pack with no articles', () => {
    expect(refusal(pack((p) => ((p.documents = []), (p.key = []))))).toBe(
      '“lesson.json” holds no articles, so there is nothing to annotate. Ask your teacher for a new copy of the lesson pack.',
    );
  });

  it('says where a record is malformed', () => {
    const error = refusal(
      pack((p) => {
        p.id = 'lesson-1';
        (p.documents[0] as unknown as Record<string, unknown>).text = 42;
        (p.key![0]!.target as unknown as Record<string, unknown>).start = -1;
      }),
    );
    expect(error.split('\n')).toEqual([
      '“lesson.json” cannot be opened:',
      'id: must be a lesson id (a UUID)',
      'documents[0].text: expected string, received number',
      'key[0].target.start: cannot be negative',
      'Ask your teacher for a new copy of the lesson pack.',
    ]);
  });

  it('refuses a key that does not fit the pack: unknown article or tag, offsets, quotes, ids', () => {
    expect(refusal(pack((p) => (p.key![1]!.documentId = 'doc-z')))).toContain(
      'key[1].documentId: document “doc-z” is not in the lesson pack',
    );
    expect(refusal(pack((p) => (p.key![0]!.tagIds = ['no-such-tag'])))).toContain(
      'key[0].tagIds[0]: unknown tag “no-such-tag” (the lesson pack’s tags are “loaded-language”, “unattributed-claim”)',
    );
    expect(
      refusal(pack((p) => ((p.key![0]!.target.start = 400), (p.key![0]!.target.end = 411)))),
    ).toContain(
      'key[0].target.start: 400 is beyond the end of document “Clashes in the north” (302 characters)',
    );
    expect(refusal(pack((p) => (p.key![0]!.target.exact = 'butchered!!')))).toContain(
      'key[0].target.exact: the quote “butchered!!” is not the text of “Clashes in the north” at 18–29',
    );
    expect(refusal(pack((p) => p.documents.push(p.documents[0]!)))).toContain(
      'documents[2].id: “doc-a” is used twice (also by documents[0])',
    );
    expect(refusal(pack((p) => (p.key![2]!.id = p.key![0]!.id)))).toMatch(
      /key\[2\]\.id: “[0-9a-f-]+” is used twice \(also by key\[0\]\)/,
    );
  });
});
