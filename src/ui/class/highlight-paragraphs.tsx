/**
 * Annotations drawn over read-only text, as the editor draws them (`editor.css`): the innermost
 * annotation's tag colour as a tint and its underline style as a second cue, darker where
 * highlights overlap, and the tags named on hover.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { Annotation, Tag } from '../../domain/types';
import { paragraphRuns } from '../../domain/text-runs';

export function highlightParagraphs(
  text: string,
  annotations: readonly Annotation[],
  tags: readonly Tag[],
  tagIds: readonly string[],
): ReactNode[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const spans = annotations.map((annotation) => ({
    start: annotation.target.start,
    end: annotation.target.end,
    annotation,
  }));
  return paragraphRuns(text, spans).map(({ runs }) =>
    runs.map((run) => {
      const slice = text.slice(run.start, run.end);
      const over = run.spans.map((span) => span.annotation);
      if (over.length === 0) return <span key={run.start}>{slice}</span>;
      const innermost = [...over].sort(
        (a, b) => a.target.end - a.target.start - (b.target.end - b.target.start),
      )[0]!;
      const tag = byId.get(innermost.tagIds.find((t) => tagIds.includes(t)) ?? '');
      const labels = [
        ...new Set(
          over.flatMap((a) =>
            a.tagIds.filter((t) => tagIds.includes(t)).map((t) => byId.get(t)?.label ?? t),
          ),
        ),
      ];
      return (
        <mark
          key={run.start}
          className={`highlight underline-${tag?.underline ?? 'solid'}`}
          data-overlap={Math.min(over.length, 3)}
          title={labels.join(', ')}
          style={{ '--highlight': tag?.colour ?? '#777777' } as CSSProperties}
        >
          {slice}
        </mark>
      );
    }),
  );
}
