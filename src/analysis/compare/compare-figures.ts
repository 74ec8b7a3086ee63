/**
 * Scales for the Compare chart: for each measure, its label, every document's value and the
 * largest, so bars can be drawn against the longest. Attributed and unattributed claims share one
 * scale, since the chart sets them side by side.
 */
import type { DocumentFigures } from './document-figures';

export const FIGURE_MEASURES = [
  { key: 'words', label: 'Words' },
  { key: 'loadedLanguage', label: 'Loaded language' },
  { key: 'loadedPer1000Words', label: 'Loaded language per 1,000 words' },
  { key: 'unattributedClaims', label: 'Unattributed claims' },
  { key: 'attributedClaims', label: 'Attributed claims' },
  { key: 'sourcesNamed', label: 'Sources named' },
] as const;

export type FigureMeasure = (typeof FIGURE_MEASURES)[number]['key'];

export interface MeasureScale {
  key: FigureMeasure;
  label: string;
  /** One value per row, in the rows' order. */
  values: number[];
  /** The largest value on this measure's scale; 0 when every value is 0. */
  max: number;
  /** `value / max` per row, for a bar's length; all 0 when `max` is 0. */
  fractions: number[];
}

function measureValue(row: DocumentFigures, key: FigureMeasure): number {
  return key === 'sourcesNamed' ? row.sourcesNamed.length : row[key];
}

const CLAIMS: readonly FigureMeasure[] = ['unattributedClaims', 'attributedClaims'];

export function compareFigures(rows: readonly DocumentFigures[]): MeasureScale[] {
  const maxOf = (key: FigureMeasure): number =>
    Math.max(0, ...rows.map((row) => measureValue(row, key)));
  return FIGURE_MEASURES.map(({ key, label }) => {
    const values = rows.map((row) => measureValue(row, key));
    const max = CLAIMS.includes(key) ? Math.max(...CLAIMS.map(maxOf)) : maxOf(key);
    return { key, label, values, max, fractions: values.map((v) => (max > 0 ? v / max : 0)) };
  });
}
