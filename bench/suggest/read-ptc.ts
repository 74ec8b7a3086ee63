/**
 * Reads the PTC training split (SemEval-2020 Task 11) from /work/shared/corpora/ptc-train, or
 * from $PTC_DIR: the articles and their technique spans, with offsets converted from code points
 * to UTF-16. The corpus is research data and never ships with Slant: only the benchmark and the
 * training script read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextSpan } from '../../src/analysis/text/sentences';
import { codePointToUtf16, codePointToUtf16Table } from './code-point-offsets';

export const DEFAULT_PTC_DIR = '/work/shared/corpora/ptc-train';

export interface PtcArticle {
  id: string;
  text: string;
  /** Spans by technique name, e.g. `Loaded_Language`, in UTF-16 offsets. */
  spans: Map<string, TextSpan[]>;
}

export function readPtc(dir: string = process.env.PTC_DIR ?? DEFAULT_PTC_DIR): PtcArticle[] {
  const articles = new Map<string, PtcArticle>();
  for (const file of readdirSync(join(dir, 'articles')).sort()) {
    const match = /^article(\d+)\.txt$/.exec(file);
    if (!match?.[1]) continue;
    const text = readFileSync(join(dir, 'articles', file), 'utf8');
    articles.set(match[1], { id: match[1], text, spans: new Map() });
  }
  const tables = new Map<string, Int32Array>();
  const labels = readFileSync(join(dir, 'train-task2-TC.labels'), 'utf8');
  for (const line of labels.split('\n')) {
    const [id, technique, start, end] = line.split('\t');
    if (!id || !technique || start === undefined || end === undefined) continue;
    const article = articles.get(id);
    if (!article) throw new Error(`labels name article ${id}, which is missing`);
    let table = tables.get(id);
    if (!table) {
      table = codePointToUtf16Table(article.text);
      tables.set(id, table);
    }
    const span = {
      start: codePointToUtf16(table, Number(start)),
      end: codePointToUtf16(table, Number(end)),
    };
    const list = article.spans.get(technique) ?? [];
    list.push(span);
    article.spans.set(technique, list);
  }
  return [...articles.values()];
}
