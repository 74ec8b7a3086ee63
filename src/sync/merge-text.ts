/**
 * Three-way merge of a short text edited in two places at once (a note typed in two tabs), with
 * the merge team sync uses: both edits are applied to copies of the common version as Yjs text
 * operations (applyTextDiff) and the copies are merged. Both sides' insertions survive; where
 * both deleted or replaced the same characters, each side's insertions are kept.
 */
import * as Y from 'yjs';
import { applyTextDiff } from './text-diff';

function copyOf(base: Y.Doc, clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  return doc;
}

export function mergeText(base: string, ours: string, theirs: string): string {
  if (ours === theirs || theirs === base) return ours;
  if (ours === base) return theirs;
  const common = new Y.Doc();
  common.clientID = 1;
  common.getText('t').insert(0, base);
  // Fixed client ids: the same three texts always merge the same way, in every tab.
  const mine = copyOf(common, 2);
  const other = copyOf(common, 3);
  applyTextDiff(mine.getText('t'), ours);
  applyTextDiff(other.getText('t'), theirs);
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(other));
  return mine.getText('t').toString();
}
