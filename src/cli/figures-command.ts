/**
 * `slant figures`: per FILE, the figures the Compare view shows for an article (the same
 * functions: documentFigures over the detectors' suggestions, since a file has no annotations,
 * and the article's attribution), plus each figure it reports with whom it is attributed to.
 * A file that cannot be read is named on stderr and skipped; the exit code then says so.
 */
import { analyze, articleAttribution, documentFigures } from '../analysis';
import { withByteOrderMark } from '../io/csv';
import type { CliIo } from './analyze-command';
import { figuresCsv, figuresJsonLine, type FileFigures } from './figures-output';
import type { Point } from './operating-point';
import type { FiguresFormat } from './parse-args';
import { readSourceOrSay } from './read-source';

export interface FiguresRequest {
  format: FiguresFormat;
  point: Point;
  files: readonly string[];
  /** Start CSV with a byte-order mark (`--bom`). */
  bom?: boolean;
}

export function fileFigures(source: string, text: string, point: Point): FileFigures {
  const attribution = articleAttribution(text);
  const row = documentFigures({
    document: {
      id: source,
      title: source,
      text,
      importedAt: '',
      contentHash: '',
      collectionIds: [],
    },
    annotations: [],
    suggestions: analyze(text, { point }),
    attribution,
  });
  return {
    source,
    words: row.words,
    loadedLanguagePer1000: row.loadedPer1000Words,
    unattributedClaims: row.unattributedClaims,
    attributedClaims: row.attributedClaims,
    sources: row.sourcesNamed,
    figures: attribution.figures.map(({ value, number, what, start, end, attributedTo }) => ({
      value,
      number,
      what,
      start,
      end,
      attributedTo,
    })),
  };
}

/** Runs the command; returns the exit code (0, or 1 when any file failed). */
export async function figuresCommand(request: FiguresRequest, io: CliIo): Promise<number> {
  const files: FileFigures[] = [];
  let failed = false;
  for (const path of request.files) {
    const source = await readSourceOrSay(path, io);
    if (!source) {
      failed = true;
      continue;
    }
    for (const warning of source.warnings) io.stderr(`slant: warning: ${warning}\n`);
    const figures = fileFigures(path, source.text, request.point);
    if (request.format === 'jsonl') io.stdout(figuresJsonLine(figures));
    else files.push(figures);
  }
  if (request.format === 'csv') io.stdout(withByteOrderMark(figuresCsv(files), request.bom));
  return failed ? 1 : 0;
}
