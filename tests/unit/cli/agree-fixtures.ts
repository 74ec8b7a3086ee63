/**
 * A small lesson for the `slant agree` tests, on two sentences of seed 000: the teacher's pack
 * with its answer key (two spans, one per tag), two students' work made the way Slant exports it
 * (Ana marks exactly the key; Ben marks only the loaded word, with the word before it, and no
 * claim), and the bad files a teacher might hand the command. The good files are committed in
 * tests/fixtures/class/, so the command can be tried for real; agree.test.ts checks that they
 * are what this module builds. To write them again after a change here:
 *   npx tsx -e "import('./tests/unit/cli/agree-fixtures.ts').then((m) => m.writeAgreeFixtures())"
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe as describeRange } from '../../../src/domain/anchoring';
import { contentHash } from '../../../src/domain/content-hash';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import type { Annotation, Lesson, SlantDocument } from '../../../src/domain/types';
import { toLessonPack, toStudentWork } from '../../../src/io/class';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/class/', import.meta.url));

/** The headline of seed 000 and a sentence of its body, verbatim. */
export const HEADLINE =
  'Alawites and Christians Slaughtered: Syrian Massacre Death Toll Reaches 7,000';
export const CLAIM =
  'Reports suggest that Israeli and Russian officials have met to discuss the possibility of separating Latakia and Tartous, the Alawite heartland, from the rest of Syria.';
export const TEXT = `${HEADLINE}\n${CLAIM}`;

/** The key's two spans. */
export const KEY_LOADED = 'Slaughtered';
export const KEY_CLAIM = 'Reports suggest that Israeli and Russian officials have met';
/** Ben's loaded-language span: the key's word and the word before it. */
export const BEN_LOADED = 'Christians Slaughtered';

export const LESSON_ID = '8d4c6e2a-1f3b-4a5c-9e7d-2b6f0a8c4e19';
const OTHER_LESSON_ID = '2f9a7c1e-6b4d-4e8a-a3c5-7d1e9b0f6a28';
export const EXPORTED_AT = new Date('2025-03-12T09:30:00.000Z');

const TAGS = DEFAULT_TAGS.filter((t) => t.id !== 'outlet-affiliation');

export async function seedDocument(): Promise<SlantDocument> {
  return {
    id: 'seed-000',
    title: HEADLINE,
    text: TEXT,
    author: 'Ernie Stanton',
    importedAt: '2025-03-10T08:00:00.000Z',
    language: 'en',
    contentHash: await contentHash(TEXT),
    collectionIds: [],
  };
}

let counter = 0;

/** An annotation on the first `quote` in `doc` with `tagId`, as the editor stores it. */
export function mark(
  doc: SlantDocument,
  quote: string,
  tagId: string,
  annotator: string,
): Annotation {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in ${doc.id}`);
  counter += 1;
  return {
    id: `7a1e0c3b-5d2f-4c6a-8b9e-${String(counter).padStart(12, '0')}`,
    layerId: 'layer-mine',
    documentId: doc.id,
    tagIds: [tagId],
    target: describeRange(doc.text, start, start + quote.length),
    note: '',
    fields: {},
    annotator,
    origin: 'manual',
    status: 'anchored',
    createdAt: '2025-03-11T10:00:00.000Z',
    updatedAt: '2025-03-11T10:00:00.000Z',
  };
}

export interface AgreeFixtures {
  document: SlantDocument;
  lesson: Lesson;
  /** The teacher's pack, with the key. */
  key: string;
  /** The pack handed to students: no key. */
  studentPack: string;
  ana: string;
  ben: string;
  /** Bad files: each is refused for its own reason. */
  notJson: string;
  otherLesson: string;
  anaAgain: string;
  noAnnotations: string;
  tampered: string;
}

export async function agreeFixtures(): Promise<AgreeFixtures> {
  counter = 0;
  const document = await seedDocument();
  const lesson: Lesson = {
    id: LESSON_ID,
    title: 'Killings on Syria’s coast',
    instructions: 'Mark the loaded words and the claims that name no source.',
    documentIds: [document.id],
    tagIds: TAGS.map((t) => t.id),
    role: 'teacher',
    createdAt: '2025-03-10T08:30:00.000Z',
  };
  const answerKey = [
    mark(document, KEY_LOADED, 'loaded-language', 'Teacher'),
    mark(document, KEY_CLAIM, 'unattributed-claim', 'Teacher'),
  ];
  const forStudents: Lesson = { ...lesson, role: 'student' };
  const work = (
    student: string,
    annotations: Annotation[],
    of: Lesson = forStudents,
    exportedAt = EXPORTED_AT,
  ) => toStudentWork(of, student, [document], annotations, exportedAt);

  const anaMarks = [
    mark(document, KEY_LOADED, 'loaded-language', 'Ana'),
    mark(document, KEY_CLAIM, 'unattributed-claim', 'Ana'),
  ];
  const tampered = JSON.parse(
    work('Dan', [mark(document, 'Massacre', 'loaded-language', 'Dan')]),
  ) as { annotations: Annotation[] };
  // Moved one character on by hand: the quote no longer matches the unchanged text there.
  for (const annotation of tampered.annotations) {
    annotation.target.start += 1;
    annotation.target.end += 1;
  }
  return {
    document,
    lesson,
    key: toLessonPack(lesson, [document], TAGS, { key: answerKey }),
    studentPack: toLessonPack(lesson, [document], TAGS),
    ana: work('Ana', anaMarks),
    ben: work('Ben', [mark(document, BEN_LOADED, 'loaded-language', 'Ben')]),
    notJson: 'Ana’s notes: Slaughtered is loaded.\n',
    otherLesson: work('Cleo', anaMarks, {
      ...forStudents,
      id: OTHER_LESSON_ID,
      title: 'Week 2: framing',
    }),
    // Ana exported again an hour later, after deleting her claim.
    anaAgain: work('ana', anaMarks.slice(0, 1), forStudents, new Date('2025-03-12T10:30:00.000Z')),
    noAnnotations: work('Eve', []),
    tampered: JSON.stringify(tampered, null, 2),
  };
}

/** The committed files, by name in tests/fixtures/class/. */
export function committedFiles(fixtures: AgreeFixtures): Record<string, string> {
  return { 'key.json': fixtures.key, 'ana.json': fixtures.ana, 'ben.json': fixtures.ben };
}

export async function writeAgreeFixtures(): Promise<void> {
  const files = committedFiles(await agreeFixtures());
  for (const [name, text] of Object.entries(files)) await writeFile(FIXTURES + name, text);
}
