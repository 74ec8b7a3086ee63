/**
 * `slant learn --from ANNOTATIONS.jsonl [--tag TAG] --out MODEL.json FILE...`: learns a model per
 * tag from annotations on the given texts, the way the app learns from a reader's annotations
 * (`trainTagModel`), and writes them as one file for `slant analyze --model`. An annotation
 * belongs to the FILE whose resolved path its `source` resolves to; a FILE where a tag was never
 * marked teaches what the tag is not.
 *
 * A FILE that cannot be read is named on stderr and the rest are used (exit 1). A missing or
 * malformed ANNOTATIONS file, or nothing to learn from, stops the command (exit 2) before
 * anything is written.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  adaptationNote,
  trainTagModel,
  LEARNED_FORMAT,
  type LearnedModels,
  type TagExample,
} from '../analysis';
import { parseAnnotationLines, type AnnotationLine } from './annotation-lines';
import type { CliIo } from './analyze-command';
import { describeFsError, readBytes as readFromDisk, readSourceOrSay } from './read-source';

export interface LearnRequest {
  from: string;
  tag?: string;
  out: string;
  files: readonly string[];
}

export type WriteText = (path: string, text: string) => Promise<void>;

const writeToDisk: WriteText = (path, text) => writeFile(path, text, 'utf8');

/** Annotations by resolved source path, then by tag. */
function groupLines(lines: readonly AnnotationLine[]): Map<string, Map<string, AnnotationLine[]>> {
  const bySource = new Map<string, Map<string, AnnotationLine[]>>();
  for (const line of lines) {
    const key = resolve(line.source);
    const byTag = bySource.get(key) ?? new Map<string, AnnotationLine[]>();
    byTag.set(line.tag, [...(byTag.get(line.tag) ?? []), line]);
    bySource.set(key, byTag);
  }
  return bySource;
}

export async function learnCommand(
  request: LearnRequest,
  io: CliIo & { writeText?: WriteText },
): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`slant: ${message}\n`);
    return 2;
  };
  let annotationsText: string;
  try {
    annotationsText = new TextDecoder().decode(await (io.readBytes ?? readFromDisk)(request.from));
  } catch (error) {
    return fail(`--from: ${describeFsError(request.from, error)}`);
  }
  const parsed = parseAnnotationLines(annotationsText);
  if (!parsed.ok) return fail(`--from ${request.from}: ${parsed.error}; nothing was written.`);
  const lines = parsed.lines.filter((l) => request.tag === undefined || l.tag === request.tag);
  const tags = [...new Set(lines.map((l) => l.tag))].sort();
  const bySource = groupLines(lines);

  const examples = new Map<string, TagExample[]>(tags.map((tag) => [tag, []]));
  const used = new Set<string>();
  let failed = false;
  for (const file of request.files) {
    const key = resolve(file);
    if (used.has(key)) continue;
    used.add(key);
    const source = await readSourceOrSay(file, io);
    if (!source) {
      failed = true;
      continue;
    }
    const { text } = source;
    const byTag = bySource.get(key);
    for (const tag of tags) {
      const marked: { start: number; end: number }[] = [];
      for (const line of byTag?.get(tag) ?? []) {
        if (line.end > text.length) {
          io.stderr(
            `slant: warning: --from line ${line.line} points past the end of ${file}'s text (${text.length}); left out\n`,
          );
        } else marked.push({ start: line.start, end: line.end });
      }
      examples.get(tag)?.push({ text, marked });
    }
  }
  const orphans = lines.filter((l) => !used.has(resolve(l.source)));
  if (orphans.length > 0) {
    const names = [...new Set(orphans.map((l) => l.source))];
    io.stderr(
      `slant: warning: ${orphans.length} annotations name files not given as FILE and were left out: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}\n`,
    );
  }

  const trainable = tags.filter((tag) => examples.get(tag)?.some((e) => e.marked.length > 0));
  if (trainable.length === 0) {
    const what = request.tag === undefined ? 'any tag' : `"${request.tag}"`;
    return fail(
      `nothing to learn ${what} from: no usable FILE has it marked; nothing was written.`,
    );
  }
  const models = trainable.map((tag) => trainTagModel(tag, examples.get(tag) ?? []));
  const file: LearnedModels = { format: LEARNED_FORMAT, version: 1, models };
  try {
    await (io.writeText ?? writeToDisk)(request.out, `${JSON.stringify(file)}\n`);
  } catch (error) {
    return fail(`--out: cannot write ${request.out}: ${(error as Error).message}`);
  }
  for (const model of models) {
    const marked = examples.get(model.tag)?.filter((e) => e.marked.length > 0).length ?? 0;
    io.stdout(
      `${model.tag}: learned from ${model.annotations} annotations in ${marked} of ${model.texts} texts${adaptationNote(model)}\n`,
    );
  }
  io.stdout(`wrote ${request.out}\n`);
  return failed ? 1 : 0;
}
