/**
 * A document's sources and figures, worked out in the suggestion worker and kept: in memory for
 * the documents used last (by id and content), so two views asking at once share one answer, and
 * between visits in the derived-results cache (`storage/derived-cache.ts`), so reopening Compare
 * does not set the worker tagging six long articles again while the reader starts working.
 */
import type { ArticleAttribution } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { derivedCache } from '../../storage';
import { attributeOffThread } from './analyze-off-thread';
import { BUILD } from '../build';

const attributed = new Map<string, Promise<ArticleAttribution>>();
const CACHE_LIMIT = 12;

/** Kept between visits only by a built app: its build names the rules that worked them out. */
const kept = BUILD ? derivedCache<ArticleAttribution>('attribution') : undefined;

async function keptOrWorkedOut(doc: SlantDocument): Promise<ArticleAttribution> {
  const key = `${BUILD}|${doc.contentHash}`;
  const known = await kept?.read(key);
  if (known) return known;
  const fresh = await attributeOffThread(doc.text);
  void kept?.keep(key, fresh);
  return fresh;
}

/**
 * The document's attribution if it is worked out already, on this visit or kept from an earlier
 * one, without setting the worker to it; undefined if not.
 */
export async function attributionIfKnown(doc: SlantDocument) {
  const asked = attributed.get(`${doc.id}|${doc.contentHash}`);
  if (asked) return asked.catch(() => undefined);
  return kept?.read(`${BUILD}|${doc.contentHash}`);
}

export function attributeDocument(doc: SlantDocument): Promise<ArticleAttribution> {
  const key = `${doc.id}|${doc.contentHash}`;
  let known = attributed.get(key);
  if (!known) {
    known = keptOrWorkedOut(doc);
    attributed.set(key, known);
    // A failure is not remembered: the next view asks again.
    known.catch(() => attributed.delete(key));
    if (attributed.size > CACHE_LIMIT) attributed.delete(attributed.keys().next().value!);
  }
  return known;
}
