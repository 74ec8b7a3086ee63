/**
 * What the app learns a tag from: the reader's own annotations of it and the suggestions of it
 * they rejected, across their library. Only the layers the reader owns count (their `mine`
 * layer, a lesson key they made, their own lesson work), never an import, another member's work
 * or a read-only layer, unless the reader points learning at that layer. Every text they worked
 * on counts, so a tag's unmarked words there teach what the tag is not.
 */
import type { AnnotationLayer } from '../../domain/records';
import type { Annotation, DismissedSuggestion } from '../../domain/types';
import { learnerRevision } from './learner-revision';
import type { TagExample } from './train-tag-model';

/** A tag needs this many of the reader's annotations before it suggests anything. */
export const MIN_ANNOTATIONS = 5;

/** Tags whose detectors are rules, not token models: learning would replace them with worse. */
export const RULE_TAGS: ReadonlySet<string> = new Set(['unattributed-claim', 'outlet-affiliation']);

const OWN_KINDS: ReadonlySet<AnnotationLayer['kind']> = new Set([
  'mine',
  'lesson-key',
  'lesson-work',
]);

/** Whether learning reads a layer: the reader's own editable layers, and those they opted in. */
export const learnsFrom = (layer: AnnotationLayer, optedIn: ReadonlySet<string>) =>
  optedIn.has(layer.id) || (OWN_KINDS.has(layer.kind) && !layer.readOnly);

/** The layers learning reads, by id. */
export const learningLayerIds = (
  layers: readonly AnnotationLayer[],
  optedIn: ReadonlySet<string>,
): string[] => layers.filter((layer) => learnsFrom(layer, optedIn)).map((layer) => layer.id);

/** What the reader did in the layers learning reads: their annotations and rejections. */
export interface ReaderWork {
  annotations: readonly Annotation[];
  dismissed: readonly DismissedSuggestion[];
}

/** What a tag would learn from: counts for the panel and a signature that changes with them. */
export interface TagWork {
  tag: string;
  annotations: number;
  rejections: number;
  /** Changes whenever the tag's annotations or rejections do, or an update changes what it is
   *  learned with (learner-revision.ts): the stored model is then stale. */
  signature: string;
}

const after = (since: string | undefined, at: string) => since === undefined || at > since;

const marksOf = (work: ReaderWork, tag: string, since?: string) =>
  work.annotations.filter(
    (a) => a.status === 'anchored' && a.tagIds.includes(tag) && after(since, a.createdAt),
  );

const rejectionsOf = (work: ReaderWork, tag: string, since?: string) =>
  work.dismissed.filter((d) => d.tag === tag && after(since, d.dismissedAt));

/** A short, stable digest of a list of strings (FNV-1a), so signatures stay small. */
function digest(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ 0x2c, 0x01000193) >>> 0;
  }
  return `${parts.length}-${hash.toString(36)}`;
}

/**
 * Each tag the reader marked (rule-detected tags apart), with what it would learn from.
 * `since` holds the time each reset tag was last reset: only later work counts for it.
 * `learner` names what each tag is learned with (the running build's, but for tests).
 */
export function tagsToLearn(
  work: ReaderWork,
  since: Readonly<Record<string, string>> = {},
  learner: (tag: string) => string = learnerRevision,
): TagWork[] {
  const tags = new Set<string>();
  for (const a of work.annotations) for (const tag of a.tagIds) tags.add(tag);
  for (const d of work.dismissed) tags.add(d.tag);
  return [...tags]
    .filter((tag) => !RULE_TAGS.has(tag))
    .sort()
    .map((tag) => {
      const marks = marksOf(work, tag, since[tag]);
      const rejections = rejectionsOf(work, tag, since[tag]);
      const parts = [
        ...marks.map((a) => `m|${a.documentId}|${a.target.start}|${a.target.end}`),
        ...rejections.map((d) => `r|${d.documentId}|${d.start}|${d.end}`),
      ].sort();
      return {
        tag,
        annotations: marks.length,
        rejections: rejections.length,
        signature: digest([tag, learner(tag), since[tag] ?? '', ...parts]),
      };
    });
}

/**
 * The training set of one tag: one example per text the reader worked on (annotated with any
 * tag, or rejected a suggestion in), with the tag's marked passages (the same passage marked in
 * two layers counts once) and its rejected suggestions whose words are still there.
 */
export function trainingExamples(
  tag: string,
  texts: ReadonlyMap<string, string>,
  work: ReaderWork,
  since?: string,
): TagExample[] {
  const worked = new Set<string>();
  for (const a of work.annotations) if (a.status === 'anchored') worked.add(a.documentId);
  for (const d of work.dismissed) worked.add(d.documentId);
  const marks = marksOf(work, tag, since);
  const rejections = rejectionsOf(work, tag, since);
  const examples: TagExample[] = [];
  for (const documentId of [...worked].sort()) {
    const text = texts.get(documentId);
    if (text === undefined) continue;
    const spans = new Map<string, { start: number; end: number }>();
    for (const a of marks) {
      const { start, end } = a.target;
      if (a.documentId === documentId && end <= text.length)
        spans.set(`${start}|${end}`, { start, end });
    }
    const rejected = rejections
      .filter((d) => d.documentId === documentId && text.slice(d.start, d.end) === d.exact)
      .map(({ start, end }) => ({ start, end }));
    examples.push({ text, marked: [...spans.values()], ...(rejected.length > 0 && { rejected }) });
  }
  return examples;
}
