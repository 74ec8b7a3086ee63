/**
 * The first steps of reading a lesson pack or a student's work, shared by both: size and JSON
 * (`readJsonText`), then the format and version, then every record's shape. Each refusal names
 * the file and says what to do; a file of another Slant kind (a backup, the other class file)
 * is named as what it is, since picking the wrong one of several files is the likeliest mistake.
 */
import type { z } from 'zod';
import { BACKUP_FORMAT, listProblems, problemsOf, type BackupProblem } from '../backup';
import { isObject, readJsonText, theFile } from '../shared';
import { REGISTRY_FORMAT } from '../registry/outlet-registry';
import { LESSON_PACK_FORMAT } from './lesson-pack-format';
import { STUDENT_WORK_FORMAT } from './student-work-format';

export interface ClassFileKind {
  format: string;
  version: number;
  maxBytes: number;
  /** What the file is, in messages: `a Slant lesson pack`. */
  name: string;
  /** Its format's name in the version message: `lesson pack`. */
  formatName: string;
  /** What was refused: `cannot be opened`. */
  refused: string;
  /** What to do about a damaged file, said after its problems. */
  advice: string;
}

type ClassFileRead<T> = { ok: true; value: T } | { ok: false; error: string };

/** What each of Slant's files is for, said when it is given where another was expected. */
const OTHER_FILES: Record<string, string> = {
  [BACKUP_FORMAT]: 'it is a Slant backup, which is restored in Settings',
  [LESSON_PACK_FORMAT]: 'it is a lesson pack, which students open to start the lesson',
  [STUDENT_WORK_FORMAT]: 'it is a student’s work, which the teacher imports into the lesson',
  [REGISTRY_FORMAT]: 'it is an outlet registry, which is imported in Settings',
};

function checkVersion(json: unknown, kind: ClassFileKind, fileName?: string): string | undefined {
  const file = theFile(fileName);
  if (!isObject(json) || json.format !== kind.format) {
    const other = isObject(json) && typeof json.format === 'string' && OTHER_FILES[json.format];
    return `${file} is not ${kind.name}${other ? ` (${other})` : ''}.`;
  }
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `${file} has no valid format version (found ${JSON.stringify(version) ?? 'none'}).`;
  }
  if (version > kind.version) {
    return `${file} was made by a newer Slant (${kind.formatName} format version ${version}; this Slant reads version ${kind.version}). Update Slant, then try again.`;
  }
  return undefined;
}

/** The refusal of a file with `problems`, listed where they are, and the kind's advice. */
export function classRefusal(
  kind: ClassFileKind,
  fileName: string | undefined,
  problems: readonly BackupProblem[],
): { ok: false; error: string } {
  return {
    ok: false,
    error: `${theFile(fileName)} ${kind.refused}:\n${listProblems(problems)}\n${kind.advice}`,
  };
}

/**
 * Reads `text` as a file of `kind` whose records `schema` checks. The value returned is the
 * parsed JSON itself, not zod's copy (the schemas transform nothing, and the copy would reorder
 * every record's keys).
 */
export function readClassFile<S extends z.ZodType>(
  text: string,
  kind: ClassFileKind,
  schema: S,
  fileName?: string,
): ClassFileRead<z.infer<S>> {
  const read = readJsonText(text, { maxBytes: kind.maxBytes, fileName });
  if (!read.ok) return read;
  const versionError = checkVersion(read.value, kind, fileName);
  if (versionError) return { ok: false, error: versionError };
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) return classRefusal(kind, fileName, problemsOf(parsed.error.issues));
  return { ok: true, value: read.value as z.infer<S> };
}
