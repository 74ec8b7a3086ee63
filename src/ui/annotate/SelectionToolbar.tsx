import type { Tag } from '../../domain/types';
import { TagSwatch } from './TagSwatch';

interface SelectionToolbarProps {
  tags: readonly Tag[];
  /** The selected text, named in the toolbar's label so screen readers hear what gets tagged. */
  quote: string;
  /** Where the selection is on screen, relative to the positioned container. */
  position: { top: number; left: number };
  onTag: (tagId: string) => void;
}

/** A small toolbar by the selection: one button per tag, each showing its key. */
export function SelectionToolbar({ tags, quote, position, onTag }: SelectionToolbarProps) {
  const shown = quote.length > 40 ? `${quote.slice(0, 39)}…` : quote;
  return (
    <div
      role="toolbar"
      aria-label={`Tag “${shown}”`}
      className="selection-toolbar"
      style={{ top: position.top, left: position.left }}
      // Keep the text selection when a button is pressed with the mouse.
      onMouseDown={(event) => event.preventDefault()}
    >
      {tags.map((tag) => (
        <button key={tag.id} type="button" onClick={() => onTag(tag.id)} title={tag.description}>
          <TagSwatch tag={tag} />
          {tag.label}
          {tag.shortcut && <kbd aria-label={`key ${tag.shortcut}`}>{tag.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
