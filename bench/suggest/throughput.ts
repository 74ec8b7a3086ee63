/**
 * Throughput of `analyze` on one core: the median over several runs of the time to analyse
 * every article once, as MB (10^6 bytes of UTF-8) of text per second. With all detectors (the
 * default), or with some switched off: the target (>= 1 MB/s) is the shipped model's,
 * the loaded-language detector alone; the unattributed-claims detector tags every sentence with
 * the NLP library to find who is cited, and sets the pace of the full `analyze`.
 */
import { analyze, type AnalyzeOptions } from '../../src/analysis/analyze';

export interface Throughput {
  megabytes: number;
  runs: number;
  medianSeconds: number;
  megabytesPerSecond: number;
  suggestions: number;
}

export function measureThroughput(
  texts: readonly string[],
  runs: number,
  options: AnalyzeOptions = {},
): Throughput {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let suggestions = 0;
  for (const text of texts) suggestions += analyze(text, options).length; // warm-up, and a count
  const seconds: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    for (const text of texts) analyze(text, options);
    seconds.push((performance.now() - started) / 1000);
  }
  seconds.sort((a, b) => a - b);
  const medianSeconds = seconds[Math.floor(seconds.length / 2)] ?? Number.NaN;
  return {
    megabytes: bytes / 1e6,
    runs,
    medianSeconds,
    megabytesPerSecond: bytes / 1e6 / medianSeconds,
    suggestions,
  };
}
