/**
 * Suggestions that learn from the reader: for each tag they annotated (in the layers they own,
 * or opted in), a model is learned in the worker from those annotations and their rejections,
 * kept in storage, and installed for suggestions. When a tag's annotations or rejections change,
 * it is learned again after a quiet moment (`RETRAIN_DELAY_MS`), in the worker, so typing and
 * tagging never wait for it. A tag suggests nothing until it has `MIN_ANNOTATIONS`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  MIN_ANNOTATIONS,
  learnsFrom,
  learningLayerIds,
  tagsToLearn,
  trainingExamples,
  type ReaderWork,
  type TagWork,
} from '../../analysis';
import type { AnnotationLayer, LearnedModelRecord, LearningSettings } from '../../domain/records';
import { layers as layersRepository, learning, useLiveRead, useSettledRead } from '../../storage';
import { learnOffThread, NO_LEARNED_MODELS, type InstalledModels } from './analyze-off-thread';

export const RETRAIN_DELAY_MS = 1500;
/** What learning reads from (`learning.work`), and how long after a change it reads again. */
const WORK_TABLES = ['annotations', 'dismissedSuggestions', 'documents'];
const WORK_SETTLES_MS = 300;

export interface TagLearning extends TagWork {
  /** Annotations still needed before the tag suggests anything (0 when it has enough). */
  needed: number;
  off: boolean;
  /** The model in use, if one was learned. */
  model?: LearnedModelRecord;
  /** Set while its model is being learned (again). */
  learning: boolean;
}

export interface LearningState {
  settings: LearningSettings | undefined;
  tags: TagLearning[];
  installed: InstalledModels;
  /** Layers learning reads only when the reader opts in: imports, others' and read-only work. */
  otherLayers: AnnotationLayer[];
  error: string | null;
}

const NO_WORK: ReaderWork = { annotations: [], dismissed: [] };

/** The models that suggest: learned, with enough annotations, and not switched off. */
function installable(
  settings: LearningSettings | undefined,
  records: readonly LearnedModelRecord[] | undefined,
  tags: readonly TagLearning[],
): InstalledModels {
  if (!settings || settings.off || !records) return NO_LEARNED_MODELS;
  const usable = new Set(tags.filter((t) => !t.off && t.needed === 0).map((t) => t.tag));
  const chosen = records.filter((r) => usable.has(r.tag));
  if (chosen.length === 0) return NO_LEARNED_MODELS;
  return {
    revision: chosen.map((r) => `${r.tag}@${r.trainedAt}`).join('|'),
    models: chosen.map(({ signature: _s, trainedAt: _t, ...model }) => model),
  };
}

export function useLearning(enabled: boolean): LearningState {
  const settings = useLiveRead(() => learning.settings(), []);
  const allLayers = useLiveRead(() => layersRepository.list(), []);
  const layerIds = useMemo(
    () =>
      allLayers && settings
        ? learningLayerIds(allLayers, new Set(settings.optedInLayers)).sort()
        : undefined,
    [allLayers, settings],
  );
  // Every annotation in the reader's layers: read again once changes settle, not within the
  // frame of each tag or keystroke, and not while suggestions are off (or the text is edited).
  const work = useSettledRead(
    () => (layerIds ? learning.work(layerIds) : undefined),
    [layerIds?.join('\n')],
    WORK_TABLES,
    WORK_SETTLES_MS,
    !enabled,
  );
  const records = useLiveRead(() => learning.models(), []);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const tags = useMemo((): TagLearning[] => {
    if (!settings) return [];
    const byTag = new Map((records ?? []).map((r) => [r.tag, r]));
    return tagsToLearn(work ?? NO_WORK, settings.resetAt).map((t) => ({
      ...t,
      needed: Math.max(0, MIN_ANNOTATIONS - t.annotations),
      off: settings.off || settings.offTags.includes(t.tag),
      ...(byTag.has(t.tag) && { model: byTag.get(t.tag) }),
      learning: busy.has(t.tag),
    }));
  }, [settings, records, work, busy]);

  // What is out of date: tags to learn (again), and models whose tag no longer has enough.
  const stale = tags.filter((t) => !t.off && t.needed === 0 && t.model?.signature !== t.signature);
  const staleKey = stale.map((t) => `${t.tag}:${t.signature}`).join('|');
  const latest = useRef({ stale, work, settings });
  latest.current = { stale, work, settings };

  useEffect(() => {
    if (!enabled || !work || !records) return;
    const counted = new Set(tags.filter((t) => t.needed === 0).map((t) => t.tag));
    const orphaned = records.filter((r) => !counted.has(r.tag)).map((r) => r.tag);
    if (orphaned.length > 0) void learning.forgetModels(orphaned);
  }, [enabled, work, records, tags]);

  useEffect(() => {
    if (!enabled || staleKey === '') return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const { stale: toLearn, work: now, settings: chosen } = latest.current;
      if (!now || !chosen) return;
      setBusy(new Set(toLearn.map((t) => t.tag)));
      try {
        const documentIds = [
          ...new Set([...now.annotations, ...now.dismissed].map((r) => r.documentId)),
        ];
        const texts = await learning.texts(documentIds);
        for (const tag of toLearn) {
          if (cancelled) return;
          const examples = trainingExamples(tag.tag, texts, now, chosen.resetAt[tag.tag]);
          const model = await learnOffThread(tag.tag, examples);
          if (cancelled) return;
          await learning.saveModel({
            ...model,
            signature: tag.signature,
            trainedAt: new Date().toISOString(),
          });
        }
        setError(null);
      } catch (e) {
        if (!cancelled) setError((e as Error).message);
      } finally {
        if (!cancelled) setBusy(new Set());
      }
    }, RETRAIN_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      setBusy(new Set());
    };
  }, [enabled, staleKey]);

  const installed = useMemo(() => installable(settings, records, tags), [settings, records, tags]);
  const otherLayers = useMemo(
    () => (allLayers ?? []).filter((layer) => !learnsFrom(layer, new Set())),
    [allLayers],
  );
  return { settings, tags, installed, otherLayers, error };
}
