/**
 * Reads a backup file as a stream, a record at a time, so that a library of thousands is never
 * in memory as one giant string beside its records. Slant writes one record per line
 * (`to-backup.ts`), so each line is JSON of its own: the header's fields, a table's opening and
 * closing, or one record. A file laid out otherwise (edited by hand, pretty-printed by another
 * tool) is still read, whole, up to the limit for files read at once. Either way every record is
 * then checked as `parseBackup` checks it, before the caller writes anything.
 */
import { MAX_BACKUP_BYTES, MAX_STREAMED_BACKUP_BYTES } from './backup-format';
import {
  checkBackupValue,
  readBackup,
  withTrueDocumentHashes,
  type BackupParse,
} from './parse-backup';
import { sizeError, theFile } from '../shared';

/** Something to read a backup from: a `File` or a `Blob`. */
export interface BackupSource {
  size: number;
  stream(): ReadableStream<BufferSource>;
  text(): Promise<string>;
}

const TABLE_OPENS = /^ {2}("(?:[^"\\]|\\.)*"): \[$/;
const FIELD = /^ {2}("(?:[^"\\]|\\.)*"): (.*?),?$/;
const TABLE_CLOSES = /^ {2}\],?$/;

/** Splits a byte stream into its text's lines, without the line breaks. */
async function* lines(stream: ReadableStream<BufferSource>): AsyncGenerator<string> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const parts = (rest + value).split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  if (rest) yield rest;
}

/** Sets a field as `JSON.parse` would: an own property, even one named `__proto__`. */
const setOwn = (object: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

/** A record's line: JSON, with the comma that separates it from the next one. */
const parseLine = (line: string) => JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);

/**
 * The file's JSON, read line by line as Slant lays it out; undefined when the file is laid out
 * otherwise (or is not JSON at all), for the caller to read it whole instead.
 */
export async function readLaidOut(source: BackupSource): Promise<unknown> {
  // Without streams (an old browser, a test's DOM), the file is read whole.
  if (typeof source.stream !== 'function' || typeof TextDecoderStream === 'undefined')
    return undefined;
  const value: Record<string, unknown> = {};
  let table: unknown[] | undefined;
  let state: 'start' | 'fields' | 'end' = 'start';
  try {
    for await (const raw of lines(source.stream())) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (state === 'start') {
        if (line !== '{') return undefined;
        state = 'fields';
      } else if (state === 'end') {
        if (line.trim() !== '') return undefined;
      } else if (table) {
        if (TABLE_CLOSES.test(line)) table = undefined;
        else if (line.startsWith('    ')) table.push(parseLine(line.slice(4)));
        else return undefined;
      } else if (line === '}') {
        state = 'end';
      } else {
        const opens = TABLE_OPENS.exec(line);
        if (opens) {
          table = [];
          setOwn(value, JSON.parse(opens[1]!) as string, table);
          continue;
        }
        const field = FIELD.exec(line);
        if (!field) return undefined;
        setOwn(value, JSON.parse(field[1]!) as string, JSON.parse(field[2]!));
      }
    }
  } catch {
    return undefined;
  }
  return state === 'end' && !table ? value : undefined;
}

/**
 * `readBackup` for a file the user picked: read as a stream when Slant laid it out (up to
 * `MAX_STREAMED_BACKUP_BYTES`), else whole (up to `MAX_BACKUP_BYTES`), then checked in full.
 */
export async function readBackupFile(
  source: BackupSource,
  fileName?: string,
): Promise<BackupParse> {
  const tooLarge = sizeError(source.size, MAX_STREAMED_BACKUP_BYTES, fileName);
  if (tooLarge) return { ok: false, error: tooLarge };
  const laidOut = await readLaidOut(source);
  if (laidOut !== undefined) return withTrueDocumentHashes(checkBackupValue(laidOut, fileName));
  if (source.size > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: `${theFile(fileName)} is not laid out as Slant writes backups (one record per line), and too large to read at once. Is it the right file?`,
    };
  }
  return readBackup(await source.text(), { fileName });
}
