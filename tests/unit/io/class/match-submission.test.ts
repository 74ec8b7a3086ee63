import { describe, expect, it } from 'vitest';
import type { StudentWork, SubmissionMatch } from '../../../../src/io/class';
import { matchSubmission, parseStudentWork, sameStudent } from '../../../../src/io/class';
import type { Lesson, Submission } from '../../../../src/domain/types';
import {
  LESSON_ID,
  byStudent,
  docA,
  docB,
  driftedA,
  edited,
  lesson,
  studentFile,
  teacherDocuments,
} from './sample-class';

const importedAt = new Date('2025-03-13T08:00:00.000Z');
let ids = 0;
const newId = () => `submission-${(ids += 1)}`;

function work(text: string): StudentWork {
  const parsed = parseStudentWork(text, 'ana.json');
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.work;
}

function match(
  text: string,
  existing: Submission[] = [],
  options: { replace?: boolean; lesson?: Lesson } = {},
): SubmissionMatch {
  return matchSubmission(work(text), options.lesson ?? lesson, teacherDocuments, existing, {
    fileName: 'ana.json',
    importedAt,
    newId,
    replace: options.replace,
  });
}

function accepted(result: SubmissionMatch) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

function refused(result: SubmissionMatch) {
  if (result.ok) throw new Error('expected the work to be refused');
  return result;
}

const onSameText = [
  byStudent(docA, 'slaughtered'),
  byStudent(docB, 'humanitarian catastrophe', { tagIds: ['unattributed-claim'] }),
];

