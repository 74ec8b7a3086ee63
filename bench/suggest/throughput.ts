/**
 * Throughput of the full `analyze` (all three detectors, shipped model) on one core: the
 * median over several runs of the time to analyse every article once, as MB (10^6 bytes of
 * UTF-8) of text per second.
 */
import { analyze } from '../../src/analysis/analyze';

export interface Throughput {
  megabytes: number;
  runs: number;
  medianSeconds: number;
  megabytesPerSecond: number;
  suggestions: number;
}

export function measureThroughput(texts: readonly string[], runs: number): Throughput {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let suggestions = 0;
  for (const text of texts) suggestions += analyze(text).length; // warm-up, and a count
  const seconds: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    for (const text of texts) analyze(text);
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
