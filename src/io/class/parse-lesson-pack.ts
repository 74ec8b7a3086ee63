/**
 * Reads a lesson pack and checks all of it before anything is stored: size, JSON, format and
 * version, each record's shape (the backup's schemas), then the records together: at least one
 * article, no id used twice, and every annotation of the key on one of the pack's articles, with
 * known tags and its quote exactly at its offsets (`toLessonPack` writes it so; anything else
 * was changed by hand or damaged). Any problem refuses the whole file, saying where.
 */
import { contentHash } from '../../domain/content-hash';
import { theFile } from '../shared';
import { checkAnnotation, duplicateIds, type AnnotationContext, type BackupCheck } from '../backup';
import { lessonPackSchema } from './class-schemas';
import {
  LESSON_PACK_FORMAT,
  LESSON_PACK_VERSION,
  MAX_LESSON_PACK_BYTES,
  type LessonPack,
} from './lesson-pack-format';
import { classRefusal, readClassFile, type ClassFileKind } from './read-class-file';

export type LessonPackParse = { ok: true; pack: LessonPack } | { ok: false; error: string };

const LESSON_PACK_FILE: ClassFileKind = {
  format: LESSON_PACK_FORMAT,
  version: LESSON_PACK_VERSION,
  maxBytes: MAX_LESSON_PACK_BYTES,
  name: 'a Slant lesson pack',
  formatName: 'lesson pack',
  refused: 'cannot be opened',
  advice: 'Ask your teacher for a new copy of the lesson pack.',
};

function checkPack(pack: LessonPack): BackupCheck {
  const check: BackupCheck = { errors: [], warnings: [] };
  const key = pack.key ?? [];
  check.errors.push(
    ...duplicateIds('documents', pack.documents),
    ...duplicateIds('tags', pack.tags),
    ...duplicateIds('key', key),
  );
  const context: AnnotationContext = {
    documents: new Map(pack.documents.map((d) => [d.id, d])),
    tags: new Set(pack.tags.map((t) => t.id)),
    tagNames: pack.tags.map((t) => t.id),
    source: 'the lesson pack',
    fit: 'exact',
  };
  key.forEach((annotation, index) => checkAnnotation(annotation, `key[${index}]`, context, check));
  return check;
}

export function parseLessonPack(text: string, fileName?: string): LessonPackParse {
  const read = readClassFile(text, LESSON_PACK_FILE, lessonPackSchema, fileName);
  if (!read.ok) return read;
  const pack = read.value as LessonPack;
  if (pack.documents.length === 0)
    return {
      ok: false,
      error: `${theFile(fileName)} holds no articles, so there is nothing to annotate. ${LESSON_PACK_FILE.advice}`,
    };
  const { errors } = checkPack(pack);
  if (errors.length > 0) return classRefusal(LESSON_PACK_FILE, fileName, errors);
  return { ok: true, pack };
}

/**
 * `parseLessonPack`, then each article's content hash checked against its text. Slant finds the
 * pack's articles in the library by that hash, so a pack claiming another article's hash would
 * have the lesson open the wrong article, or store one twice: such a pack is refused, naming
 * the field.
 */
export async function readLessonPack(text: string, fileName?: string): Promise<LessonPackParse> {
  const parsed = parseLessonPack(text, fileName);
  if (!parsed.ok) return parsed;
  const { documents } = parsed.pack;
  const hashes = await Promise.all(documents.map((d) => contentHash(d.text)));
  const problems = documents.flatMap((document, index) =>
    hashes[index] === document.contentHash
      ? []
      : [
          {
            where: `documents[${index}].contentHash`,
            message: `does not match the text of “${document.title}” (the file was changed or damaged)`,
          },
        ],
  );
  return problems.length === 0 ? parsed : classRefusal(LESSON_PACK_FILE, fileName, problems);
}
