import type { ReactNode } from 'react';
import '../../editor/editor.css';

interface Column {
  heading: string;
  /** One node per paragraph of the same text. */
  paragraphs: ReactNode[];
}

/**
 * The same text twice, side by side and paragraph by paragraph, so a passage in one column
 * sits level with the same passage in the other (the class's marks and the key's).
 */
export function TextColumns({ left, right }: { left: Column; right: Column }) {
  return (
    <div className="text-columns">
      <h3 className="text-column-head">{left.heading}</h3>
      <h3 className="text-column-head">{right.heading}</h3>
      {left.paragraphs.map((paragraph, i) => (
        <div key={i} className="text-row">
          <p dir="auto">{paragraph}</p>
          <p dir="auto">{right.paragraphs[i]}</p>
        </div>
      ))}
    </div>
  );
}
