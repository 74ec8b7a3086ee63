import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toFiguresCsv } from '../../../src/io/csv';
import { downloadText } from '../../../src/ui/shared/download';
import { svgMarkup } from '../../../src/ui/compare/chart-export';
import { FiguresChart } from '../../../src/ui/compare/FiguresChart';
import { FiguresExport } from '../../../src/ui/compare/FiguresExport';
import { ROWS } from './figures-rows';

vi.mock('../../../src/ui/shared/download', () => ({
  downloadText: vi.fn(),
  downloadBlob: vi.fn(),
}));

function renderWithChart(chart?: () => SVGSVGElement | null) {
  const ref = createRef<SVGSVGElement>();
  render(
    <>
      <FiguresChart rows={ROWS} ref={ref} />
      <FiguresExport rows={ROWS} chart={chart ?? (() => ref.current)} name="Storm coverage" />
    </>,
  );
  return ref;
}

describe('FiguresExport', () => {
  beforeEach(() => vi.mocked(downloadText).mockClear());
  afterEach(() => vi.restoreAllMocks());

  it('downloads the figures as CSV', async () => {
    const user = userEvent.setup();
    renderWithChart();
    await user.click(screen.getByRole('button', { name: 'Download figures (CSV)' }));
    expect(downloadText).toHaveBeenCalledExactlyOnceWith(
      'Storm-coverage-figures.csv',
      toFiguresCsv(ROWS, { bom: true }),
      'text/csv',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded Storm-coverage-figures.csv.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('holds the CSV back while the sources are still being found, so no column comes out empty', () => {
    const { rerender } = render(
      <FiguresExport rows={ROWS} chart={() => null} name="Storm coverage" sourcesPending />,
    );
    expect(screen.getByRole('button', { name: 'Download figures (CSV)' })).toBeDisabled();
    rerender(<FiguresExport rows={ROWS} chart={() => null} name="Storm coverage" />);
    expect(screen.getByRole('button', { name: 'Download figures (CSV)' })).toBeEnabled();
  });

  it('downloads the chart as a standalone .svg file', async () => {
    const user = userEvent.setup();
    const ref = renderWithChart();
    await user.click(screen.getByRole('button', { name: 'Download chart (SVG)' }));
    expect(downloadText).toHaveBeenCalledExactlyOnceWith(
      'Storm-coverage-chart.svg',
      svgMarkup(ref.current!),
      'image/svg+xml',
    );
    expect(vi.mocked(downloadText).mock.calls[0]?.[1]).toMatch(/^<\?xml[^>]*>\n<svg /);
  });

  it('reports a PNG the browser cannot draw as an alert, without throwing', async () => {
    // jsdom has no canvas: getContext gives null, as a browser without 2D canvas would.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const user = userEvent.setup();
    renderWithChart();
    await user.click(screen.getByRole('button', { name: 'Download chart (PNG)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not download the chart as PNG. This browser cannot draw the chart as a PNG.',
    );
    expect(downloadText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says so when the chart is not on the page, and clears the alert on the next success', async () => {
    const user = userEvent.setup();
    renderWithChart(() => null);
    await user.click(screen.getByRole('button', { name: 'Download chart (SVG)' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not download the chart as SVG. The chart is not on the page.',
    );
    await user.click(screen.getByRole('button', { name: 'Download figures (CSV)' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers nothing to download without articles', () => {
    render(<FiguresExport rows={[]} chart={() => null} name="Empty" />);
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Download figures' })).toBeInTheDocument();
  });
});
