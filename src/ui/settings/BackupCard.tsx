import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  BACKUP_TABLES,
  readBackupFile,
  type BackupSettings,
  type RestoredBackup,
} from '../../io/backup';
import { describeMerge, TOMBSTONE_DAYS, type MergeCounts } from '../../domain/layers';
import {
  lastBackupAt,
  markBackedUp,
  planBackupMerge,
  restoreBackup,
  writeBackup,
  type RestoreReport,
} from '../../state/exchange-commands';
import { applySettings, currentSettings } from '../../state/backup-settings';
import { holdLibrarySnapshot } from '../../state/library-snapshot';
import { downloadBlob } from '../shared/download';
import { backupFileName } from '../shared/download-backup';
import { formatDate } from '../shared/format';
import { ExportButtons } from '../exchange/ExportButtons';
import '../exchange/exchange.css';
import { Notice, type NoticeMessage } from '../shared/Notice';

interface Pending {
  fileName: string;
  contents: RestoredBackup;
  exportedAt: string;
  /** The settings the file carries: taken with the restore. */
  settings?: BackupSettings;
  warnings: string[];
  /**
   * What merging would do to annotations and claims, under the merge rule: counted after the
   * summary shows (it reads every stored annotation), undefined until then.
   */
  merge?: Partial<Record<'annotations' | 'claims', MergeCounts>>;
  /** Why the merge could not be counted. */
  mergeError?: string;
}

// Listed as the backup file lists them: reference data first, then the work.
const KINDS = BACKUP_TABLES;
/** How the summary names a table's records, one and many, where its name is not the word. */
const KIND_NAMES: Partial<Record<(typeof KINDS)[number], [string, string]>> = {
  tombstones: ['remembered deletion', 'remembered deletions'],
  unplaced: ['unplaced annotation', 'unplaced annotations'],
  meta: ['lesson date', 'lesson dates'],
  dismissedSuggestions: ['dismissed suggestion', 'dismissed suggestions'],
};
const count = (n: number, kind: (typeof KINDS)[number]) => {
  const [one, many] = KIND_NAMES[kind] ?? [kind.replace(/s$/, ''), kind];
  return `${n} ${n === 1 ? one : many}`;
};

/**
 * Settings › Backups: the whole library as one file, and back. A restore is checked in full
 * before anything is written, merges or (after asking) replaces, and says what it did.
 */
