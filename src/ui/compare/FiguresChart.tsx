/**
 * The Compare view's figures as a chart: one panel per measure (loaded language per 1,000 words,
 * sources named, and unattributed beside attributed claims), one row per article, so the outlets
 * can be compared on each measure at a glance. Each measure is drawn against its largest value
 * (compare-figures.ts), and every bar carries its number, so the lengths only help the eye.
 *
 * The SVG is self-contained, with sizes, colours and fonts as attributes and a white background,
 * so chart-export.ts can save it as a file that looks the same outside the app. Unattributed
 * claims are hatched and every bar row is labelled in words: colour is never the only cue.
 */
import { shortLabels } from './short-labels';
import { memo, useId, type Ref } from 'react';
import {
  compareFigures,
  type FigureMeasure,
  type MeasureScale,
} from '../../analysis/compare/compare-figures';
import type { DocumentFigures } from '../../analysis/compare/document-figures';
import { formatNumber } from '../shared/format';
import './figures.css';

interface FiguresChartProps {
  /** One article per group of bars, in the order the Compare view shows them. */
  rows: readonly DocumentFigures[];
  /** The `<svg>`'s id, and the prefix of the ids inside it; generated when not given. */
  id?: string;
  /** The `<svg>` itself, for export (chart-export.ts). */
  ref?: Ref<SVGSVGElement>;
  /** Which annotation layers the figures count, in words; drawn under the footnote. */
  counted?: string;
  /** The sources are still being found: attributed claims and sources show no number yet. */
  sourcesPending?: boolean;
}

interface ChartMeasure {
  key: FigureMeasure;
  label: string;
  colour: string;
  hatched?: boolean;
}

// Okabe-Ito hues (safe for colour-blind readers), each at least 3:1 against white.
const MEASURES: readonly ChartMeasure[] = [
  { key: 'loadedPer1000Words', label: 'Loaded per 1,000 words', colour: '#d55e00' },
  { key: 'unattributedClaims', label: 'Unattributed claims', colour: '#7a3e9d', hatched: true },
  { key: 'attributedClaims', label: 'Attributed claims', colour: '#0072b2' },
  { key: 'sourcesNamed', label: 'Sources named', colour: '#009e73' },
];

/** The measures Slant finds in the text itself (attribution), which come in after the others. */
const FOUND_IN_TEXT: readonly FigureMeasure[] = ['attributedClaims', 'sourcesNamed'];

const CHART_TITLE = 'Loaded language, claims and sources per article';
const FOOTNOTE = 'Bars are scaled per measure; unattributed and attributed claims share one scale.';

const INK = '#1f2a44';
const MUTED = '#5d6472';
const RULE = '#e4dfd4';
const AXIS = '#b9b3a6';
const FONT = 'sans-serif';

// Layout, in SVG units (pixels at 1x): two columns of panels, one panel per measure, one row
// per article, so each measure can be compared across outlets at a glance.
const WIDTH = 820;
const PAD = 16;
const COLUMN_WIDTH = (WIDTH - 3 * PAD) / 2;
const LABEL_WIDTH = 156;
const VALUE_WIDTH = 40;
const CLAIM_VALUE_WIDTH = 96;
const PANELS_TOP = 44;
const PANEL_TITLE_HEIGHT = 24;
const PANEL_GAP = 18;
const ROW_HEIGHT = 19;
const PAIR_GAP = 7;
const BAR_HEIGHT = 13;
const LABEL_FONT = 12;

const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

const formatValue = (key: FigureMeasure, value: number) =>
  key === 'loadedPer1000Words' ? oneDecimal.format(value) : formatNumber(value);

const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

/**
 * Roughly how wide `text` is drawn, in SVG units. SVG text cannot wrap, and a label must be cut
 * to fit before layout (and in the exported file), so widths are estimated per character from a
 * typical sans-serif's advances, erring wide (DejaVu Sans is wider than Arial).
 */
function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (char.codePointAt(0)! >= 0x2e80) ems += 1;
    else if (/[iIjl.,:;'|!·]/.test(char)) ems += 0.32;
    else if (/[\s frt()[\]-]/.test(char)) ems += 0.42;
    else if (/[mwMW@%]/.test(char)) ems += 0.98;
    else if (/[A-Z]/.test(char)) ems += 0.74;
    else ems += 0.64;
  }
  return ems * fontSize * (bold ? 1.08 : 1);
}

/** `text`, cut and ended with an ellipsis where needed so it fits in `width` units. */
function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  const room = width - textWidth('…', fontSize, bold) - fontSize * 0.2;
  let used = 0;
  let count = 0;
  for (const char of chars) {
    const next = used + textWidth(char, fontSize, bold);
    if (next > room) break;
    used = next;
    count += 1;
  }
  return `${chars.slice(0, count).join('').trimEnd()}…`;
}

