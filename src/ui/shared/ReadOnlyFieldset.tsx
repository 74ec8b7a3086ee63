import type { ReactNode } from 'react';

/**
 * Fields a member of a space may only read (the owners share the record): the reason said once
 * above them, and every control inside disabled and described by it. With no reason, the
 * fields are simply grouped under their (visually hidden) legend.
 */
export function ReadOnlyFieldset({
  reason,
  noteId,
  legend,
  className,
  children,
}: {
  reason: string | undefined;
  noteId: string;
  legend: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <>
      {reason && (
        <p id={noteId} className="hint shared-note">
          {reason}
        </p>
      )}
      <fieldset
        className={className}
        disabled={reason !== undefined}
        aria-describedby={reason ? noteId : undefined}
      >
        <legend className="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
    </>
  );
}
