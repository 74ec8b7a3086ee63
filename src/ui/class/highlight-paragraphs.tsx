/**
 * Annotations drawn over read-only text, as the editor draws them (`editor.css`): the innermost
 * annotation's tag colour as a tint and its underline style as a second cue, darker where
 * highlights overlap, and the tags named on hover.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { Annotation, Tag } from '../../domain/types';
import { paragraphPieces } from './text-pieces';

export function highlightParagraphs(
  text: string,
  annotations: readonly Annotation[],
  tags: readonly Tag[],
  tagIds: readonly string[],
): ReactNode[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const ranges = annotations.map((a) => ({
    start: a.target.start,
    end: a.target.end,
    value: a,
  }));
  return paragraphPieces(text, ranges).map((pieces) =>
    pieces.map((piece) => {
      if (piece.values.length === 0) return <span key={piece.start}>{piece.text}</span>;
      const innermost = [...piece.values].sort(
        (a, b) => a.target.end - a.target.start - (b.target.end - b.target.start),
      )[0]!;
      const tag = byId.get(innermost.tagIds.find((t) => tagIds.includes(t)) ?? '');
      const labels = [
        ...new Set(
          piece.values.flatMap((a) =>
            a.tagIds.filter((t) => tagIds.includes(t)).map((t) => byId.get(t)?.label ?? t),
          ),
        ),
      ];
      return (
        <mark
          key={piece.start}
          className={`highlight underline-${tag?.underline ?? 'solid'}`}
          data-overlap={Math.min(piece.values.length, 3)}
          title={labels.join(', ')}
          style={{ '--highlight': tag?.colour ?? '#777777' } as CSSProperties}
        >
          {piece.text}
        </mark>
      );
    }),
  );
}
