/**
 * What the SemEval-2020 Task 11 scorers accept in a label file (their format checks, as in the
 * task's `task-TC_scorer.py` and `task-SI_scorer.py`): one span per line, four tab-separated
 * columns `<article id>\t<technique>\t<start>\t<end>`, the technique one of the task's 14 names,
 * `start` and `end` whole numbers with start < end, counting characters (code points) of the
 * article file, so end is at most the article's length. Returns every problem, by line.
 */
import { PTC_TECHNIQUES } from '../../src/io/ptc';

const TECHNIQUES = new Set<string>(PTC_TECHNIQUES);
const WHOLE = /^\d+$/;

export function ptcFormatProblems(tsv: string, articles: ReadonlyMap<string, string>): string[] {
  if (tsv.length > 0 && !tsv.endsWith('\n')) return ['the file does not end with a line break'];
  return tsv
    .split('\n')
    .slice(0, -1)
    .flatMap((line, index) => {
      const at = `line ${index + 1}`;
      const columns = line.split('\t');
      if (columns.length !== 4) return [`${at}: ${columns.length} columns, not 4`];
      const [id, technique, start, end] = columns as [string, string, string, string];
      const problems: string[] = [];
      const text = articles.get(id);
      if (text === undefined) problems.push(`${at}: no article ${id}`);
      if (!TECHNIQUES.has(technique)) problems.push(`${at}: ${technique} is not a technique`);
      if (!WHOLE.test(start) || !WHOLE.test(end)) problems.push(`${at}: offsets not whole numbers`);
      else if (Number(start) >= Number(end)) problems.push(`${at}: start is not before end`);
      else if (text !== undefined && Number(end) > [...text].length) {
        problems.push(`${at}: end is beyond the article`);
      }
      return problems;
    });
}
