/**
 * The report's lists: the legend (swatch, letter, underline sample and its name, label), the per-tag
 * summary, and every annotation by marker number with its tags, quote, note and tag-specific
 * answers. Annotations not found in the text are listed too, after the others, and say so.
 */
import { fieldsForTags } from '../../domain/tag-fields';
import type { Annotation, Outlet } from '../../domain/types';
import { escapeHtml } from './escape-html';
import type { NumberedAnnotation } from './report-article';
import type { ReportLayer } from './report-layers';

function tagIdsOf(annotation: Annotation): string[] {
  return annotation.tagIds.length > 0 ? annotation.tagIds : [''];
}

export function reportLegend(layers: readonly ReportLayer[]): string {
  const items = layers.map(
    (layer) =>
      `<li><span class="swatch ${layer.className}" aria-hidden="true"></span>` +
      `<b class="letter">${escapeHtml(layer.letter)}</b> ` +
      `<span class="sample ${layer.className}">Sample</span>${escapeHtml(layer.label)} ` +
      `<span class="meta">(${layer.underline} underline)</span></li>`,
  );
  return `<ul class="legend">\n${items.join('\n')}\n</ul>`;
}

export function reportSummary(
  layers: readonly ReportLayer[],
  annotations: readonly Annotation[],
): string {
  const rows = layers.map((layer) => {
    const tagged = annotations.filter((a) => tagIdsOf(a).includes(layer.tagId));
    const withNotes = tagged.filter((a) => a.note.trim().length > 0).length;
    return (
      `<tr><td><span class="swatch ${layer.className}" aria-hidden="true"></span>` +
      `<b class="letter">${escapeHtml(layer.letter)}</b> ${escapeHtml(layer.label)}</td><td class="count">${tagged.length}</td>` +
      `<td class="count">${withNotes}</td></tr>`
    );
  });
  return (
    '<table>\n<thead><tr><th scope="col">Tag</th><th scope="col">Annotations</th>' +
    '<th scope="col">With a note</th></tr></thead>\n<tbody>\n' +
    `${rows.join('\n')}\n</tbody>\n<tfoot><tr><th scope="row">All</th>` +
    `<td class="count">${annotations.length}</td>` +
    `<td class="count">${annotations.filter((a) => a.note.trim().length > 0).length}</td></tr></tfoot>\n</table>`
  );
}

function fieldList(annotation: Annotation, outlets: ReadonlyMap<string, Outlet>): string {
  const labels = new Map(fieldsForTags(annotation.tagIds).map((f) => [f.key, f.label]));
  const entries = Object.entries(annotation.fields).filter(([, value]) => value.trim().length > 0);
  if (entries.length === 0) return '';
  const items = entries.map(([key, value]) => {
    const shown = key === 'outletId' ? (outlets.get(value)?.name ?? value) : value;
    return `<dt>${escapeHtml(labels.get(key) ?? key)}</dt><dd>${escapeHtml(shown)}</dd>`;
  });
  return `<dl>${items.join('')}</dl>`;
}

export function reportNotes(
  numbered: readonly NumberedAnnotation[],
  layers: readonly ReportLayer[],
  outlets: ReadonlyMap<string, Outlet>,
  placedCount: number,
): string {
  const layerOf = new Map(layers.map((l) => [l.tagId, l]));
  const items = numbered.map(({ marker, annotation }) => {
    const tags = tagIdsOf(annotation)
      .map((id) => {
        const layer = layerOf.get(id);
        return layer ? `${escapeHtml(layer.letter)} ${escapeHtml(layer.label)}` : escapeHtml(id);
      })
      .join(', ');
    const back =
      marker <= placedCount
        ? `<a href="#mark-${marker}">[${marker}]</a>`
        : `[${marker}] <em>not found in the text</em>`;
    const note =
      annotation.note.trim().length > 0 ? `<p class="note">${escapeHtml(annotation.note)}</p>` : '';
    const meta = [
      annotation.annotator,
      annotation.createdAt.slice(0, 10),
      annotation.origin === 'suggestion' ? 'from a suggestion' : '',
    ]
      .filter((part) => part.length > 0)
      .map(escapeHtml)
      .join(' · ');
    return (
      `<li id="note-${marker}"><span class="marker">${back}</span> <span class="tags">${tags}</span>\n` +
      `<p class="quote">“${escapeHtml(annotation.target.exact)}”</p>${note}` +
      `${fieldList(annotation, outlets)}${meta ? `<p class="meta">${meta}</p>` : ''}</li>`
    );
  });
  return `<ol class="notes">\n${items.join('\n')}\n</ol>`;
}
