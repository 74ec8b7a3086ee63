import type { Suggestion } from '../../analysis';
import type { Tag } from '../../domain/types';
import { TagSwatch } from './TagSwatch';

interface SuggestionCardProps {
  suggestion: Suggestion;
  tag: Tag | undefined;
  /** The tag's letter (`tag-letters.ts`). */
  letter?: string;
  position: { top: number; left: number };
  onAccept: () => void;
  onReject: () => void;
}

/**
 * The suggestion under the caret or last clicked: why Slant suggests it, and the two answers.
 * The buttons keep focus in the text, so the reader can go on with the keyboard.
 */
export function SuggestionCard({
  suggestion,
  tag,
  letter,
  position,
  onAccept,
  onReject,
}: SuggestionCardProps) {
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div
      role="group"
      aria-label={`Suggestion: ${tag?.label ?? suggestion.tag}`}
      className="suggestion-card"
      style={{ top: position.top, left: position.left }}
    >
      <p className="suggestion-card-tag">
        {tag && <TagSwatch tag={tag} letter={letter} />} Suggested: {tag?.label ?? suggestion.tag}
      </p>
      <p className="suggestion-card-reason">{suggestion.reason}</p>
      <div className="suggestion-card-actions">
        <button type="button" className="primary" onMouseDown={keepFocus} onClick={onAccept}>
          Accept <kbd>Enter</kbd>
        </button>
        <button type="button" onMouseDown={keepFocus} onClick={onReject}>
          Reject <kbd>Delete</kbd>
        </button>
      </div>
    </div>
  );
}