describe('matchSubmission', () => {
  it('takes work on unchanged texts as it is: every annotation placed', () => {
    const result = accepted(match(studentFile('  ana   Silva', onSameText)));
    expect(result.report).toEqual({ placed: 2, moved: 0, orphaned: 0 });
    expect(result.replaces).toBeUndefined();
    expect(result.submission).toEqual({
      id: expect.stringMatching(/^submission-\d+$/),
      lessonId: LESSON_ID,
      student: 'ana Silva',
      layerId: `layer-submission-${result.submission.id}`,
      orphanCount: 0,
      exportedAt: '2025-03-12T09:30:00.000Z',
      importedAt: '2025-03-13T08:00:00.000Z',
    });
    expect(result.annotations).toEqual(onSameText);
  });

  it('refuses work made on a different version of an article’s text, naming the file and the article', () => {
    const annotations = [
      byStudent(driftedA, 'slaughtered'),
      byStudent(docB, 'shelling intensified'),
    ];
    const result = refused(match(studentFile('Ana', annotations, { documents: [driftedA, docB] })));
    expect(result.reason).toBe('different-text');
    expect(result.error).toBe(
      `“ana.json” was made on a different version of the text of “${docA.title}” (the student’s copy was edited, or is another copy of the article), so its passages cannot be compared with your key. Ask “Ana” to open the lesson pack again, annotate its unchanged article and export their work again.`,
    );
  });

  it('takes work whose drifted copy of an article holds none of its annotations', () => {
    const annotations = [byStudent(docB, 'shelling intensified')];
    const result = accepted(
      match(studentFile('Ana', annotations, { documents: [driftedA, docB] })),
    );
    expect(result.report).toEqual({ placed: 1, moved: 0, orphaned: 0 });
  });

  it('finds the teacher’s article by content hash when the student’s copy has another id', () => {
    const copy = { ...docB, id: 'students-own-b' };
    const text = studentFile('Ana', [byStudent(copy, 'shelling intensified')], {
      documents: [docA, copy],
      lesson: { ...lesson, documentIds: ['doc-a', 'students-own-b'] },
    });
    const result = accepted(match(text));
    expect(result.annotations[0]?.documentId).toBe('doc-b');
    expect(result.report).toEqual({ placed: 1, moved: 0, orphaned: 0 });
  });

  it('refuses work for another lesson, naming both', () => {
    const other: Lesson = { ...lesson, id: '0b8e1f36-2d4c-4a59-8f7e-3c6a1d9b2e40' };
    expect(
      refused(
        match(studentFile('Ana', onSameText), [], {
          lesson: { ...other, title: 'Week 2: framing' },
        }),
      ),
    ).toMatchObject({
      reason: 'other-lesson',
      error:
        '“ana.json” is work for the lesson “Two reports of one attack”, not for “Week 2: framing”.',
    });
    expect(refused(match(studentFile('Ana', onSameText), [], { lesson: other })).error).toBe(
      '“ana.json” is work for another lesson also called “Two reports of one attack”, made from a different lesson pack.',
    );
  });

  it('refuses work with no annotations', () => {
    expect(refused(match(studentFile('Ana Silva', [])))).toEqual({
      ok: false,
      reason: 'no-annotations',
      error:
        '“ana.json” has no annotations: “Ana Silva” exported the lesson before marking anything. Ask them to annotate the articles and export their work again.',
    });
  });

  it('refuses annotations on an article the lesson does not have', () => {
    const stranger = { ...docB, id: 'doc-x', title: 'Elsewhere', contentHash: 'd'.repeat(64) };
    const text = studentFile('Ana', [byStudent(stranger, 'shelling')], {
      documents: [docA, stranger],
      lesson: { ...lesson, documentIds: ['doc-a', 'doc-x'] },
    });
    expect(refused(match(text))).toMatchObject({
      reason: 'unknown-document',
      error:
        '“ana.json” has annotations on “Elsewhere”, which is not an article of “Two reports of one attack” in this library. Was the file made from another lesson pack, or was the article removed from the lesson?',
    });
  });

  it('refuses a file whose tags are not the lesson’s, naming the file and the tags', () => {
    const foreign = studentFile('Ana', [
      byStudent(docA, 'slaughtered', { tagIds: ['outlet-affiliation'] }),
      byStudent(docB, 'shelling intensified', { tagIds: ['ptc-doubt', 'loaded-language'] }),
    ]);
    expect(refused(match(foreign))).toMatchObject({
      reason: 'foreign-tags',
      error:
        '“ana.json” uses tags that are not the lesson’s: outlet-affiliation (annotation 1), ptc-doubt (annotation 2). The lesson “Two reports of one attack” uses loaded-language, unattributed-claim. Ask “Ana” to tag only with the lesson’s tags and export their work again.',
    });
  });

  it('refuses a file whose quotes or offsets were changed on an unchanged text', () => {
    const text = studentFile('Ana', onSameText);
    const quote = edited<StudentWork>(
      text,
      (w) => (w.annotations[0]!.target.exact = 'butchered!!'),
    );
    expect(refused(match(quote))).toMatchObject({
      reason: 'tampered',
      error:
        '“ana.json” was changed after it was exported, or is damaged: annotation 1 (“butchered!!”) is not the text of “Clashes in the north” at 18–29, which reads “slaughtered”. Ask the student to export their work from Slant again.',
    });
    const offsets = edited<StudentWork>(text, (w) => {
      w.annotations[1]!.target.start = 900;
      w.annotations[1]!.target.end = 924;
    });
    expect(refused(match(offsets)).error).toContain(
      'annotation 2 (“humanitarian catastrophe”) ends at 924, beyond the end of “Residents flee” (184 characters)',
    );
  });

  it('refuses a student who already handed work in, whatever the case and spacing of the name', () => {
    const first = accepted(match(studentFile('Ana Silva', onSameText))).submission;
    expect(sameStudent(' ANA  silva', 'Ana Silva')).toBe(true);
    const later = studentFile(' ANA  silva', onSameText.slice(0, 1), {
      exportedAt: new Date('2025-03-12T11:00:00.000Z'),
    });
    expect(refused(match(later, [first]))).toEqual({
      ok: false,
      reason: 'duplicate-student',
      duplicateOf: first,
      error:
        '“ana.json” is the work of “ANA silva”, who already handed in work for “Two reports of one attack” (exported 2025-03-12 09:30 UTC; this file was exported 2025-03-12 11:00 UTC). Choose Replace to keep this file’s work instead.',
    });
    expect(refused(match(studentFile('Ana Silva', onSameText), [first])).error).toBe(
      '“ana.json” was already imported: it is the work of “Ana Silva” exported 2025-03-12 09:30 UTC. Choose Replace to import it again.',
    );
    // Another lesson's submission of the same name is no duplicate.
    expect(match(later, [{ ...first, lessonId: 'other' }]).ok).toBe(true);
  });

  it('replaces the earlier submission when asked: same record id, the new work', () => {
    const first = accepted(match(studentFile('Ana Silva', onSameText))).submission;
    const later = studentFile('ana silva', onSameText.slice(0, 1));
    const result = accepted(match(later, [first], { replace: true }));
    expect(result.replaces).toBe(first);
    expect(result.submission.id).toBe(first.id);
    expect(result.annotations).toHaveLength(1);
  });
});
