/**
 * The article with its highlights. A run of text under several highlights is wrapped in one
 * `<mark>` per highlight and tag over it, nested, each underlined in its tag's style at its own
 * lane's depth (`report-lanes.ts`); where a highlight ends, a bracketed marker `[n A]` (its
 * number and its tags' letters) links to its note. The marker is what makes the report readable
 * in black and white, and it names each highlight and its tags even where several overlap.
 */
import type { Annotation } from '../../domain/types';
import { escapeHtml } from './escape-html';
import type { ReportLayer } from './report-layers';
import { assignLanes, type Lane } from './report-lanes';
import { reportSegments, type Piece } from './report-segments';

export interface NumberedAnnotation {
  marker: number;
  annotation: Annotation;
}

/** Lanes deeper than this share its offset (see `report-style.ts`). */
const DEEPEST = 5;

interface Context {
  lanesOf: ReadonlyMap<number, Lane[]>;
  layerOf: ReadonlyMap<string, ReportLayer>;
}

function marks(text: string, markers: readonly number[], { lanesOf, layerOf }: Context): string {
  const lanes = markers.flatMap((marker) => lanesOf.get(marker) ?? []);
  lanes.sort((a, b) => a.depth - b.depth);
  const title = markers
    .map((marker) => {
      const labels = (lanesOf.get(marker) ?? []).map((lane) => {
        const layer = layerOf.get(lane.tagId)!;
        return `${layer.letter} ${layer.label}`;
      });
      return `[${marker}] ${labels.join(', ')}`;
    })
    .join('; ');
  let html = escapeHtml(text);
  for (const lane of lanes) {
    const layer = layerOf.get(lane.tagId)!;
    html = `<mark class="${layer.className} level-${Math.min(lane.depth, DEEPEST)}">${html}</mark>`;
  }
  return `<span title="${escapeHtml(title)}">${html}</span>`;
}

function piece(part: Piece, context: Context): string {
  if (part.kind === 'marker') {
    const n = part.marker;
    const letters = (context.lanesOf.get(n) ?? [])
      .map((lane) => context.layerOf.get(lane.tagId)!.letter)
      .join(',');
    const label = letters ? `[${n} ${letters}]` : `[${n}]`;
    return `<sup class="marker" id="mark-${n}"><a href="#note-${n}">${escapeHtml(label)}</a></sup>`;
  }
  return part.markers.length === 0
    ? escapeHtml(part.text)
    : marks(part.text, part.markers, context);
}

export function reportArticle(
  text: string,
  placed: readonly NumberedAnnotation[],
  layers: readonly ReportLayer[],
  language?: string,
): string {
  const lanesOf = new Map<number, Lane[]>();
  for (const lane of assignLanes(placed)) {
    lanesOf.set(lane.marker, [...(lanesOf.get(lane.marker) ?? []), lane]);
  }
  const context = { lanesOf, layerOf: new Map(layers.map((layer) => [layer.tagId, layer])) };
  const highlights = placed.map(({ marker, annotation }) => ({
    marker,
    start: annotation.target.start,
    end: annotation.target.end,
  }));
  const paragraphs = reportSegments(text, highlights)
    .map((parts) => parts.map((part) => piece(part, context)).join(''))
    .filter((html) => html.length > 0)
    .map((html) => `<p dir="auto">${html}</p>`);
  const lang = language ? ` lang="${escapeHtml(language)}"` : '';
  return `<article${lang}>\n${paragraphs.join('\n')}\n</article>`;
}
