import type { SlantDocument, Tag } from '../../domain/types';
import { ExportButtons } from '../exchange/ExportButtons';
import { DocumentMenu } from './DocumentMenu';

interface DocumentActionsProps {
  doc: SlantDocument;
  title: string;
  tags: readonly Tag[];
  editing: boolean;
  onToggleEditing: () => void;
  onEditDetails: () => void;
  /**
   * Why the text and details may not be changed here (a space's owners share the document), if
   * so: the two edit buttons stay focusable, say they are unavailable and point to the reason.
   */
  readOnlyReason?: string;
}

/** The controls at the end of the document's details line: "Edit text" and the document menu. */
export function DocumentActions({
  doc,
  title,
  tags,
  editing,
  onToggleEditing,
  onEditDetails,
  readOnlyReason,
}: DocumentActionsProps) {
  const reasonId = `read-only-${doc.id}`;
  const locked = readOnlyReason !== undefined;
  const lockProps = locked ? { 'aria-disabled': true, 'aria-describedby': reasonId } : {};
  return (
    <>
      <button
        type="button"
        aria-pressed={editing}
        {...lockProps}
        onClick={() => !locked && onToggleEditing()}
      >
        Edit text
      </button>
      <DocumentMenu>
        {(close) => (
          <>
            <button
              type="button"
              className="edit-details"
              {...lockProps}
              onClick={() => {
                if (locked) return;
                close();
                onEditDetails();
              }}
            >
              Edit details
            </button>
            <ExportButtons documentIds={[doc.id]} name={title} report />
            <p className="annotate-help">
              Select a passage, then press a tag’s key (
              {tags.map((t) => `${t.shortcut} ${t.label}`).join(', ')}) or pick a tag by the
              selection. Alt+↓ and Alt+↑ move between annotations, Alt+Shift+↓ and Alt+Shift+↑
              between suggestions (Enter accepts one, Delete rejects it); Ctrl+Z undoes. Edit text
              fixes typos or removes boilerplate; annotations follow the text.
            </p>
          </>
        )}
      </DocumentMenu>
      {locked && (
        <p id={reasonId} className="read-only-note">
          <strong>Read-only here.</strong> {readOnlyReason}
        </p>
      )}
    </>
  );
}
