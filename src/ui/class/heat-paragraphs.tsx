/**
 * The class heat map over read-only text: each stretch that students marked is shaded by the
 * share of the class that marked it (`coverageSegments`), and carries the count as a small
 * number, so the shade is never the only cue. With one tag chosen, the shade is that tag's
 * colour and only its marks count.
 */
import type { CSSProperties, ReactNode } from 'react';
import { coverageSegments, type LabelledSpan } from '../../analysis';
import type { Tag } from '../../domain/types';
import { paragraphRuns } from '../../domain/text-runs';

/** Okabe–Ito vermilion: reads as "hot" to most colour-blind readers too. */
const ALL_TAGS_COLOUR = '#d55e00';

export function heatParagraphs(
  text: string,
  spansByStudent: readonly (readonly LabelledSpan[])[],
  tags: readonly Tag[],
  tagIds: readonly string[],
): ReactNode[] {
  const students = spansByStudent.length;
  const segments = coverageSegments(
    text.length,
    spansByStudent.map((spans) => ({ spans })),
    tagIds,
  );
  const colour =
    tagIds.length === 1
      ? (tags.find((t) => t.id === tagIds[0])?.colour ?? ALL_TAGS_COLOUR)
      : ALL_TAGS_COLOUR;
  return paragraphRuns(text, segments).map(({ runs }) =>
    runs.map((run) => {
      const slice = text.slice(run.start, run.end);
      const count = run.spans[0]?.raters ?? 0;
      if (count === 0) return <span key={run.start}>{slice}</span>;
      const share = count / Math.max(1, students);
      // The count goes after the words, not after a trailing space, so it sits with them.
      const words = slice.trimEnd();
      const space = slice.slice(words.length);
      const strength = Math.round(12 + 58 * share);
      return (
        <mark
          key={run.start}
          className="heat"
          data-count={count}
          title={`Marked by ${count} of ${students}`}
          style={
            {
              backgroundColor: `color-mix(in srgb, ${colour} ${strength}%, transparent)`,
            } as CSSProperties
          }
        >
          {words}
          {words && (
            <>
              <sup className="heat-count" aria-hidden="true">
                {count}
              </sup>
              <span className="visually-hidden"> (marked by {count})</span>
            </>
          )}
          {space}
        </mark>
      );
    }),
  );
}