export function BackupCard({ documentIds }: { documentIds: readonly string[] }) {
  const [last, setLast] = useState<string | undefined>();
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);
  // Counting what a merge would do: stopped when a restore starts, another file is picked, or
  // Settings closes, so a restore never waits for counts no longer wanted.
  const counting = useRef<AbortController | null>(null);
  const stopCounting = () => {
    counting.current?.abort();
    counting.current = null;
  };
  useEffect(() => stopCounting, []);
  useEffect(() => {
    void lastBackupAt().then(setLast);
  }, []);

  const download = async () => {
    const now = new Date();
    downloadBlob(backupFileName(now), await writeBackup(now, currentSettings()));
    await markBackedUp(now);
    setLast(now.toISOString());
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    stopCounting();
    setReport(null);
    setPending(null);
    if (!file) return;
    setMessage({ text: `Reading ${file.name}…` });
    const release = holdLibrarySnapshot();
    try {
      const parsed = await readBackupFile(file, file.name);
      if (!parsed.ok)
        return setMessage({ text: `${parsed.error} Nothing was changed.`, error: true });
      setMessage(null);
      const { contents } = parsed;
      setPending({
        fileName: file.name,
        contents,
        exportedAt: parsed.exportedAt,
        ...(parsed.settings && { settings: parsed.settings }),
        warnings: parsed.warnings.map(
          (w) => `${w.repaired ? 'Repaired: ' : ''}${w.where}: ${w.message}`,
        ),
      });
      const controller = new AbortController();
      counting.current = controller;
      const counted = (change: Partial<Pending>) =>
        setPending((now) => (now?.contents === contents ? { ...now, ...change } : now));
      try {
        counted({ merge: await planBackupMerge(contents, controller.signal) });
      } catch (error) {
        if (!controller.signal.aborted) counted({ mergeError: (error as Error).message });
      }
    } finally {
      release();
    }
  };

  const restore = async (mode: 'merge' | 'replace') => {
    if (!pending) return;
    stopCounting();
    const release = holdLibrarySnapshot();
    try {
      setReport(await restoreBackup(pending.contents, mode));
      if (pending.settings) applySettings(pending.settings);
      setMessage({
        text: `Restored ${pending.fileName} (${mode === 'merge' ? 'merged' : 'replacing everything'})${pending.settings ? ', with its settings' : ''}.`,
      });
    } catch (error) {
      setMessage({
        text: `The restore failed and nothing was changed: ${(error as Error).message}`,
        error: true,
      });
    }
    release();
    setPending(null);
    setConfirmReplace(false);
  };

  return (
    <section aria-labelledby="backup-heading" className="settings-card">
      <h2 id="backup-heading">Backups and export</h2>
      <p>
        A backup holds everything: documents, annotations, tags, outlets, collections, layers,
        claims, lessons, the Unplaced list, the suggestions you dismissed and your settings. Keep
        one before clearing the browser, or to move to another computer.
      </p>
      <p className="hint">
        Slant remembers deleted annotations for {TOMBSTONE_DAYS} days, so that restoring or
        importing an older file does not bring them back; after that, an older file can.
      </p>
      <p>
        <button type="button" className="primary" onClick={() => void download()}>
          Download a backup
        </button>{' '}
        <span className="hint">
          {last ? `Last backup: ${formatDate(last)}.` : 'No backup downloaded yet.'}
        </span>
      </p>
      <ExportButtons documentIds={documentIds} name="Slant library" />
      <label className="file-button">
        Restore a backup…
        <input type="file" accept=".json,application/json" onChange={(e) => void pick(e)} />
      </label>
      <Notice message={message} />
      {pending && (
        <div className="restore-summary" role="region" aria-label="Backup to restore">
          <p>
            <strong>{pending.fileName}</strong>, made {formatDate(pending.exportedAt)}, holds{' '}
            {KINDS.map((k) => count(pending.contents[k].length, k)).join(', ')}
            {pending.settings
              ? ', and settings (your name, CSV and suggestion choices, layer views), which the restore takes'
              : ''}
            .
          </p>
          {!pending.merge && (
            <p role="status">
              {pending.mergeError
                ? `What a merge would change could not be counted: ${pending.mergeError}.`
                : 'Counting what a merge would change…'}
            </p>
          )}
          {(['annotations', 'claims'] as const).map((kind) => {
            const counts = pending.merge?.[kind];
            return (
              counts && (
                <p key={kind}>
                  Merging, {kind}: {describeMerge(counts)}.
                </p>
              )
            );
          })}
          {pending.warnings.length > 0 && (
            <ul>
              {pending.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <button type="button" className="primary" onClick={() => void restore('merge')}>
            Merge into this library
          </button>{' '}
          {confirmReplace ? (
            <span role="alertdialog" aria-label="Replace everything?">
              Everything in this browser is replaced by the backup.{' '}
              <button type="button" className="danger" onClick={() => void restore('replace')}>
                Replace everything
              </button>{' '}
              <button type="button" onClick={() => setConfirmReplace(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmReplace(true)}>
              Replace everything…
            </button>
          )}
        </div>
      )}
      {report && (
        <table className="library-table" aria-label="What the restore did">
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col" className="numeric">
                Added
              </th>
              <th scope="col" className="numeric">
                Updated
              </th>
              <th scope="col" className="numeric">
                Unchanged
              </th>
              <th scope="col" className="numeric">
                Kept (yours is newer)
              </th>
              <th scope="col" className="numeric">
                Not restored (you deleted them)
              </th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td className="numeric">{report[k].added}</td>
                <td className="numeric">{report[k].updated}</td>
                <td className="numeric">{report[k].unchanged}</td>
                <td className="numeric">{report[k].kept ?? 0}</td>
                <td className="numeric">{report[k].notRestored ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