/**
 * Each article's label in a panel: its outlet's name, else its title, cut at a word and told
 * apart from the others (`shortLabels`); a single word too long for the room is cut to fit.
 */
function articleLabels(rows: readonly DocumentFigures[]): { shown: string; full: string }[] {
  const room = LABEL_WIDTH - 8;
  const names = rows.map((row) => row.outletName ?? row.title);
  const bold = rows.map((row) => !!row.outletName);
  const fits = (index: number) => (label: string) =>
    textWidth(label, LABEL_FONT, bold[index]) <= room;
  const short = names.map(
    (name, index) => shortLabels([name], fits(index))[0] || fitText(name, room, LABEL_FONT),
  );
  // Told apart once cut: two that read the same are numbered.
  const told = shortLabels(short, () => true);
  return rows.map((row, index) => ({
    shown: told[index]!,
    full: row.outletName ? `${row.outletName}: ${row.title}` : row.title,
  }));
}

/** The chart's numbers in words, for its `<desc>`; without the sources while they are found. */
function describeFigures(
  rows: readonly DocumentFigures[],
  counted?: string,
  sourcesPending?: boolean,
): string {
  if (rows.length === 0) return 'No articles to compare yet.';
  const layers = counted ? ` Layers counted: ${counted}.` : '';
  const pending = sourcesPending ? ' Attributed claims and sources are still being found.' : '';
  const articles = rows.map((row) => {
    const name = row.outletName ? `${row.outletName}, “${row.title}”` : `“${row.title}”`;
    const loaded =
      `${name}: ${oneDecimal.format(row.loadedPer1000Words)} loaded-language marks per 1,000 ` +
      `words (${plural(row.loadedLanguage, 'mark')} in ${plural(row.words, 'word')}); `;
    if (sourcesPending)
      return `${loaded}${formatNumber(row.unattributedClaims)} unattributed claims.`;
    const claims = row.unattributedClaims + row.attributedClaims === 1 ? 'claim' : 'claims';
    return (
      loaded +
      `${formatNumber(row.unattributedClaims)} unattributed and ` +
      `${formatNumber(row.attributedClaims)} attributed ${claims}; ` +
      `${plural(row.sourcesNamed.length, 'source')} named.`
    );
  });
  return `${plural(rows.length, 'article')} compared.${layers}${pending} ${articles.join(' ')}`;
}

interface Panel {
  measures: readonly ChartMeasure[];
  title: string;
  x: number;
  y: number;
}

const rowsHeight = (articles: number, measures: number) =>
  Math.max(1, articles) * (measures * ROW_HEIGHT + (measures > 1 ? PAIR_GAP : 0));

/** Where each panel goes: loaded language and sources on the left, the claims on the right. */
function layout(articles: number): { panels: Panel[]; height: number } {
  const [loaded, unattributed, attributed, sources] = MEASURES as [
    ChartMeasure,
    ChartMeasure,
    ChartMeasure,
    ChartMeasure,
  ];
  const single = PANEL_TITLE_HEIGHT + rowsHeight(articles, 1) + PANEL_GAP;
  const right = PAD * 2 + COLUMN_WIDTH;
  const panels: Panel[] = [
    { measures: [loaded], title: 'Loaded language per 1,000 words', x: PAD, y: PANELS_TOP },
    { measures: [sources], title: 'Sources named', x: PAD, y: PANELS_TOP + single },
    {
      measures: [unattributed, attributed],
      title: 'Claims: unattributed (hatched) and attributed',
      x: right,
      y: PANELS_TOP,
    },
  ];
  const claims = PANEL_TITLE_HEIGHT + rowsHeight(articles, 2) + PANEL_GAP;
  return { panels, height: PANELS_TOP + Math.max(2 * single, claims) + 14 + PAD };
}

interface BarProps {
  measure: ChartMeasure;
  scale: MeasureScale | undefined;
  index: number;
  x: number;
  top: number;
  barMax: number;
  article: string;
  hatchId: string;
  /** Claims say which they are in words beside the number; one measure a panel needs none. */
  named: boolean;
  /** Not known yet (the sources are still being found): no bar, and says so. */
  pending: boolean;
}

function Bar(props: BarProps) {
  const { measure, scale, index, x, top, barMax, article, hatchId, named, pending } = props;
  const value = scale?.values[index] ?? 0;
  const fraction = scale?.fractions[index] ?? 0;
  const width = value > 0 && !pending ? Math.max(2, fraction * barMax) : 0;
  const number = pending ? 'finding…' : formatValue(measure.key, value);
  const text = named ? `${number} ${measure.label.split(' ')[0]!.toLowerCase()}` : number;
  return (
    <g data-measure={measure.key} data-value={pending ? undefined : value}>
      <title>{`${article}: ${measure.label.toLowerCase()}, ${number}`}</title>
      {width > 0 && (
        <rect
          x={x}
          y={top + 3}
          width={width}
          height={BAR_HEIGHT}
          fill={measure.hatched ? `url(#${hatchId})` : measure.colour}
          stroke={measure.hatched ? measure.colour : 'none'}
          strokeWidth={measure.hatched ? 1 : 0}
        />
      )}
      <text x={x + width + 5} y={top + 14} fontSize={11} fill={pending ? MUTED : INK}>
        {text}
      </text>
    </g>
  );
}

