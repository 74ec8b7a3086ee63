/**
 * Replies in other tools' files (Hypothesis's `references`, a W3C `replying` annotation, Recogito
 * threads) discuss a passage but mark none of their own, so Slant cannot hold them as
 * annotations. Each is folded into its parent's note instead (`Reply from sam: …`). A reply whose
 * parent is not in the file, or was not imported itself, is reported, never dropped in silence.
 */
import type { ImportProblem } from './import-problem';
import type { ReadAnnotation } from './read-w3c-annotation';

interface ReadItem {
  where: string;
  read: ReadAnnotation;
}

/** An id and its last segment, so `https://hypothes.is/a/abc` and `abc` find each other. */
function idKeys(iri: string): string[] {
  const last = iri.split('/').pop();
  return last && last !== iri ? [iri, last] : [iri];
}

interface Replies {
  /** The replies to the annotation with this IRI, as note paragraphs; each is taken once. */
  take(iri: string | undefined): string[];
  /** Replies no imported annotation took. */
  leftOver(): ImportProblem[];
}

export function foldReplies(items: readonly ReadItem[]): Replies {
  const byParent = new Map<string, { text: string; where: string }[]>();
  for (const { read, where } of items) {
    if (read.kind !== 'reply' || read.text.length === 0) continue;
    const text = `Reply${read.creator ? ` from ${read.creator}` : ''}: ${read.text}`;
    const key = idKeys(read.parent).at(-1)!;
    byParent.set(key, [...(byParent.get(key) ?? []), { text, where }]);
  }
  return {
    take(iri) {
      if (iri === undefined) return [];
      const texts: string[] = [];
      for (const key of idKeys(iri)) {
        for (const reply of byParent.get(key) ?? []) texts.push(reply.text);
        byParent.delete(key);
      }
      return texts;
    },
    leftOver: () =>
      [...byParent.values()].flat().map(({ where }) => ({
        where,
        reason: 'it replies to an annotation that is not in this file or could not be imported',
      })),
  };
}
