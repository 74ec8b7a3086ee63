/**
 * The report's style sheet, inline because the file must stand alone (no network, no other
 * files). Highlights nest, so each level draws its underline a little lower and the lines stack
 * instead of covering each other. For print: no page background, colours kept where they carry
 * meaning (swatches and tints), no break inside a note or a table row.
 */
import { tint, type ReportLayer } from './report-layers';

/** Nesting levels with an offset of their own; deeper ones share the last. */
const LEVELS = 6;

function layerRules(layers: readonly ReportLayer[]): string {
  return layers
    .map(
      (layer) =>
        `mark.${layer.className}{text-decoration-line:underline;text-decoration-style:${layer.underline};` +
        `text-decoration-color:${layer.colour};background:${tint(layer.colour, 0.12)}}\n` +
        `.sample.${layer.className}{text-decoration:underline ${layer.underline} ${layer.colour};` +
        `text-decoration-thickness:2px}\n` +
        `.swatch.${layer.className}{background:${layer.colour}}`,
    )
    .join('\n');
}

function levelRules(): string {
  return Array.from(
    { length: LEVELS },
    (_, level) => `mark.level-${level}{text-underline-offset:${(0.15 + level * 0.4).toFixed(2)}em}`,
  ).join('\n');
}

export function reportStyle(layers: readonly ReportLayer[]): string {
  return `
:root{color-scheme:light}
body{font:17px/1.6 Georgia,'Times New Roman',serif;color:#111;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
header,h2,table,.legend,.meta,.marker,.tags,dl{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
h1{font-size:1.7rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.2rem;margin:2rem 0 .75rem;border-bottom:1px solid #999}
.meta{color:#444;font-size:.9rem;margin:.25rem 0}
article p{line-height:2.3;margin:0 0 1em}
mark{color:inherit;background:transparent;text-decoration-thickness:2px;text-decoration-skip-ink:none}
${levelRules()}
${layerRules(layers)}
sup.marker{font-size:.7em;font-weight:600;line-height:0;margin:0 .1em}
sup.marker a{color:inherit;text-decoration:none}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #000;vertical-align:-.1em;margin-right:.35em}
.sample{margin-right:.35em}
table{border-collapse:collapse;font-size:.95rem}
th,td{border:1px solid #999;padding:.3em .6em;text-align:left}
td.count{text-align:right}
ol.notes{padding-left:0;list-style:none}
ol.notes li{margin:0 0 1.1rem;padding-left:2.6rem;text-indent:-2.6rem}
ol.notes li>*{text-indent:0}
.quote{margin:.2rem 0;font-style:italic}
.note{margin:.2rem 0;white-space:pre-wrap}
dl{margin:.2rem 0;font-size:.9rem}
dt{display:inline;font-weight:600}
dd{display:inline;margin:0 1rem 0 .3rem}
.swatch,mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{
  @page{margin:18mm}
  body{margin:0;max-width:none;font-size:11pt}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid}
  ol.notes li,tr,.legend li{break-inside:avoid}
}
`.trim();
}
