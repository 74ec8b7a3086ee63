/**
 * A document's suggestions for a set of detectors and outlets, analysed off the main thread and
 * kept for the documents used last, so reopening a document or the Compare view is instant.
 */
import type { RegistryOutlet, Suggestion } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { analyzeOffThread } from './analyze-off-thread';
import type { Detector } from './suggestion-settings';

const analysed = new Map<string, Suggestion[]>();
const CACHE_LIMIT = 12;

export const analysisKey = (
  doc: SlantDocument,
  detectors: Record<Detector, boolean>,
  registry: readonly RegistryOutlet[],
) => JSON.stringify([doc.id, doc.contentHash, detectors, registry]);

/** The suggestions already analysed for this key, if any. */
export const analysedAlready = (key: string) => analysed.get(key);

export async function analyzeDocument(
  doc: SlantDocument,
  detectors: Record<Detector, boolean>,
  registry: readonly RegistryOutlet[],
): Promise<Suggestion[]> {
  const key = analysisKey(doc, detectors, registry);
  const known = analysed.get(key);
  if (known) return known;
  const suggestions = await analyzeOffThread(doc.text, {
    loadedLanguage: detectors.loadedLanguage,
    unattributedClaims: detectors.unattributedClaims,
    outlets: detectors.outlets,
    registry: [...registry],
  });
  analysed.set(key, suggestions);
  if (analysed.size > CACHE_LIMIT) analysed.delete(analysed.keys().next().value!);
  return suggestions;
}

/** The registry as the detectors need it: just the names and domains of the user's outlets. */
export const registryOf = (outlets: readonly RegistryOutlet[] | undefined): RegistryOutlet[] =>
  (outlets ?? []).map(({ id, name, aliases, domains }) => ({ id, name, aliases, domains }));
