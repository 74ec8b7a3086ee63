import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The annotate view's one menu: what a reader needs now and then (details, exports, key help)
 * folded away, so the text starts near the top. A disclosure: the button says whether it is
 * open; Escape or a click elsewhere closes it, and Escape puts focus back on the button.
 */
export function DocumentMenu({ children }: { children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div
      className="document-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-label="Document menu"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Document <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} role="group" aria-label="Document" className="document-menu-panel">
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
