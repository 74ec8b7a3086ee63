import { useState } from 'react';
import { displayTitle } from '../../domain/document-title';
import { AFFILIATIONS, type Affiliation, type Outlet } from '../../domain/types';
import { useDocuments, useOutlets } from '../../state/live-queries';
import { saveOutlet } from '../../state/outlet-commands';
import { useReadOnlyShared } from '../../state/sync/read-only-shared';
import { formatDate } from '../shared/format';
import { affiliationLabel } from './affiliation-label';
import { EvidenceList } from './EvidenceList';
import { ReadOnlyFieldset } from '../shared/ReadOnlyFieldset';
import './outlets.css';
import { routeHref } from '../shared/routes';

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** One outlet: its affiliation with the evidence, notes, and every document from it. */
export function OutletView({ outletId }: { outletId: string }) {
  const outlets = useOutlets();
  const docs = useDocuments();
  const [saved, setSaved] = useState('');
  const [refused, setRefused] = useState('');
  const readOnly = useReadOnlyShared();
  if (!outlets || !docs) return <p role="status">Loading the outlet…</p>;
  const outlet = outlets.find((o) => o.id === outletId);
  if (!outlet) {
    return (
      <section aria-labelledby="missing-outlet">
        <h1 id="missing-outlet">Outlet not found</h1>
        <p>
          No outlet with this address is in this browser’s registry.{' '}
          <a href={routeHref({ name: 'outlets' })}>All outlets</a>
        </p>
      </section>
    );
  }
  const save = (changes: Partial<Outlet>) =>
    void saveOutlet({ ...outlet, ...changes }).then(
      () => {
        setRefused('');
        setSaved('Saved.');
      },
      (error: unknown) => {
        setSaved('');
        setRefused(error instanceof Error ? error.message : String(error));
      },
    );
  const readOnlyReason = readOnly('outlets', outlet.id);
  const fromOutlet = docs.filter((d) => d.outletId === outlet.id);

  return (
    <section aria-labelledby="outlet-heading" className="outlet-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ name: 'outlets' })}>Outlets</a>
      </nav>
      <h1 id="outlet-heading">{outlet.name}</h1>
      <p className="affiliation-badge">
        Affiliation: <strong>{affiliationLabel(outlet.affiliation)}</strong>
      </p>
      <ReadOnlyFieldset
        reason={readOnlyReason}
        noteId="outlet-shared-note"
        legend={`Details of ${outlet.name}`}
        className="outlet-fields"
      >
        <form className="outlet-form" onSubmit={(e) => e.preventDefault()} key={outlet.id}>
          <label>
            Name
            <input
              defaultValue={outlet.name}
              onBlur={(e) => e.target.value.trim() && save({ name: e.target.value.trim() })}
            />
          </label>
          <label>
            Affiliation
            <select
              value={outlet.affiliation}
              onChange={(e) => save({ affiliation: e.target.value as Affiliation })}
            >
              {AFFILIATIONS.map((a) => (
                <option key={a} value={a}>
                  {affiliationLabel(a)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Other names (comma-separated)
            <input
              defaultValue={outlet.aliases.join(', ')}
              onBlur={(e) => save({ aliases: splitList(e.target.value) })}
            />
          </label>
          <label>
            Domains (comma-separated)
            <input
              defaultValue={outlet.domains.join(', ')}
              onBlur={(e) =>
                save({
                  domains: splitList(e.target.value).map((d) =>
                    d.toLowerCase().replace(/^www\./, ''),
                  ),
                })
              }
            />
          </label>
          <label>
            Country
            <input
              defaultValue={outlet.country ?? ''}
              onBlur={(e) => save({ country: e.target.value.trim() || undefined })}
            />
          </label>
          <label>
            Owner
            <input
              defaultValue={outlet.owner ?? ''}
              onBlur={(e) => save({ owner: e.target.value.trim() || undefined })}
            />
          </label>
          <label className="wide">
            Notes
            <textarea
              rows={4}
              defaultValue={outlet.notes ?? ''}
              onBlur={(e) => save({ notes: e.target.value })}
            />
          </label>
        </form>
        <EvidenceList evidence={outlet.evidence} onChange={(evidence) => save({ evidence })} />
      </ReadOnlyFieldset>
      <p role="status" className="settings-status">
        {saved}
      </p>
      {refused && (
        <p role="alert" className="error-text">
          {refused}
        </p>
      )}
      <section aria-labelledby="outlet-docs-heading">
        <h2 id="outlet-docs-heading">Documents from {outlet.name}</h2>
        {fromOutlet.length === 0 ? (
          <p className="empty">None in the library.</p>
        ) : (
          <ul>
            {fromOutlet.map((d) => (
              <li key={d.id}>
                <a href={routeHref({ name: 'document', documentId: d.id })}>{displayTitle(d)}</a>
                {d.publishedAt && <span className="byline"> {formatDate(d.publishedAt)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
