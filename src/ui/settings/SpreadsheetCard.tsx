import { usePreferences } from '../../state/preferences';

/** Settings › Spreadsheets: whether CSV downloads start with a byte-order mark. */
export function SpreadsheetCard() {
  const on = usePreferences((s) => s.csvByteOrderMark);
  const setOn = usePreferences((s) => s.setCsvByteOrderMark);
  return (
    <section aria-labelledby="spreadsheets-heading" className="settings-card">
      <h2 id="spreadsheets-heading">Spreadsheets</h2>
      <label>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> Start CSV
        files with a byte-order mark
      </label>
      <p className="hint">
        Excel needs the mark to show accents and emoji correctly. Turn it off for a program that
        shows it as stray characters at the start of the first column.
      </p>
    </section>
  );
}
