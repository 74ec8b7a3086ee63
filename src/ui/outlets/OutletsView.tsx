import { useMemo, useState, type ChangeEvent } from 'react';
import { parseRegistryFile, toRegistryFile } from '../../io/registry/outlet-registry';
import { useDocuments, useOutlets } from '../../state/live-queries';
import { importOutlets, newOutlet, saveOutlet } from '../../state/outlet-commands';
import { affiliationLabel } from './affiliation-label';
import { downloadText } from '../shared/download';
import { NewItemForm } from '../shared/NewItemForm';
import './outlets.css';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { goTo, routeHref } from '../shared/routes';
import { TableScroll } from '../shared/TableScroll';

/**
 * The outlet registry: who publishes what, and what is known of their affiliation. Slant ships no
 * judgments about real outlets; users fill the registry and share it as a file.
 */
export function OutletsView() {
  const outlets = useOutlets();
  const docs = useDocuments();
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const docCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const d of docs ?? [])
      if (d.outletId) counts.set(d.outletId, (counts.get(d.outletId) ?? 0) + 1);
    return counts;
  }, [docs]);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseRegistryFile(await file.text());
    if (!parsed.ok)
      return setMessage({
        text: `${file.name}: ${parsed.error} Nothing was changed.`,
        error: true,
      });
    const { added, updated, keptShared } = await importOutlets(parsed.outlets);
    const kept =
      keptShared === 0
        ? ''
        : ` ${keptShared} shared by your space’s owners stayed as they have them: only they can change those.`;
    setMessage({ text: `${file.name}: added ${added} and updated ${updated} outlets.${kept}` });
  };

  if (!outlets) return <p role="status">Loading outlets…</p>;
  return (
    <section aria-labelledby="outlets-heading" className="outlets">
      <header className="view-header">
        <h1 id="outlets-heading">Outlets</h1>
        <p className="view-subtitle">
          Who published what. Slant makes no judgments of its own: record an outlet’s affiliation
          with the evidence for it, and share the registry with your class or newsroom.
        </p>
      </header>
      <div className="outlet-actions">
        <NewItemForm
          label="New outlet"
          placeholder="e.g. The Daily Example"
          submitLabel="Add outlet"
          onCreate={async (name) => {
            const outlet = newOutlet(name);
            await saveOutlet(outlet);
            goTo({ name: 'outlet', outletId: outlet.id });
          }}
        />
        <button
          type="button"
          onClick={() => downloadText('slant-outlets.json', toRegistryFile(outlets))}
          disabled={outlets.length === 0}
        >
          Export the registry
        </button>
        <label className="file-button">
          Import a registry…
          <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      <Notice message={message} />
      {outlets.length === 0 ? (
        <p className="empty">No outlets yet.</p>
      ) : (
        <TableScroll label="Outlets table">
          <table className="library-table">
            <caption className="visually-hidden">Outlets in the registry</caption>
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Affiliation</th>
                <th scope="col">Domains</th>
                <th scope="col" className="numeric">
                  Documents
                </th>
              </tr>
            </thead>
            <tbody>
              {outlets.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className="title-cell">
                    <a href={routeHref({ name: 'outlet', outletId: o.id })}>{o.name}</a>
                    {o.country && <span className="byline">{o.country}</span>}
                  </th>
                  <td>{affiliationLabel(o.affiliation)}</td>
                  <td>{o.domains.join(', ')}</td>
                  <td className="numeric">{docCounts.get(o.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
