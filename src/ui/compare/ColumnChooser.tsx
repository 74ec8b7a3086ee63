import type { SlantDocument } from '../../domain/types';

interface ColumnChooserProps {
  docs: readonly SlantDocument[];
  hidden: ReadonlySet<string>;
  /** A column's name: its outlet, or the article's title. */
  nameOf: (doc: SlantDocument) => string;
  onChange: (hidden: string[]) => void;
}

/**
 * Which articles show as columns side by side: a fold-out list of checkboxes, one per article,
 * so a reader can put two of five next to each other. The last column shown cannot be hidden.
 */
export function ColumnChooser({ docs, hidden, nameOf, onChange }: ColumnChooserProps) {
  const shown = docs.filter((d) => !hidden.has(d.id)).length;
  const toggle = (id: string, show: boolean) =>
    onChange(docs.map((d) => d.id).filter((d) => (d === id ? !show : hidden.has(d))));
  return (
    <details className="column-chooser">
      <summary>
        Columns: {shown} of {docs.length} shown
      </summary>
      <fieldset>
        <legend>Show these articles side by side</legend>
        {docs.map((d) => {
          const on = !hidden.has(d.id);
          return (
            <label key={d.id}>
              <input
                type="checkbox"
                checked={on}
                disabled={on && shown === 1}
                onChange={(e) => toggle(d.id, e.target.checked)}
              />{' '}
              {nameOf(d)}
            </label>
          );
        })}
        {shown === 1 && <p className="hint">One column always shows.</p>}
      </fieldset>
    </details>
  );
}
