import { useStorageEstimate } from '../../state/storage-estimate';
import { formatBytes } from '../shared/format';
import { AnnotatorNameField } from './AnnotatorNameField';
import { TaxonomyEditor } from './TaxonomyEditor';
import { BackupCard } from './BackupCard';
import { SpreadsheetCard } from './SpreadsheetCard';
import { W3CImportCard } from './W3CImportCard';
import { useDocuments } from '../../state/live-queries';
import { SharingCard } from './SharingCard';
import { useSharingStore } from '../../state/sync/sharing-store';
import './settings.css';

/** Settings: the user's name, the taxonomy, and whether the browser keeps Slant's data safe. */
export function SettingsView() {
  const { estimate, requestPersistence } = useStorageEstimate();
  const documents = useDocuments();
  const documentIds = documents?.map((d) => d.id) ?? [];
  const shared = useSharingStore((s) => s.membership) != null;

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <header className="view-header">
        <h1 id="settings-heading">Settings</h1>
      </header>
      <AnnotatorNameField />
      <TaxonomyEditor />
      <SharingCard />
      <BackupCard documentIds={documentIds} />
      <W3CImportCard />
      <SpreadsheetCard />
      <section aria-labelledby="storage-heading" className="settings-card">
        <h2 id="storage-heading">Storage</h2>
        <p>
          Slant keeps everything in this browser, on this computer
          {shared
            ? ', and sends what you share to the space’s server (see Sharing).'
            : ': nothing is sent anywhere.'}{' '}
          Export backups to keep your work safe from a cleared browser.
        </p>
        {!estimate ? (
          <p role="status">Checking storage…</p>
        ) : !estimate.supported ? (
          <p>This browser does not report its storage status.</p>
        ) : (
          <dl className="storage-facts">
            <div>
              <dt>Persistent storage</dt>
              <dd>
                {estimate.persisted ? (
                  <span className="status-good">
                    ✓ Granted: the browser will not clear Slant’s data to free space.
                  </span>
                ) : (
                  <>
                    <span className="status-warn">
                      ✗ Not granted: the browser may clear Slant’s data when the disk runs low.
                    </span>{' '}
                    <button type="button" onClick={() => void requestPersistence()}>
                      Ask the browser again
                    </button>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>Space used</dt>
              <dd>
                {estimate.usage !== undefined ? formatBytes(estimate.usage) : 'unknown'}
                {estimate.quota !== undefined && ` of ${formatBytes(estimate.quota)} available`}
              </dd>
            </div>
          </dl>
        )}
      </section>
    </section>
  );
}
