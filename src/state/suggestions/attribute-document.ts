/**
 * A document's sources and figures, worked out in the suggestion worker and kept for the
 * documents used last (by id and content), so reopening Compare is instant and two views asking
 * at once share one answer.
 */
import type { ArticleAttribution } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { attributeOffThread } from './analyze-off-thread';

const attributed = new Map<string, Promise<ArticleAttribution>>();
const CACHE_LIMIT = 12;

export function attributeDocument(doc: SlantDocument): Promise<ArticleAttribution> {
  const key = `${doc.id}|${doc.contentHash}`;
  let known = attributed.get(key);
  if (!known) {
    known = attributeOffThread(doc.text);
    attributed.set(key, known);
    // A failure is not remembered: the next view asks again.
    known.catch(() => attributed.delete(key));
    if (attributed.size > CACHE_LIMIT) attributed.delete(attributed.keys().next().value!);
  }
  return known;
}
