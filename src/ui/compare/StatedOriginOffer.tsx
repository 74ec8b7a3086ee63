import { useMemo } from 'react';
import { statedOrigin } from '../../analysis/outlets/stated-origin';
import type { Outlet, SlantDocument } from '../../domain/types';
import { confirmStatedOrigin } from '../../state/document-commands';
import { displayTitle } from '../../domain/document-title';

/**
 * Under an article with no outlet: the origin its own text states ("Original source: …"), if
 * any, offered for the reader to confirm with a button. Never set without that click.
 */
export function StatedOriginOffer({
  doc,
  outlets,
}: {
  doc: SlantDocument;
  outlets: readonly Outlet[];
}) {
  const origin = useMemo(() => statedOrigin(doc.text, outlets), [doc.text, outlets]);
  if (!origin) return null;
  return (
    <p className="stated-origin">
      The text says: <q>{origin.line.length > 80 ? `${origin.line.slice(0, 79)}…` : origin.line}</q>{' '}
      <button type="button" onClick={() => void confirmStatedOrigin(doc, origin)}>
        Set {origin.name} as the outlet
        <span className="visually-hidden"> of “{displayTitle(doc)}”</span>
      </button>
    </p>
  );
}
