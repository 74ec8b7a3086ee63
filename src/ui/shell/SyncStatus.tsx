import { useSharingStore, type SyncStatus } from '../../state/sync/sharing-store';
import { routeHref } from '../shared/routes';

const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);

/** The sync status in words (never colour alone). */
export function statusText(status: SyncStatus): string {
  const refused =
    status.refused > 0
      ? ` · the server refused ${changes(status.refused)} you may not make: they stay in this browser only`
      : '';
  switch (status.state) {
    case 'synced':
      return `Synced${refused}`;
    case 'syncing':
      return `Syncing${status.waiting ? ` — ${changes(status.waiting)} being sent` : '…'}${refused}`;
    case 'connecting':
      return `Connecting to the server…${status.waiting ? ` ${changes(status.waiting)} waiting` : ''}`;
    case 'other-tab':
      return 'Shared through Slant in another tab of this browser';
    case 'offline':
      return `${status.waiting > 0 ? `Offline — ${changes(status.waiting)} waiting` : 'Offline'} · cannot reach the server (${status.why ?? 'no answer'})${refused}`;
  }
}

const GLYPH: Record<SyncStatus['state'], string> = {
  synced: '✓',
  syncing: '↻',
  connecting: '…',
  offline: '⚠',
  'other-tab': '⇄',
};

/** The status as a sentence, for Settings › Sharing. */
export function SyncStatusText() {
  const status = useSharingStore((s) => s.status);
  return <span>{statusText(status)}</span>;
}

/** The header's status: shown only when a space is joined; a link to Settings › Sharing. */
export function SyncStatusLink() {
  const membership = useSharingStore((s) => s.membership);
  const status = useSharingStore((s) => s.status);
  if (!membership) return null;
  return (
    <div className="sync-status-region" role="status" aria-live="polite">
      <a
        className={`sync-status sync-${status.state}`}
        href={`${routeHref({ name: 'settings' })}`}
        aria-label={`Sharing: ${statusText(status)}. Open Settings, Sharing.`}
        data-testid="sync-status"
      >
        <span aria-hidden="true">{GLYPH[status.state]}</span> {statusText(status)}
      </a>
    </div>
  );
}
