/**
 * `slant agree KEY FILE...`: scores each student's work against the teacher's answer key and
 * measures how far the class agrees. KEY is a lesson pack exported with its key; each FILE is a
 * student's work on that lesson. Every FILE is read and matched to the lesson on its own
 * (`importStudentFiles`, as the app's Class view imports them), so a bad file is named on stderr
 * with the io layer's reason and the others are still scored; the exit code then says so.
 *
 * - Per student and tag: precision, recall and F1 with partial credit for overlap
 *   (`scoreAgainstKey`), and the micro average over all tags.
 * - Class-wide: Krippendorff's alpha per tag and overall over word tokens (`classAgreement`),
 *   once over the students alone and once with the key as one more rater.
 *
 * A student rates every article of the lesson: an article they left unmarked counts as having
 * nothing to mark, for the scores and the agreement alike. Orphaned annotations (their passage is
 * not in the teacher's text) are counted, never scored (`spansOf` skips them).
 */
import {
  classAgreement,
  scoreAgainstKey,
  spansOf,
  type KeyScore,
  type LabelledSpan,
  type Rater,
} from '../analysis';
import type { Annotation, Submission } from '../domain/types';
import { importStudentFiles, lessonFromPack, parseLessonPack, type RefusedWork } from '../io/class';
import { renderAgreement } from './agree-output';
import type { AgreeFigures, AgreeRefusal, AgreeResult, StudentResult } from './agree-result';
import type { CliIo } from './analyze-command';
import type { AgreeFormat } from './parse-args';
import { describeFsError, readBytes as readFileBytes } from './read-source';
import { keyedRecord, ownValue } from '../domain/keyed-record';

interface AgreeRequest {
  format: AgreeFormat;
  /** The lesson pack with the answer key. */
  key: string;
  /** The students' work files. */
  files: readonly string[];
  /** Start CSV with a byte-order mark (`--bom`). */
  bom?: boolean;
}

const EXIT_OK = 0;
const EXIT_FILE_ERROR = 1;
const EXIT_USAGE = 2;

type TextRead = { ok: true; text: string } | { ok: false; error: string };

async function readText(path: string, io: CliIo): Promise<TextRead> {
  try {
    const bytes = await (io.readBytes ?? readFileBytes)(path);
    // Not fatal: bytes that are not UTF-8 are not JSON either, and the io layer says so.
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return { ok: false, error: describeFsError(path, error) };
  }
}

/**
 * The io layer's message, for the command line: a duplicate is refused with advice for the app
 * ("Choose Replace…"); here the first file of each student is the one scored.
 */
function cliMessage(refused: RefusedWork): string {
  if (refused.reason !== 'duplicate-student') return refused.error;
  return `${refused.error.replace(/\s*Choose Replace\b[\s\S]*$/, '')} Only the first file of each student is scored.`;
}

function figures(score: KeyScore, annotations: readonly Annotation[]): AgreeFigures {
  return {
    keySpans: score.keySpans,
    markedSpans: score.answerSpans,
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    annotations: annotations.length,
    orphaned: annotations.filter((a) => a.status === 'orphaned').length,
  };
}

/** A student's accepted work: the submission with its annotations, placed on the key's texts. */
type Work = Submission & { annotations: readonly Annotation[] };

function studentResult(
  file: string,
  submission: Work,
  keySpans: readonly LabelledSpan[],
  tagIds: readonly string[],
): StudentResult {
  const { annotations } = submission;
  const report = scoreAgainstKey(keySpans, spansOf(annotations), tagIds);
  const byTag = keyedRecord<AgreeFigures>();
  for (const tagId of tagIds) {
    const score = ownValue(report.byTag, tagId);
    if (score)
      byTag[tagId] = figures(
        score,
        annotations.filter((a) => a.tagIds.includes(tagId)),
      );
  }
  return {
    student: submission.student,
    file,
    overall: figures(report.overall, annotations),
    byTag,
  };
}

/** Runs the command; returns the exit code (0; 1 when a FILE was refused; 2 for a bad KEY). */
export async function agreeCommand(request: AgreeRequest, io: CliIo): Promise<number> {
  const keyRead = await readText(request.key, io);
  if (!keyRead.ok) {
    io.stderr(`slant: KEY: ${keyRead.error}\n`);
    return EXIT_USAGE;
  }
  const parsed = parseLessonPack(keyRead.text, request.key);
  if (!parsed.ok) {
    io.stderr(`slant: KEY: ${parsed.error}\n`);
    return EXIT_USAGE;
  }
  const { pack } = parsed;
  if (!pack.key || pack.key.length === 0) {
    const has = pack.key ? 'an empty answer key' : 'no answer key (it is the students’ copy)';
    io.stderr(
      `slant: KEY: “${request.key}” is the lesson pack of “${pack.title}” with ${has}. ` +
        'In Slant, export the lesson pack again with “Include the answer key” ticked, and give that file as KEY.\n',
    );
    return EXIT_USAGE;
  }
  const key = pack.key;
  const { lesson, documents, tags } = lessonFromPack(pack, 'teacher');
  const tagIds = tags.map((t) => t.id);

  // One file at a time, in order, each accepted one counting for the next: messages come out in
  // the order the files were given, and a student's second file is caught as a duplicate.
  const accepted: { file: string; submission: Work }[] = [];
  const refused: AgreeRefusal[] = [];
  for (const file of request.files) {
    const read = await readText(file, io);
    if (!read.ok) {
      refused.push({ file, reason: 'cannot-read', error: read.error });
      io.stderr(`slant: ${read.error}\n`);
      continue;
    }
    const existing = accepted.map((a) => a.submission);
    const result = importStudentFiles(
      [{ name: file, text: read.text }],
      lesson,
      documents,
      existing,
    );
    for (const work of result.imported) {
      // Work that is the same as (or 95% the same as) an earlier file's: scored, and flagged.
      const twin = work.similarTo;
      if (twin) {
        const twinFile = accepted.find((a) => a.submission.id === twin.submissionId)?.file;
        io.stderr(
          `slant: ${file}: ${Math.round(twin.share * 100)}% of its passages and tags are the same as ${twin.student}’s (${twinFile}); check that they worked on their own.\n`,
        );
      }
      accepted.push({ file, submission: { ...work.submission, annotations: work.annotations } });
    }
    for (const refusal of result.refused) {
      const error = cliMessage(refusal);
      refused.push({ file, reason: refusal.reason, error });
      io.stderr(`slant: ${error}\n`);
    }
  }

  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const raters: Rater[] = accepted.map(({ submission }) => ({
    name: submission.student,
    spans: spansOf(submission.annotations),
  }));
  const keySpans = spansOf(key);
  const keyRater: Rater = { name: 'key', spans: keySpans };
  const result: AgreeResult = {
    lesson: { id: pack.id, title: pack.title, articles: documents.length },
    tags: tags.map(({ id, label }) => ({ id, label })),
    key: {
      file: request.key,
      annotations: key.length,
      orphaned: key.filter((a) => a.status === 'orphaned').length,
    },
    students: accepted.map(({ file, submission }) =>
      studentResult(file, submission, keySpans, tagIds),
    ),
    agreement: {
      students: classAgreement(texts, raters, tagIds),
      withKey: classAgreement(texts, [...raters, keyRater], tagIds),
    },
    refused,
  };
  io.stdout(renderAgreement(result, request.format, { bom: request.bom ?? false }));
  return refused.length > 0 ? EXIT_FILE_ERROR : EXIT_OK;
}
