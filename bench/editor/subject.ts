/** What the runner needs from each editor under test: Slant's and the peer's. */
import type { OpenFigures } from './measure';
import type { TimedResult } from './page/probes';
import type { Place } from './places';

/** Timed key presses: tags (key to new highlight painted) or keystrokes (key to text painted). */
export interface TimedFigures {
  /** ms from keydown to the first paint of its result, one per press that worked. */
  samples: number[];
  /** How long the key waited for the main thread before its handler ran, per place. */
  queueMs: number[];
  /** Time in long tasks within each timed window. */
  longTaskMs: number[];
  failures: string[];
}

export type TagFigures = TimedFigures;

export const noFigures = (): TimedFigures => ({
  samples: [],
  queueMs: [],
  longTaskMs: [],
  failures: [],
});

export function record(figures: TimedFigures, outcome: TimedResult): void {
  figures.samples.push(outcome.painted - outcome.t0);
  figures.queueMs.push(outcome.handled - outcome.t0);
  figures.longTaskMs.push(outcome.longTaskMs);
}

export interface Subject {
  name: string;
  /** Loads what the subject needs before anything is timed. */
  prepare(): Promise<void>;
  /** Opens the document in a new page; the page stays open until `close` or the next `open`. */
  open(): Promise<OpenFigures & { heapMb: number; detail?: string }>;
  /** Tags a word at each place, in the page the last `open` left. */
  tag(places: readonly Place[]): Promise<TagFigures>;
  close(): Promise<void>;
  errors: string[];
}
