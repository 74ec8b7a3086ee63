/**
 * Reads a Slant backup and checks all of it before the caller writes anything: size, JSON, format
 * and version, every record's shape (`backup-schema.ts`), then the records against each other
 * (`backup-checks.ts`). A version 1 file is read as one whose version 2 tables (claims, lessons,
 * submissions) are empty; a file from before layers (versions 1 and 2), whose lessons held their
 * key and submissions their annotations, has its work put in layers as the schema upgrade does
 * (`older-backups.ts`). Any error refuses the whole file, and the message says which file, where
 * (`annotations[12].target.end`) and what is wrong, so the database is never half restored.
 */
import type { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_CONTENTS_ORDER,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type RestoredBackup,
} from './backup-format';
import { checkBackup, type BackupProblem } from './backup-checks';
import { repairBackup } from './backup-repairs';
import { nameWarnings } from './name-warnings';
import { listProblems, problemsOf } from './list-problems';
import { backupSchema } from './backup-schema';
import { backupSettingsSchema, type BackupSettings } from './backup-settings';
import { LAYERS_SINCE, olderBackupSchema, withLayers } from './older-backups';
import { isObject, readJsonText, theFile, withTrueHashes } from '../shared';

export interface BackupParseOptions {
  /** Files larger than this are refused before parsing; `MAX_BACKUP_BYTES` by default. */
  maxBytes?: number;
  fileName?: string;
}

export type BackupParse =
  | {
      ok: true;
      contents: RestoredBackup;
      exportedAt: string;
      /** The settings the file carries, if any (and if they fit; else a warning says so). */
      settings?: BackupSettings;
      warnings: BackupProblem[];
    }
  | { ok: false; error: string; problems?: BackupProblem[] };

function refusal(fileName: string | undefined, problems: BackupProblem[]): BackupParse {
  return {
    ok: false,
    error: `${theFile(fileName)} cannot be restored:\n${listProblems(problems)}`,
    problems,
  };
}

function checkVersion(json: unknown, fileName?: string): string | undefined {
  const file = theFile(fileName);
  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    const looksW3C = isObject(json) && ('@context' in json || 'type' in json);
    return `${file} is not a Slant backup${looksW3C ? ' (it looks like W3C annotations: import it as annotations instead)' : ''}.`;
  }
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `${file} has no valid format version (found ${JSON.stringify(version) ?? 'none'}).`;
  }
  if (version > BACKUP_VERSION) {
    return `${file} was made by a newer Slant (backup format version ${version}; this Slant reads version ${BACKUP_VERSION}). Update Slant, then restore it.`;
  }
  return undefined;
}

/** The file's settings when they fit; otherwise none, with a warning naming what did not fit. */
function readSettings(value: unknown): { settings?: BackupSettings; warnings: BackupProblem[] } {
  if (value === undefined) return { warnings: [] };
  const parsed = backupSettingsSchema.safeParse(value);
  if (parsed.success) return { settings: parsed.data, warnings: [] };
  const first = problemsOf(parsed.error.issues)[0];
  const where = first ? `settings${first.where ? `.${first.where}` : ''}` : 'settings';
  return {
    warnings: [
      {
        where,
        message: `${first?.message ?? 'does not fit'}; the settings were left as they are here`,
      },
    ],
  };
}

export function parseBackup(text: string, options: BackupParseOptions = {}): BackupParse {
  const { fileName } = options;
  const read = readJsonText(text, { maxBytes: options.maxBytes ?? MAX_BACKUP_BYTES, fileName });
  if (!read.ok) return { ok: false, error: read.error };
  return checkBackupValue(read.value, fileName);
}

/** `parseBackup` for a file's JSON already read (whole, or a record at a time). */
export function checkBackupValue(value: unknown, fileName?: string): BackupParse {
  const versionError = checkVersion(value, fileName);
  if (versionError) return { ok: false, error: versionError };

  const older = (value as { version: number }).version < LAYERS_SINCE;
  const parsed = (older ? olderBackupSchema : backupSchema).safeParse(value);
  if (!parsed.success) return refusal(fileName, problemsOf(parsed.error.issues));
  // The schemas have no defaults or transforms, so the records read are valid as they are; they
  // are returned rather than zod's copies, which would reorder every record's keys.
  const backup = value as z.infer<typeof backupSchema>;
  const { exportedAt, removedTagIds } = backup;
  // A version 1 file has none of the tables added since: they are read as empty.
  const tables = Object.fromEntries(
    BACKUP_CONTENTS_ORDER.map((name) => [name, backup[name] ?? []]),
  ) as RestoredBackup;
  const lifted = older
    ? withLayers(tables as unknown as Parameters<typeof withLayers>[0], exportedAt)
    : { contents: tables, origins: new Map<number, string>(), warnings: [] };
  const { origins } = lifted;
  const { contents, repairs } = repairBackup(lifted.contents);
  // A problem of an annotation lifted out of a lesson or submission names where it was in the file.
  const located = (problems: BackupProblem[]) =>
    problems.map((p) => {
      const at = /^annotations\[(\d+)\]/.exec(p.where);
      const from = at && origins.get(Number(at[1]));
      return from ? { ...p, where: from + p.where.slice(at[0].length) } : p;
    });
  const { errors, warnings } = checkBackup(contents, removedTagIds);
  if (errors.length > 0) return refusal(fileName, located(errors));
  const settings = readSettings((value as { settings?: unknown }).settings);
  return {
    ok: true,
    contents,
    exportedAt,
    ...(settings.settings && { settings: settings.settings }),
    warnings: [
      ...repairs,
      ...lifted.warnings,
      ...located(warnings),
      ...nameWarnings(contents),
      ...settings.warnings,
    ],
  };
}

/**
 * `parseBackup`, then every document's content hash recomputed from its text (`withTrueHashes`):
 * what the app restores. A hash that did not match is replaced and listed as repaired.
 */
export async function readBackup(
  text: string,
  options: BackupParseOptions = {},
): Promise<BackupParse> {
  return withTrueDocumentHashes(parseBackup(text, options));
}

/** A parsed backup with every document's content hash recomputed from its text. */
export async function withTrueDocumentHashes(parsed: BackupParse): Promise<BackupParse> {
  if (!parsed.ok) return parsed;
  const { documents, repairs } = await withTrueHashes(parsed.contents.documents);
  return {
    ...parsed,
    contents: { ...parsed.contents, documents },
    warnings: [...repairs, ...parsed.warnings],
  };
}
