import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FiguresTable } from '../../../src/ui/compare/FiguresTable';
import { ROWS } from './figures-rows';

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('FiguresTable', () => {
  it('is a captioned table with a header for every column', () => {
    render(<FiguresTable rows={ROWS} />);
    const table = screen.getByRole('table', { name: 'Figures per article' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Article',
      'Affiliation',
      'Words',
      'Loaded language',
      'Per 1,000 words',
      'Unattributed claims',
      'Attributed claims',
      'Sources named',
    ]);
    // Scrollable on a narrow screen, so reachable by keyboard and named.
    expect(screen.getByRole('region', { name: 'Figures per article' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it("shows each article's numbers in its row, headed by outlet and title", () => {
    render(<FiguresTable rows={ROWS} />);
    const first = screen.getByRole('rowheader', {
      name: 'The Daily Example: Storm floods the coast',
    });
    const firstRow = first.closest('tr')!;
    const cells = cellTexts(firstRow);
    expect(cells.slice(0, 6)).toEqual(['Independent', '12,345', '37', '3.0', '4', '9']);

    const sources = within(firstRow).getAllByRole('cell')[6]!;
    expect(within(sources).getByRole('group')).toHaveTextContent(/^2 sources/);
    expect(
      within(sources)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Met Office', 'Jane Doe']);

    const second = screen.getByRole('rowheader', { name: 'Officials blame the weather' });
    expect(cellTexts(second.closest('tr')!)).toEqual([
      'State-affiliated',
      '800',
      '2',
      '2.5',
      '0',
      '1',
      '0',
    ]);
  });

  it('shows attributed claims and sources as still being found, not as zero, until they are', () => {
    render(<FiguresTable rows={ROWS} sourcesPending />);
    const row = screen
      .getByRole('rowheader', { name: 'Officials blame the weather' })
      .closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.slice(0, 5).map((cell) => cell.textContent)).toEqual([
      'State-affiliated',
      '800',
      '2',
      '2.5',
      '0',
    ]);
    for (const cell of cells.slice(5)) {
      expect(cell).toHaveTextContent('… still being found');
      expect(cell).toHaveAttribute('aria-busy', 'true');
    }
  });

  it('says so when there is nothing to compare', () => {
    render(<FiguresTable rows={[]} />);
    expect(screen.getByRole('cell', { name: 'No articles to compare yet.' })).toBeInTheDocument();
  });
});
