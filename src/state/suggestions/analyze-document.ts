/**
 * A document's suggestions for a set of detectors and outlets, analysed off the main thread and
 * kept for the documents used last, so reopening a document or the Compare view is instant.
 */
import type { RegistryOutlet, Suggestion } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { attributionIfKnown } from './attribute-document';
import { analyzeOffThread, NO_LEARNED_MODELS, type InstalledModels } from './analyze-off-thread';
import { DEFAULT_TUNING, type Detector, type LoadedLanguageTuning } from './suggestion-settings';

const analysed = new Map<string, Suggestion[]>();
const CACHE_LIMIT = 12;

export const analysisKey = (
  doc: SlantDocument,
  detectors: Record<Detector, boolean>,
  registry: readonly RegistryOutlet[],
  tuning: LoadedLanguageTuning = DEFAULT_TUNING,
  learned: InstalledModels = NO_LEARNED_MODELS,
) => JSON.stringify([doc.id, doc.contentHash, detectors, registry, tuning, learned.revision]);

/** The suggestions already analysed for this key, if any. */
export const analysedAlready = (key: string) => analysed.get(key);

/** `tuning` is the default (precise, no quotes) unless given: Compare counts suggestions there.
 *  `learned`: the models learned from the reader's annotations (none unless given). */
export async function analyzeDocument(
  doc: SlantDocument,
  detectors: Record<Detector, boolean>,
  registry: readonly RegistryOutlet[],
  tuning: LoadedLanguageTuning = DEFAULT_TUNING,
  learned: InstalledModels = NO_LEARNED_MODELS,
): Promise<Suggestion[]> {
  const key = analysisKey(doc, detectors, registry, tuning, learned);
  const known = analysed.get(key);
  if (known) return known;
  // The unattributed-claim detector needs the text's attribution: one kept already is sent along.
  const attribution = detectors.unattributedClaims ? await attributionIfKnown(doc) : undefined;
  const suggestions = await analyzeOffThread(
    doc.text,
    {
      loadedLanguage: detectors.loadedLanguage,
      unattributedClaims: detectors.unattributedClaims,
      outlets: detectors.outlets,
      registry: [...registry],
      point: tuning.point,
      inQuotes: tuning.inQuotes,
    },
    learned,
    attribution,
  );
  analysed.set(key, suggestions);
  if (analysed.size > CACHE_LIMIT) analysed.delete(analysed.keys().next().value!);
  return suggestions;
}

/** The registry as the detectors need it: just the names and domains of the user's outlets. */
export const registryOf = (outlets: readonly RegistryOutlet[] | undefined): RegistryOutlet[] =>
  (outlets ?? []).map(({ id, name, aliases, domains }) => ({ id, name, aliases, domains }));
