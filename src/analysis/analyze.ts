/**
 * The one entry point for suggestions: runs the chosen detectors over a text and returns their
 * suggestions sorted by start. Pure and synchronous, so the CLI calls it in Node; the editor's
 * suggestion worker runs the same detectors (run-detectors.ts) with the tagger behind the
 * text's attribution loaded only when it must work one out.
 */
import { articleAttribution } from './attribution/article-attribution';
import { needsAttribution, runDetectors, type AnalyzeOptions } from './run-detectors';
import type { Suggestion } from './suggestion';

export type { AnalyzeOptions } from './run-detectors';

export function analyze(text: string, options: AnalyzeOptions = {}): Suggestion[] {
  return runDetectors(
    text,
    options,
    needsAttribution(options) ? articleAttribution(text) : undefined,
  );
}
