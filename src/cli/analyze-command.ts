/**
 * `slant analyze`: reads each FILE, runs the app's detectors over its text and prints the
 * suggestions, as JSON lines (streamed, file by file) or as one W3C AnnotationCollection (after
 * the last file). A file that cannot be read is reported on stderr and skipped; the exit code
 * then says so, but the other files' results still come out.
 */
import { analyze, type LearnedModels, type Suggestion } from '../analysis';
import { DEFAULT_TAGS } from '../domain/default-taxonomy';
import type { Annotation, SlantDocument } from '../domain/types';
import { toW3C } from '../io/w3c';
import { readModelFile } from './model-file';
import type { OutputFormat, Point } from './parse-args';
import { readSourceOrSay, type ReadBytes } from './read-source';
import { sourceDocument, suggestionAnnotation } from './suggestion-annotations';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file's bytes; Node's `readFile` by default. */
  readBytes?: ReadBytes;
  /** The time stamped on W3C annotations; now by default. */
  now?: () => Date;
}

interface AnalyzeRequest {
  format: OutputFormat;
  /** The loaded-language operating point; `precise` when absent. */
  point?: Point;
  /** A file of models learned by `slant learn`, used for the tags it holds. */
  model?: string;
  files: readonly string[];
}

function jsonLine(source: string, { tag, start, end, exact, reason }: Suggestion): string {
  return `${JSON.stringify({ source, tag, start, end, exact, reason })}\n`;
}

/** Runs the command; returns the exit code (0; 1 when any file failed; 2 when `--model` cannot
 *  be used, with nothing printed). */
export async function analyzeCommand(request: AnalyzeRequest, io: CliIo): Promise<number> {
  let learned: LearnedModels | undefined;
  if (request.model !== undefined) {
    const read = await readModelFile(request.model, io.readBytes);
    if (!read.ok) {
      io.stderr(`slant: ${read.error}\n`);
      return 2;
    }
    learned = read.models;
  }
  const now = (io.now?.() ?? new Date()).toISOString();
  const documents: SlantDocument[] = [];
  const annotations: Annotation[] = [];
  let failed = false;

  for (const path of request.files) {
    const source = await readSourceOrSay(path, io);
    if (!source) {
      failed = true;
      continue;
    }
    for (const warning of source.warnings) io.stderr(`slant: warning: ${warning}\n`);
    const suggestions = analyze(source.text, { point: request.point ?? 'precise', learned });

    if (request.format === 'jsonl') {
      io.stdout(suggestions.map((s) => jsonLine(path, s)).join(''));
    } else {
      const document = await sourceDocument(path, source, now);
      documents.push(document);
      annotations.push(...suggestions.map((s) => suggestionAnnotation(document, s, now)));
    }
  }

  if (request.format === 'w3c') {
    const collection = toW3C(
      { documents, annotations, tags: DEFAULT_TAGS },
      { label: 'Slant suggestions', generatedAt: new Date(now) },
    );
    io.stdout(`${JSON.stringify(collection, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
