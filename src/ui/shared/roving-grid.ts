/**
 * Roving focus in a grid of controls (rows of buttons): one tab stop for the whole grid, arrow
 * keys to move inside it (WAI-ARIA APG, "roving tabindex"). A pure step; the component keeps the
 * current cell and focuses it.
 */
export interface Cell {
  row: number;
  col: number;
}

export function stepInGrid(key: string, at: Cell, rows: number, cols: number): Cell | null {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max - 1));
  switch (key) {
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), col: at.col };
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), col: at.col };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, cols) };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, cols) };
    case 'Home':
      return { row: 0, col: at.col };
    case 'End':
      return { row: rows - 1, col: at.col };
    default:
      return null;
  }
}