const COUNTED_LINE = 16;

export const FiguresChart = memo(function FiguresChart({
  rows,
  id,
  ref,
  counted,
  sourcesPending,
}: FiguresChartProps) {
  const generated = useId();
  // useId's characters are not all safe inside url(#...).
  const prefix = (id ?? `figures-chart-${generated}`).replace(/[^\w-]/g, '');
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const hatchId = `${prefix}-hatch`;
  const scales = compareFigures(rows);
  const scaleOf = (key: FigureMeasure) => scales.find((s) => s.key === key);
  const { panels, height: panelsHeight } = layout(rows.length);
  const height = panelsHeight + (counted ? COUNTED_LINE : 0);
  const hatch = MEASURES.find((m) => m.hatched)?.colour ?? INK;
  const labels = articleLabels(rows);

  return (
    <div className="figures-chart">
      <svg
        ref={ref}
        id={id ?? prefix}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        fontFamily={FONT}
      >
        <title id={titleId}>{CHART_TITLE}</title>
        <desc id={descId}>{describeFigures(rows, counted, sourcesPending)}</desc>
        <defs>
          <pattern
            id={hatchId}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} fill="#ffffff" />
            <rect width={3} height={6} fill={hatch} />
          </pattern>
        </defs>
        <rect width={WIDTH} height={height} fill="#ffffff" />
        <text x={PAD} y={PAD + 14} fontSize={15} fontWeight="bold" fill={INK}>
          {CHART_TITLE}
        </text>
        {rows.length === 0 && (
          <text x={PAD} y={PANELS_TOP + 15} fontSize={13} fill={MUTED}>
            No articles to compare yet.
          </text>
        )}
        {rows.length > 0 &&
          panels.map((panel) => {
            const barX = panel.x + LABEL_WIDTH;
            const paired = panel.measures.length > 1;
            const barMax = COLUMN_WIDTH - LABEL_WIDTH - (paired ? CLAIM_VALUE_WIDTH : VALUE_WIDTH);
            const rowsTop = panel.y + PANEL_TITLE_HEIGHT;
            const step = panel.measures.length * ROW_HEIGHT + (paired ? PAIR_GAP : 0);
            return (
              <g key={panel.title} data-panel={panel.measures.map((m) => m.key).join(' ')}>
                <text x={panel.x} y={panel.y + 14} fontSize={13} fontWeight="bold" fill={INK}>
                  {panel.title}
                </text>
                <line
                  x1={barX}
                  x2={barX}
                  y1={rowsTop}
                  y2={rowsTop + rows.length * step - (paired ? PAIR_GAP : 0)}
                  stroke={AXIS}
                />
                {rows.map((row, index) => {
                  const top = rowsTop + index * step;
                  const label = labels[index]!;
                  return (
                    <g key={row.documentId} data-article={row.documentId}>
                      {paired && index > 0 && (
                        <line
                          x1={panel.x}
                          x2={panel.x + COLUMN_WIDTH}
                          y1={top - PAIR_GAP / 2}
                          y2={top - PAIR_GAP / 2}
                          stroke={RULE}
                        />
                      )}
                      <text
                        x={barX - 8}
                        y={top + 14 + (paired ? ROW_HEIGHT / 2 : 0)}
                        textAnchor="end"
                        fontSize={LABEL_FONT}
                        fontWeight={row.outletName ? 'bold' : 'normal'}
                        fill={INK}
                      >
                        <title>{label.full}</title>
                        <tspan>{label.shown}</tspan>
                      </text>
                      {panel.measures.map((measure, m) => (
                        <Bar
                          key={measure.key}
                          measure={measure}
                          scale={scaleOf(measure.key)}
                          index={index}
                          x={barX}
                          top={top + m * ROW_HEIGHT}
                          barMax={barMax}
                          article={row.outletName ?? row.title}
                          hatchId={hatchId}
                          named={paired}
                          pending={!!sourcesPending && FOUND_IN_TEXT.includes(measure.key)}
                        />
                      ))}
                    </g>
                  );
                })}
              </g>
            );
          })}
        <text x={PAD} y={panelsHeight - PAD} fontSize={11} fill={MUTED}>
          {FOOTNOTE}
        </text>
        {counted && (
          <text x={PAD} y={height - PAD} fontSize={11} fill={MUTED}>
            <title>{`Layers counted: ${counted}`}</title>
            <tspan>{fitText(`Layers counted: ${counted}`, WIDTH - 2 * PAD, 11)}</tspan>
          </text>
        )}
      </svg>
    </div>
  );
});
