import { lettersOf } from '../../domain/tag-letters';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag } from '../../domain/types';
import { TagSwatch } from './TagSwatch';
import { filterTags } from './filter-tags';

interface SelectionToolbarProps {
  tags: readonly Tag[];
  /** The selected text, named in the toolbar's label so screen readers hear what gets tagged. */
  quote: string;
  /** Where the selection is on screen, relative to the positioned container. */
  position: { top: number; left: number };
  onTag: (tagId: string) => void;
}

/** Up to this many tags show as a row of buttons; more become a palette with a filter field. */
const ROW_LIMIT = 6;

/**
 * The tag picker by the selection. A few tags: one button per tag, each with its key, wrapping
 * as needed. Many (a 14-technique preset): a palette with a type-to-filter field, where Enter
 * tags with the first match. Either way the arrow keys move between tags, and the picker is
 * kept inside its container, so it never runs off the side of the screen.
 */
export function SelectionToolbar({ tags, quote, position, onTag }: SelectionToolbarProps) {
  const shown = quote.length > 40 ? `${quote.slice(0, 39)}…` : quote;
  const palette = tags.length > ROW_LIMIT;
  const [query, setQuery] = useState('');
  const matches = palette ? filterTags(tags, query) : tags;
  const ref = useRef<HTMLDivElement>(null);
  const [left, setLeft] = useState(position.left);

  // Keep the picker inside its container: shift it left where the selection is near the edge.
  useLayoutEffect(() => {
    const box = ref.current;
    const container = box?.offsetParent as HTMLElement | null;
    if (!box || !container) return;
    const room = container.clientWidth - box.offsetWidth;
    setLeft(Math.max(0, Math.min(position.left, room)));
  }, [position.left, matches.length]);

  const buttons = () => [...(ref.current?.querySelectorAll<HTMLElement>('.tag-choice') ?? [])];
  const moveFocus = (event: KeyboardEvent, from: number) => {
    const all = buttons();
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowRight: 1,
      ArrowUp: -1,
      ArrowLeft: -1,
    };
    let next: number | undefined;
    if (event.key in step) next = from + step[event.key]!;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0 && palette) return ref.current?.querySelector<HTMLElement>('input')?.focus();
    all[(next + all.length) % all.length]?.focus();
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={`Tag “${shown}”`}
      aria-orientation={palette ? 'vertical' : 'horizontal'}
      className={palette ? 'selection-toolbar is-palette' : 'selection-toolbar'}
      style={{ top: position.top, left }}
      // Keep the text selection when a tag is picked with the mouse (the filter field may
      // take focus: the selection is kept for it).
      onMouseDown={(event) => {
        if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
      }}
    >
      {palette && (
        <input
          type="text"
          role="combobox"
          aria-label="Filter tags"
          aria-expanded="true"
          aria-autocomplete="list"
          placeholder="Filter tags…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && matches[0]) {
              event.preventDefault();
              onTag(matches[0].id);
            } else if (event.key === 'ArrowDown') {
              event.preventDefault();
              buttons()[0]?.focus();
            }
          }}
        />
      )}
      <div className="tag-choices">
        {matches.map((tag, index) => (
          <button
            key={tag.id}
            type="button"
            className="tag-choice"
            // One tab stop for the row; the arrow keys move along it.
            tabIndex={palette || index > 0 ? -1 : 0}
            onClick={() => onTag(tag.id)}
            onKeyDown={(event) => moveFocus(event, index)}
            title={tag.description}
          >
            <TagSwatch tag={tag} letter={lettersOf(tags).get(tag.id)} />
            <span className="tag-choice-label">{tag.label}</span>
            {tag.shortcut && <kbd aria-label={`key ${tag.shortcut}`}>{tag.shortcut}</kbd>}
          </button>
        ))}
        {matches.length === 0 && <p className="tag-choice-none">No tag matches “{query}”.</p>}
      </div>
    </div>
  );
}
