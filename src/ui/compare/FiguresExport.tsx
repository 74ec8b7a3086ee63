/**
 * Downloads for the Compare view's figures: the table as CSV (figures-csv.ts), the chart as SVG
 * or PNG (chart-export.ts). A download that fails says why in an alert; it never throws.
 */
import { useState } from 'react';
import type { DocumentFigures } from '../../analysis/compare/document-figures';
import { toFiguresCsv, type FiguresCsvOptions } from '../../io/csv';
import { downloadBlob, downloadText } from '../shared/download';
import { fileStem } from '../../domain/file-stem';
import { svgMarkup, svgToPngBlob } from './chart-export';
import './figures.css';
import { csvByteOrderMark } from '../../state/preferences';

interface FiguresExportProps {
  /** The figures, in the order the table shows them. */
  rows: readonly DocumentFigures[];
  /** The chart's `<svg>` at the moment of download; null when it is not on the page. */
  chart: () => SVGSVGElement | null;
  /** Names the files, e.g. the comparison's or collection's title. */
  name: string;
  /** Labels for the CSV's tag columns. */
  tags?: FiguresCsvOptions['tags'];
  /** Which annotation layers the figures count, in words (a column of the CSV). */
  counted?: string;
  /** True while the sources are still being found: a CSV then would have an empty Sources column. */
  sourcesPending?: boolean;
}

type Format = 'csv' | 'svg' | 'png';

const WHAT: Record<Format, string> = {
  csv: 'figures as CSV',
  svg: 'chart as SVG',
  png: 'chart as PNG',
};

export function FiguresExport({
  rows,
  chart,
  name,
  tags,
  counted,
  sourcesPending = false,
}: FiguresExportProps) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const stem = fileStem(name, 'slant');

  const run = async (format: Format) => {
    // Buttons stay enabled while a PNG is drawn, so focus stays put; clicks meanwhile are ignored.
    if (busy) return;
    setStatus(format === 'png' ? 'Drawing the chart…' : '');
    setError('');
    setBusy(true);
    try {
      let filename: string;
      if (format === 'csv') {
        filename = `${stem}-figures.csv`;
        // Excel reads UTF-8 (an outlet's accents, curly quotes) only after a byte order mark.
        downloadText(
          filename,
          toFiguresCsv(rows, { tags, counted, bom: csvByteOrderMark() }),
          'text/csv',
        );
      } else {
        const svg = chart();
        if (!svg) throw new Error('The chart is not on the page.');
        filename = `${stem}-chart.${format}`;
        if (format === 'svg') downloadText(filename, svgMarkup(svg), 'image/svg+xml');
        else downloadBlob(filename, await svgToPngBlob(svg));
      }
      setStatus(`Downloaded ${filename}.`);
    } catch (problem) {
      const reason = problem instanceof Error ? problem.message : String(problem);
      setStatus('');
      setError(`Could not download the ${WHAT[format]}. ${reason}`);
    } finally {
      setBusy(false);
    }
  };

  const none = rows.length === 0;
  return (
    <div className="figures-export">
      <div
        className="figures-export-buttons"
        role="group"
        aria-label="Download figures"
        aria-busy={busy}
      >
        <button type="button" disabled={none || sourcesPending} onClick={() => void run('csv')}>
          Download figures (CSV)
        </button>
        <button type="button" disabled={none || sourcesPending} onClick={() => void run('svg')}>
          Download chart (SVG)
        </button>
        <button type="button" disabled={none || sourcesPending} onClick={() => void run('png')}>
          Download chart (PNG)
        </button>
        <span role="status" className="figures-export-status">
          {status}
        </span>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
