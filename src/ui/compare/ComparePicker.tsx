import { memo, useState } from 'react';
import { displayTitle } from '../../domain/document-title';
import type { Collection, SlantDocument } from '../../domain/types';
import { goTo, routeHref } from '../shared/routes';

export const MAX_COMPARED = 6;

interface ComparePickerProps {
  collections: readonly Collection[];
  /** The library, undefined while it is read. */
  documents: readonly SlantDocument[] | undefined;
  chosen: readonly string[];
  /** Open when nothing is being compared yet. */
  open: boolean;
}

/** Choosing what to compare: a whole collection, or two to six articles from the library. */
export const ComparePicker = memo(function ComparePicker({
  collections,
  documents,
  chosen,
  open,
}: ComparePickerProps) {
  const [picked, setPicked] = useState<string[]>([...chosen]);
  const toggle = (id: string, on: boolean) =>
    setPicked((before) => (on ? [...before, id] : before.filter((x) => x !== id)));
  const tooMany = picked.length > MAX_COMPARED;
  // The choices (a library may hold thousands) are drawn only while the picker is open.
  // The user's opening or closing holds until the view's own idea of `open` changes.
  const [toggled, setToggled] = useState({ open, shown: open });
  const shown = toggled.open === open ? toggled.shown : open;

  return (
    <details
      className="compare-picker"
      open={shown}
      onToggle={(e) => setToggled({ open, shown: e.currentTarget.open })}
    >
      <summary>Choose what to compare</summary>
      {shown && (
        <>
          {collections.length > 0 && (
            <nav aria-label="Compare a collection">
              <p>A collection:</p>
              <ul className="picker-collections">
                {collections.map((c) => (
                  <li key={c.id}>
                    <a href={routeHref({ name: 'compare', collectionId: c.id })}>
                      {c.name} ({c.documentIds.length} articles)
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              goTo({ name: 'compare', documentIds: picked });
            }}
          >
            <fieldset>
              <legend>Or two to six articles</legend>
              <ul className="picker-documents">
                {!documents && <li role="status">Reading the library…</li>}
                {documents?.map((d) => (
                  <li key={d.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={picked.includes(d.id)}
                        onChange={(e) => toggle(d.id, e.target.checked)}
                      />
                      {displayTitle(d)}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            {tooMany && (
              <p className="error-text" role="alert">
                Compare at most {MAX_COMPARED} articles side by side; untick{' '}
                {picked.length - MAX_COMPARED}.
              </p>
            )}
            <button type="submit" className="primary" disabled={picked.length < 2 || tooMany}>
              Compare {picked.length} articles
            </button>
          </form>
        </>
      )}
    </details>
  );
});
