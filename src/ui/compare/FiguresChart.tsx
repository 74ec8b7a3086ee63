/**
 * The Compare view's figures as a chart: per article, a group of horizontal bars for loaded
 * language per 1,000 words, unattributed and attributed claims side by side, and sources named.
 * Each measure is drawn against its largest value (compare-figures.ts), and every bar carries its
 * number, so the lengths only help the eye.
 *
 * The SVG is self-contained, with sizes, colours and fonts as attributes and a white background,
 * so chart-export.ts can save it as a file that looks the same outside the app. Unattributed
 * claims are hatched and every bar row is labelled in words: colour is never the only cue.
 */
import { useId, type Ref } from 'react';
import {
  compareFigures,
  type FigureMeasure,
  type MeasureScale,
} from '../../analysis/compare/compare-figures';
import type { DocumentFigures } from '../../analysis/compare/document-figures';
import { formatNumber } from '../format';
import './figures.css';

export interface FiguresChartProps {
  /** One article per group of bars, in the order the Compare view shows them. */
  rows: readonly DocumentFigures[];
  /** The `<svg>`'s id, and the prefix of the ids inside it; generated when not given. */
  id?: string;
  /** The `<svg>` itself, for export (chart-export.ts). */
  ref?: Ref<SVGSVGElement>;
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

const CHART_TITLE = 'Loaded language, claims and sources per article';
const FOOTNOTE = 'Bars are scaled per measure; unattributed and attributed claims share one scale.';

const INK = '#1f2a44';
const MUTED = '#5d6472';
const RULE = '#e4dfd4';
const AXIS = '#b9b3a6';
const FONT = 'sans-serif';

// Layout, in SVG units (pixels at 1x).
const WIDTH = 720;
const PAD = 16;
const LABEL_WIDTH = 176;
const BAR_X = PAD + LABEL_WIDTH;
const VALUE_WIDTH = 56;
const BAR_MAX = WIDTH - BAR_X - VALUE_WIDTH - PAD;
const GROUPS_TOP = 50;
const GROUP_LABEL_HEIGHT = 22;
const ROW_HEIGHT = 20;
const BAR_HEIGHT = 13;
const GROUP_GAP = 14;
const GROUP_HEIGHT = GROUP_LABEL_HEIGHT + MEASURES.length * ROW_HEIGHT + GROUP_GAP;
const LABEL_FONT = 13;
const LABEL_SPACE = WIDTH - 2 * PAD;
const SEPARATOR = ' · ';

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

/** A group's label: the outlet's name, then the title when there is room; or just the title. */
function groupLabel(row: DocumentFigures): { main: string; rest: string | null; full: string } {
  if (!row.outletName) {
    return { main: fitText(row.title, LABEL_SPACE, LABEL_FONT, true), rest: null, full: row.title };
  }
  const main = fitText(row.outletName, LABEL_SPACE * 0.7, LABEL_FONT, true);
  const room = LABEL_SPACE - textWidth(main, LABEL_FONT, true) - textWidth(SEPARATOR, LABEL_FONT);
  return {
    main,
    // A title cut to a word or two says nothing; leave it to the tooltip.
    rest: room >= 90 ? fitText(row.title, room, LABEL_FONT) : null,
    full: `${row.outletName}: ${row.title}`,
  };
}

/** The chart's numbers in words, for its `<desc>`. */
function describeFigures(rows: readonly DocumentFigures[]): string {
  if (rows.length === 0) return 'No articles to compare yet.';
  const articles = rows.map((row) => {
    const name = row.outletName ? `${row.outletName}, “${row.title}”` : `“${row.title}”`;
    const claims = row.unattributedClaims + row.attributedClaims === 1 ? 'claim' : 'claims';
    return (
      `${name}: ${oneDecimal.format(row.loadedPer1000Words)} loaded-language marks per 1,000 ` +
      `words (${plural(row.loadedLanguage, 'mark')} in ${plural(row.words, 'word')}); ` +
      `${formatNumber(row.unattributedClaims)} unattributed and ` +
      `${formatNumber(row.attributedClaims)} attributed ${claims}; ` +
      `${plural(row.sourcesNamed.length, 'source')} named.`
    );
  });
  return `${plural(rows.length, 'article')} compared. ${articles.join(' ')}`;
}

const chartHeight = (articles: number) =>
  GROUPS_TOP + Math.max(1, articles) * GROUP_HEIGHT + 8 + PAD;

interface BarProps {
  measure: ChartMeasure;
  scale: MeasureScale | undefined;
  index: number;
  top: number;
  article: string;
  hatchId: string;
}

function Bar({ measure, scale, index, top, article, hatchId }: BarProps) {
  const value = scale?.values[index] ?? 0;
  const fraction = scale?.fractions[index] ?? 0;
  const width = value > 0 ? Math.max(2, fraction * BAR_MAX) : 0;
  const text = formatValue(measure.key, value);
  const baseline = top + 14;
  return (
    <g data-measure={measure.key} data-value={value}>
      <title>{`${article}: ${measure.label.toLowerCase()}, ${text}`}</title>
      <text x={BAR_X - 8} y={baseline} textAnchor="end" fontSize={12} fill={MUTED}>
        {measure.label}
      </text>
      {width > 0 && (
        <rect
          x={BAR_X}
          y={top + 3}
          width={width}
          height={BAR_HEIGHT}
          fill={measure.hatched ? `url(#${hatchId})` : measure.colour}
          stroke={measure.hatched ? measure.colour : 'none'}
          strokeWidth={measure.hatched ? 1 : 0}
        />
      )}
      <text x={BAR_X + width + 6} y={baseline} fontSize={12} fill={INK}>
        {text}
      </text>
    </g>
  );
}

export function FiguresChart({ rows, id, ref }: FiguresChartProps) {
  const generated = useId();
  // useId's characters are not all safe inside url(#...).
  const prefix = (id ?? `figures-chart-${generated}`).replace(/[^\w-]/g, '');
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const hatchId = `${prefix}-hatch`;
  const scales = compareFigures(rows);
  const scaleOf = (key: FigureMeasure) => scales.find((s) => s.key === key);
  const height = chartHeight(rows.length);
  const hatch = MEASURES.find((m) => m.hatched)?.colour ?? INK;

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
        <desc id={descId}>{describeFigures(rows)}</desc>
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
          <text x={PAD} y={GROUPS_TOP + 15} fontSize={13} fill={MUTED}>
            No articles to compare yet.
          </text>
        )}
        {rows.map((row, index) => {
          const top = GROUPS_TOP + index * GROUP_HEIGHT;
          const barsTop = top + GROUP_LABEL_HEIGHT;
          const label = groupLabel(row);
          return (
            <g key={row.documentId} data-article={row.documentId}>
              {index > 0 && (
                <line
                  x1={PAD}
                  x2={WIDTH - PAD}
                  y1={top - GROUP_GAP / 2}
                  y2={top - GROUP_GAP / 2}
                  stroke={RULE}
                />
              )}
              <text x={PAD} y={top + 15} fontSize={LABEL_FONT} fill={INK}>
                <title>{label.full}</title>
                <tspan fontWeight="bold">{label.main}</tspan>
                {label.rest && <tspan fill={MUTED}>{`${SEPARATOR}${label.rest}`}</tspan>}
              </text>
              <line
                x1={BAR_X}
                x2={BAR_X}
                y1={barsTop}
                y2={barsTop + MEASURES.length * ROW_HEIGHT}
                stroke={AXIS}
              />
              {MEASURES.map((measure, m) => (
                <Bar
                  key={measure.key}
                  measure={measure}
                  scale={scaleOf(measure.key)}
                  index={index}
                  top={barsTop + m * ROW_HEIGHT}
                  article={row.outletName ?? row.title}
                  hatchId={hatchId}
                />
              ))}
            </g>
          );
        })}
        <text x={PAD} y={height - PAD} fontSize={11} fill={MUTED}>
          {FOOTNOTE}
        </text>
      </svg>
    </div>
  );
}
