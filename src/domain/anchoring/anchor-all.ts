/**
 * Opening a document anchors all its annotations at once. Each is independent, so this is a map,
 * kept as a named function so callers (the editor, a Web Worker, the CLI) share one entry point
 * and results stay in input order: `results[i]` belongs to `targets[i]`.
 */
import type { TextTarget } from '../types';
import { anchor } from './anchor';
import type { AnchorResult } from './anchor-result';

export function anchorAll(text: string, targets: readonly TextTarget[]): AnchorResult[] {
  return targets.map((target) => anchor(text, target));
}
